package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.xingping.standard.BranchFixtures.branch;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 淮北市 2023: total = (base − deduction) × 0.7 + appraisal × 0.3; five stars ≤ 30 % and four stars ≤ 50 % of the rated. */
class SeventyThirtyAppraisalStandardTest {

    private static final RatingStandard STANDARD = Standards.seventyThirtyAppraisal();
    private final RatingEngine engine = new RatingEngine(STANDARD);

    /** A full base less {@code lost} points on JC2, {@code criticisms} deductions of 2 points, and an appraisal. */
    private static BranchFixtures scoring(String code, int lost, int criticisms, String appraisal) {
        return branch(code).keeping(5).appraisal(appraisal).scored(Scores.on(STANDARD).allFull().nothingOutsideBase()
                .entered("JC2", String.valueOf(30 - lost)).entered("KF1", String.valueOf(criticisms)).build());
    }

    @Test
    void theTotalIsSeventyPercentOfTheBaseLessDeductionsPlusThirtyPercentOfTheAppraisal() {
        BranchScore score = engine.score(scoring("H1", 5, 2, "88.5").build());
        assertThat(score.parts().base()).isEqualByComparingTo("95");
        assertThat(score.parts().deduction()).isEqualByComparingTo("4");
        // (95 − 4) × 0.7 + 88.5 × 0.3 = 63.7 + 26.55 = 90.25, rounded half-even to one place: 90.2
        assertThat(score.exactTotal()).isEqualByComparingTo("90.25");
        assertThat(score.total()).hasToString("90.2");
    }

    @Test
    void deductionsAreCappedByTheirSection() {
        BranchScore score = engine.score(branch("H1").appraisal("100").scored(Scores.on(STANDARD).allFull()
                .entered("KF1", "5").entered("KF2", "3").build()).build());
        assertThat(score.sections().get("KF")).isEqualByComparingTo("20");
        assertThat(score.total()).isEqualByComparingTo("86");
    }

    @Test
    void aBranchWithoutAnAppraisalIsRefusedNotScoredAsZero() {
        BranchRecord noAppraisal = branch("H1").scored(Scores.allFull(STANDARD)).build();
        assertThatThrownBy(() -> engine.evaluate(List.of(noAppraisal), 10))
                .isInstanceOf(EvaluationRefused.class)
                .hasMessageContaining("支部 H1 没有测评分（appraisal）");
    }

    @Test
    void theTrimmedMeanDropsTheHighestAndLowestOfFiveOrMoreScorers() {
        BranchScore score = engine.score(branch("H1").appraisal("90").scored(Scores.on(STANDARD).allFull()
                .entered("JC2", "30", "20", "26", "27", "10").entered("JC4", "25", "20", "21").build()).build());
        assertThat(score.item("JC2")).isEqualByComparingTo("24.3333");
        assertThat(score.item("JC4")).isEqualByComparingTo("22");
    }

    @Test
    void fiveStarsAreLimitedToThirtyPercentOfTheRatedAndThoseBeyondMeetTheFourStarQuota() {
        List<BranchRecord> records = new ArrayList<>();
        // Five branches earn five stars (totals 100 down to 94.4), five earn four (88 down to 82.4).
        for (int i = 0; i < 5; i++) {
            records.add(scoring("F" + i, 0, i, "100").build());
        }
        for (int i = 0; i < 5; i++) {
            records.add(scoring("V" + i, 0, i, "60").build());
        }
        Evaluation evaluation = engine.evaluate(records, 10);
        // 10 rated: 3 five-star places; the two that fall join five four-star branches for 5 places.
        assertThat(evaluation.branches()).extracting(b -> b.finalLevel().stars())
                .containsExactly(5, 5, 5, 4, 4, 4, 4, 4, 3, 3);
        assertThat(evaluation.branch("F4").orElseThrow().total()).hasToString("94.4");
        assertThat(evaluation.branch("V3").orElseThrow().reasons()).extracting(Reason::toString)
                .containsExactly("总分83.8未达到5星分数线90", "4星名额已满（5）");
        assertThat(evaluation.quotas()).extracting(QuotaUse::cap, QuotaUse::candidates, QuotaUse::fallen)
                .containsExactly(tuple(3, 5, 2), tuple(5, 7, 2));
    }

    @Test
    void branchesTiedAtTheFiveStarCutAreMarkedAndKept() {
        List<BranchRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            records.add(scoring("T" + i, 0, i < 4 ? 0 : 6, i < 4 ? "100" : "70").build());
        }
        Evaluation evaluation = engine.evaluate(records, 10);
        assertThat(evaluation.branches().subList(0, 4)).allSatisfy(b -> {
            assertThat(b.finalLevel()).isEqualTo(StarLevel.of(5));
            assertThat(b.quotaTie()).isTrue();
        });
    }
}
