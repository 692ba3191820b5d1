package org.xingping.decision.calibration;

import java.util.List;
import java.util.OptionalDouble;

/**
 * ICC(2,1) of Shrout &amp; Fleiss (1979, "Intraclass correlations: uses in assessing rater
 * reliability", Psychological Bulletin 86(2), 420–428; McGraw &amp; Wong 1996 call it ICC(A,1)):
 * two-way random effects, absolute agreement, single rater. Branches are the targets and a group's
 * members the judges, both random: the question is how far one member's score of a branch stands
 * for the group's, whoever the member and whichever the branch. Absolute agreement, because a
 * member who scores everything a point higher does disagree.
 *
 * <pre>ICC(2,1) = (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS) / n)</pre>
 *
 * with n branches, k members, and the mean squares of the two-way ANOVA without replication:
 * between branches (BMS), between members (JMS) and residual (EMS). The ANOVA needs every member's
 * score of every branch, so branches a member missed are left out; Krippendorff's alpha keeps them.
 */
final class IntraclassCorrelation {

    private IntraclassCorrelation() {
    }

    static Statistic of(RatingMatrix matrix) {
        int k = matrix.raters();
        if (k < 2) {
            return Statistic.notComputable(CalibrationReason.singleRater(k));
        }
        List<double[]> scores = matrix.completeRows();
        int n = scores.size();
        if (n < 2) {
            return Statistic.notComputable(CalibrationReason.tooFewCompleteBranches(n));
        }
        OptionalDouble constant = RatingMatrix.constant(scores);
        if (constant.isPresent()) {
            return Statistic.notComputable(CalibrationReason.noVariance(constant.getAsDouble()));
        }
        double[] branchMeans = new double[n];
        double[] memberMeans = new double[k];
        double grand = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                double score = scores.get(i)[j];
                branchMeans[i] += score / k;
                memberMeans[j] += score / n;
                grand += score / (n * k);
            }
        }
        double betweenBranches = 0;
        double betweenMembers = 0;
        double residual = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < k; j++) {
                residual += square(scores.get(i)[j] - branchMeans[i] - memberMeans[j] + grand);
            }
            betweenBranches += k * square(branchMeans[i] - grand);
        }
        for (int j = 0; j < k; j++) {
            betweenMembers += n * square(memberMeans[j] - grand);
        }
        double bms = betweenBranches / (n - 1);
        double jms = betweenMembers / (k - 1);
        double ems = residual / ((n - 1) * (k - 1));
        return Statistic.of((bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n));
    }

    private static double square(double value) {
        return value * value;
    }
}
