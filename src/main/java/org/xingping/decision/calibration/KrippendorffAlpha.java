package org.xingping.decision.calibration;

import java.util.List;
import java.util.OptionalDouble;

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
        OptionalDouble constant = RatingMatrix.constant(pairable);
        if (constant.isPresent()) {
            return Statistic.notComputable(CalibrationReason.noVariance(constant.getAsDouble()));
        }
        double[] all = new double[pairable.stream().mapToInt(scores -> scores.length).sum()];
        int n = 0;
        double observed = 0;
        for (double[] scores : pairable) {
            System.arraycopy(scores, 0, all, n, scores.length);
            n += scores.length;
            observed += pairDifferences(scores) / (scores.length - 1);
        }
        return Statistic.of(1 - (observed / n) / (pairDifferences(all) / ((double) n * (n - 1))));
    }

    /** Σ_{i≠j} (v_i − v_j)² over ordered pairs, as 2m·Σ(v − v̄)². */
    private static double pairDifferences(double[] scores) {
        double sum = 0;
        for (double score : scores) {
            sum += score;
        }
        double mean = sum / scores.length;
        double squares = 0;
        for (double score : scores) {
            squares += (score - mean) * (score - mean);
        }
        return 2.0 * scores.length * squares;
    }
}
