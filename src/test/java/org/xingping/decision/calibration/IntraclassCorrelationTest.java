package org.xingping.decision.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class IntraclassCorrelationTest {

    /**
     * Shrout &amp; Fleiss (1979), Table 2: four judges rate six targets. Their Table 3 gives
     * BMS 11.24, JMS 32.49, EMS 1.02 and ICC(2,1) = .29; exactly, (11.2417 − 1.0194) /
     * (11.2417 + 3·1.0194 + 4·(32.4861 − 1.0194)/6) = 0.28976.
     */
    @Test
    void agreesWithShroutAndFleissTable2() {
        RatingMatrix table2 = Ratings.byBranch(
                " 9 2 5 8",
                " 6 1 3 2",
                " 8 4 6 8",
                " 7 1 2 6",
                "10 5 6 9",
                " 6 2 4 7");

        assertThat(IntraclassCorrelation.of(table2)).isEqualTo(Statistic.of(new BigDecimal("0.2898")));
    }

    @Test
    void isOneWhenEveryMemberGivesEveryBranchTheSameScore() {
        RatingMatrix unanimous = Ratings.byBranch("5 5 5", "3 3 3", "4 4 4");

        assertThat(IntraclassCorrelation.of(unanimous)).isEqualTo(Statistic.of(new BigDecimal("1.0000")));
    }

    /** Absolute agreement: ranking the branches alike is not enough when one member scores a point higher. */
    @Test
    void countsAMemberWhoScoresEverythingHigherAsDisagreeing() {
        RatingMatrix higher = Ratings.byBranch("5 6", "3 4", "4 5", "2 3");

        assertThat(IntraclassCorrelation.of(higher).computed()).hasValueSatisfying(icc -> assertThat(icc).isLessThan(BigDecimal.ONE));
    }

    @Test
    void leavesOutTheBranchesAMemberMissed() {
        RatingMatrix withGap = Ratings.byBranch(
                " 9 2 5 8",
                " 6 1 3 2",
                " 8 4 6 8",
                " 7 1 2 6",
                "10 5 6 9",
                " 6 2 4 7",
                " 1 . 9 9");

        assertThat(IntraclassCorrelation.of(withGap)).isEqualTo(Statistic.of(new BigDecimal("0.2898")));
    }

    @Test
    void isNotComputableWithOneMember() {
        RatingMatrix alone = Ratings.byBranch("5 .", "3 .", "4 .");

        assertThat(IntraclassCorrelation.of(alone)).isEqualTo(Statistic.notComputable(CalibrationReason.singleRater(1)));
    }

    @Test
    void isNotComputableWithFewerThanTwoBranchesEveryMemberScored() {
        RatingMatrix oneComplete = Ratings.byBranch("5 4", "3 .", ". 4");

        assertThat(IntraclassCorrelation.of(oneComplete)).isEqualTo(Statistic.notComputable(CalibrationReason.tooFewCompleteBranches(1)));
    }

    @Test
    void isNotComputableWhenEveryScoreIsTheSame() {
        RatingMatrix fullMarks = Ratings.byBranch("0.1 0.1 0.1", "0.1 0.1 0.1", "0.1 0.1 0.1");

        assertThat(IntraclassCorrelation.of(fullMarks)).isEqualTo(Statistic.notComputable(CalibrationReason.noVariance(0.1)));
    }
}
