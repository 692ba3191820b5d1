package org.xingping.decision.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class KrippendorffAlphaTest {

    /**
     * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the canonical example: four
     * observers, twelve units, values missing; unit 12 has one value and is not pairable. The paper
     * gives α_interval = 0.849 to three places (nominal 0.743, ordinal 0.815, ratio 0.797); to
     * four, 1 − D_o/D_e = 0.8491.
     */
    @Test
    void agreesWithKrippendorffsCanonicalExample() {
        RatingMatrix reliabilityData = Ratings.byMember(
                "1 2 3 3 2 1 4 1 2 . . .",
                "1 2 3 3 2 2 4 1 2 5 . 3",
                ". 3 3 3 2 3 4 2 2 5 1 .",
                "1 2 3 3 2 4 4 1 2 5 1 .");

        assertThat(KrippendorffAlpha.interval(reliabilityData)).isEqualTo(Statistic.of(new BigDecimal("0.8491")));
    }

    /**
     * The example of Wikipedia's "Krippendorff's alpha" article: three coders, fifteen units, most
     * values missing. α_interval = 0.810845, as the {@code krippendorff} package for Python checks.
     */
    @Test
    void agreesWithTheWikipediaExampleWhereMostScoresAreMissing() {
        RatingMatrix reliabilityData = Ratings.byMember(
                ". . . . . 3 4 1 2 1 1 3 3 . 3",
                "1 . 2 1 3 3 4 3 . . . . . . .",
                ". . 2 1 3 4 4 . 2 1 1 3 3 . 4");

        assertThat(KrippendorffAlpha.interval(reliabilityData)).isEqualTo(Statistic.of(new BigDecimal("0.8108")));
    }

    /**
     * Two members, three branches: (1, 1), (2, 2), (3, 4). Six pairable values;
     * D_o = (0 + 0 + 2·1²/1) / 6 = 1/3; all values 1 1 2 2 3 4 have mean 13/6 and
     * Σ(v − v̄)² = 41/6, so D_e = 2·6·(41/6) / (6·5) = 82/30; α = 1 − (1/3)/(82/30) = 36/41 = 0.8780.
     */
    @Test
    void agreesWithAHandComputedCase() {
        RatingMatrix small = Ratings.byBranch("1 1", "2 2", "3 4");

        assertThat(KrippendorffAlpha.interval(small)).isEqualTo(Statistic.of(new BigDecimal("0.8780")));
    }

    /** A branch only one member scored has no pair to compare, so it changes nothing. */
    @Test
    void leavesOutBranchesScoredByOneMemberOnly() {
        RatingMatrix withLoneScores = Ratings.byBranch("1 1", "2 2", "3 4", "9 .", ". 0");

        assertThat(KrippendorffAlpha.interval(withLoneScores)).isEqualTo(Statistic.of(new BigDecimal("0.8780")));
    }

    /**
     * A third member who scored the second and third branches only: units (1, 1), (2, 2, 2),
     * (3, 4, 3). n = 8; D_o = (0 + 0 + 2·3·(2/3)/2) / 8 = 1/4; values 1 1 2 2 2 3 4 3 have mean 9/4
     * and Σ(v − v̄)² = 7.5, so D_e = 2·8·7.5 / (8·7) = 15/7; α = 1 − (1/4)/(15/7) = 53/60 = 0.8833.
     */
    @Test
    void usesTheScoresOfAMemberWhoMissedABranch() {
        RatingMatrix withGap = Ratings.byBranch("1 1 .", "2 2 2", "3 4 3");

        assertThat(KrippendorffAlpha.interval(withGap)).isEqualTo(Statistic.of(new BigDecimal("0.8833")));
    }

    @Test
    void isNotComputableWithOneMember() {
        RatingMatrix alone = Ratings.byBranch("5", "3", "4");

        assertThat(KrippendorffAlpha.interval(alone)).isEqualTo(Statistic.notComputable(CalibrationReason.singleRater(1)));
    }

    @Test
    void isNotComputableWhenNoBranchHasTwoScores() {
        RatingMatrix neverTogether = Ratings.byBranch("5 .", ". 3");

        assertThat(KrippendorffAlpha.interval(neverTogether)).isEqualTo(Statistic.notComputable(CalibrationReason.noPairableScores()));
    }

    @Test
    void isNotComputableWhenEveryScoreIsTheSame() {
        RatingMatrix fullMarks = Ratings.byBranch("6 6", "6 6", "6 .");

        assertThat(KrippendorffAlpha.interval(fullMarks)).isEqualTo(Statistic.notComputable(CalibrationReason.noVariance(6)));
    }
}
