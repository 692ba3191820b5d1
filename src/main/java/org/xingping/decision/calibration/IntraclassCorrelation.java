package org.xingping.decision.calibration;

import java.util.Arrays;

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
        double[][] scores = matrix.completeRows();
        int n = scores.length;
        if (n < 2) {
            return Statistic.notComputable(CalibrationReason.tooFewCompleteBranches(n));
        }
        double[] all = Arrays.stream(scores).flatMapToDouble(Arrays::stream).toArray();
        // All scores equal: every mean square is zero and the ratio is 0/0. Checked on the values,
        // not on the mean squares, which rounding leaves a hair above zero.
        if (Arrays.stream(all).allMatch(score -> score == all[0])) {
            return Statistic.notComputable(CalibrationReason.noVariance(all[0]));
        }
        double grand = Arrays.stream(all).average().orElseThrow();
        double branches = 0;
        for (double[] row : scores) {
            branches += square(Arrays.stream(row).average().orElseThrow() - grand);
        }
        double members = 0;
        for (int j = 0; j < k; j++) {
            int column = j;
            members += square(Arrays.stream(scores).mapToDouble(row -> row[column]).average().orElseThrow() - grand);
        }
        double total = Arrays.stream(all).map(score -> square(score - grand)).sum();
        double betweenBranches = k * branches;
        double betweenMembers = n * members;
        double bms = betweenBranches / (n - 1);
        double jms = betweenMembers / (k - 1);
        double ems = (total - betweenBranches - betweenMembers) / ((n - 1) * (k - 1));
        return Statistic.of((bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n));
    }

    private static double square(double value) {
        return value * value;
    }
}
