package org.xingping.decision.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Each group's severity by least squares over the group–branch graph, in the two-way additive
 * model of a connected cross classification:
 *
 * <pre>total(b, g) = quality(b) + offset(g) + ε,   Σ_g offset(g) = 0</pre>
 *
 * <p><b>Sum to zero, not a reference group.</b> Any constraint fits the data equally; it only
 * says what "no severity" means. With the sum at zero the reference is the average group: no
 * group's scores are declared right, every group's offset gets its own standard error, and
 * adjusted totals stay on the campaign's own scale (its mean moves by −Σ n_g·offset_g / n, nothing
 * when the groups saw as many branches each). The constraint enters as the contrast offset = C·θ, with
 * θ the first G − 1 offsets and the last group's offset minus their sum.
 *
 * <p><b>The branches are absorbed, not estimated.</b> The full design has a column per branch (712
 * in the reference campaign, 7,000 at ten times its size), yet only the G − 1 offsets are wanted.
 * By the Frisch–Waugh–Lovell theorem (Davidson &amp; MacKinnon, <i>Econometric Theory and
 * Methods</i>, 2004, §2.4) the offsets and their block of (XᵀX)⁻¹ are those of the regression with
 * totals and group columns centred within each branch: a branch one group saw centres to zero and
 * drops out, so the regression runs on the linking branches' rows alone, a few dozen. Its residuals
 * are the full model's; only the degrees of freedom must be the full model's,
 * n − branches − (G − 1), which is why the variance is scaled here and not by the regression.
 *
 * <p>Standard errors: Cov(offset) = σ̂² · C (X̃ᵀX̃)⁻¹ Cᵀ with σ̂² = RSS / (n − branches − G + 1).
 */
final class SeverityModel {

    private SeverityModel() {
    }

    /** The offsets of connected groups; {@code observations} must form one component. */
    static Severities estimate(Observations observations) {
        List<String> groups = observations.groups();
        if (groups.size() == 1) {
            CalibrationReason alone = CalibrationReason.oneGroup(groups.get(0));
            return Severities.estimated(List.of(new GroupSeverity(groups.get(0), Decimals.of(0), Statistic.notComputable(alone))),
                    Statistic.notComputable(alone));
        }
        int parameters = groups.size() - 1;
        RealMatrix contrast = sumToZero(groups.size());
        List<double[]> rows = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        for (String branch : observations.linkingBranches()) {
            addCentred(observations.ofBranch(branch), groups, contrast, rows, totals);
        }
        OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
        // Centring within branches took out the qualities and any intercept with them.
        regression.setNoIntercept(true);
        regression.newSampleData(totals.stream().mapToDouble(Double::doubleValue).toArray(), rows.toArray(double[][]::new));

        RealVector offsets = contrast.operate(new ArrayRealVector(regression.estimateRegressionParameters(), false));
        int degreesOfFreedom = observations.count() - observations.branches().size() - parameters;
        if (degreesOfFreedom == 0) {
            CalibrationReason exact = CalibrationReason.noSpareLinks();
            return Severities.estimated(severities(groups, offsets, group -> Statistic.notComputable(exact)),
                    Statistic.notComputable(exact));
        }
        double residualVariance = regression.calculateResidualSumOfSquares() / degreesOfFreedom;
        RealMatrix covariance = contrast.multiply(new Array2DRowRealMatrix(regression.estimateRegressionParametersVariance(), false))
                .multiply(contrast.transpose()).scalarMultiply(residualVariance);
        return Severities.estimated(severities(groups, offsets, group -> Statistic.of(Math.sqrt(covariance.getEntry(group, group)))),
                Statistic.of(Math.sqrt(residualVariance)));
    }

    /** One linking branch's rows: each group's coded column and total, less the branch's means. */
    private static void addCentred(List<BranchObservation> seen, List<String> groups, RealMatrix contrast,
                                   List<double[]> rows, List<Double> totals) {
        List<RealVector> coded = seen.stream().map(observation -> contrast.getRowVector(groups.indexOf(observation.group()))).toList();
        RealVector meanRow = coded.stream().reduce(RealVector::add).orElseThrow().mapDivide(seen.size());
        double meanTotal = seen.stream().mapToDouble(observation -> observation.total().doubleValue()).average().orElseThrow();
        for (int i = 0; i < seen.size(); i++) {
            rows.add(coded.get(i).subtract(meanRow).toArray());
            totals.add(seen.get(i).total().doubleValue() - meanTotal);
        }
    }

    /**
     * C, G × (G − 1): group g &lt; G − 1 is θ_g, the last group is −Σθ. Its rows are also the groups'
     * columns in the design, so X·θ gives each observation its group's offset.
     */
    private static RealMatrix sumToZero(int groups) {
        RealMatrix contrast = new Array2DRowRealMatrix(groups, groups - 1);
        for (int g = 0; g < groups - 1; g++) {
            contrast.setEntry(g, g, 1);
            contrast.setEntry(groups - 1, g, -1);
        }
        return contrast;
    }

    private static List<GroupSeverity> severities(List<String> groups, RealVector offsets, IntFunction<Statistic> standardError) {
        List<GroupSeverity> severities = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            severities.add(new GroupSeverity(groups.get(g), Decimals.of(offsets.getEntry(g)), standardError.apply(g)));
        }
        return severities;
    }
}
