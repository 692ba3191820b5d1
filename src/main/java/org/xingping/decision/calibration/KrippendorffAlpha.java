package org.xingping.decision.calibration;

import java.util.Arrays;
import java.util.List;

/**
 * Krippendorff's alpha for interval data (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability", Annenberg School for Communication, with δ²(c, k) = (c − k)²):
 *
 * <pre>α = 1 − D_o / D_e
 * D_o = 1/n · Σ_u 1/(m_u − 1) · Σ_{i≠j in u} (v_i − v_j)²
 * D_e = 1/(n(n − 1)) · Σ_{i≠j} (v_i − v_j)²</pre>
 *
 * over the pairable values only: those of branches (units) that two members or more scored, m_u of
 * them in branch u, n in all. A member's missing score simply is not there, which is why alpha
 * suits score sheets with gaps. Both sums over ordered pairs are 2m·Σ(v − v̄)² of their m values,
 * so the cost is linear in the number of scores.
 */
final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    static Statistic interval(RatingMatrix matrix) {
        if (matrix.raters() < 2) {
            return Statistic.notComputable(CalibrationReason.singleRater(matrix.raters()));
        }
        List<double[]> pairable = matrix.scoresByBranch().stream().filter(scores -> scores.length > 1).toList();
        if (pairable.isEmpty()) {
            return Statistic.notComputable(CalibrationReason.noPairableScores());
        }
        double[] all = pairable.stream().flatMapToDouble(Arrays::stream).toArray();
        if (Arrays.stream(all).allMatch(score -> score == all[0])) {
            return Statistic.notComputable(CalibrationReason.noVariance(all[0]));
        }
        int n = all.length;
        double observed = pairable.stream().mapToDouble(scores -> pairDifferences(scores) / (scores.length - 1)).sum() / n;
        double expected = pairDifferences(all) / ((double) n * (n - 1));
        return Statistic.of(1 - observed / expected);
    }

    /** Σ_{i≠j} (v_i − v_j)² over ordered pairs, as 2m·Σ(v − v̄)². */
    private static double pairDifferences(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        return 2.0 * values.length * Arrays.stream(values).map(value -> (value - mean) * (value - mean)).sum();
    }
}
