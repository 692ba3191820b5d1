package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xingping.standard.BranchFixtures.branch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 江南市 2024: 100 base points, a bonus section capped at 10, five stars need 100 points and a demonstration branch. */
class HundredTenPointStandardTest {

    private static final RatingStandard STANDARD = Standards.hundredTenPoints();
    private final RatingEngine engine = new RatingEngine(STANDARD);

    private BranchResult evaluate(BranchRecord record) {
        return engine.evaluate(List.of(record), 100).branches().get(0);
    }

    @Test
    void fullMarksAre110OfWhichTheBonusGivesAtMost10() {
        BranchScore score = engine.score(branch("J1").scored(Scores.allFull(STANDARD)).build());
        assertThat(score.parts().base()).isEqualByComparingTo("100");
        assertThat(score.sections().get("JF")).isEqualByComparingTo("10");
        assertThat(score.total()).isEqualByComparingTo("110");
        assertThat(STANDARD.sections().stream().map(Section::maxScore).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("110");
    }

    @Test
    void fiveStarsNeedTheDemonstrationBranchPrerequisite() {
        BranchResult without = evaluate(branch("J1").promoting(4, 5).scored(Scores.allFull(STANDARD)).build());
        assertThat(without.finalLevel()).isEqualTo(StarLevel.of(4));
        assertThat(without.reasons()).extracting(Reason::toString).containsExactly("缺少条件：市级标准化规范化建设示范党支部");

        BranchResult with = evaluate(branch("J1").promoting(4, 5).flag("demonstration").scored(Scores.allFull(STANDARD)).build());
        assertThat(with.finalLevel()).isEqualTo(StarLevel.of(5));
    }

    @Test
    void theBonusCanLiftAFullBaseOverTheFiveStarLine() {
        BranchResult result = evaluate(branch("J1").keeping(5).flag("demonstration")
                .scored(Scores.on(STANDARD).allFull().nothingOutsideBase().entered("ZD2", "否").entered("JF1", "2").build()).build());
        assertThat(result.parts().base()).isEqualByComparingTo("90");
        assertThat(result.parts().bonus()).isEqualByComparingTo("6");
        assertThat(result.total()).isEqualByComparingTo("96");
        assertThat(result.finalLevel()).isEqualTo(StarLevel.of(4));
        assertThat(result.reasons()).extracting(Reason::toString).containsExactly("总分96.00未达到5星分数线100");
    }

    @Test
    void a89point99DoesNotEarnTheNinetyPointLevel() {
        BranchResult result = evaluate(branch("J1").promoting(3, 4)
                .scored(Scores.on(STANDARD).allFull().nothingOutsideBase().entered("ZZ2", "否").consensus("ZZ3", "9.99").build()).build());
        assertThat(result.total()).hasToString("89.99");
        assertThat(result.finalLevel()).isEqualTo(StarLevel.of(3));
        assertThat(result.reasons()).extracting(Reason::toString).containsExactly("总分89.99未达到4星分数线90");
    }

    @Test
    void observersAreConsolidatedByTheirMedianTheMiddleTwoAveragedForAnEvenCount() {
        BranchScore score = engine.score(branch("J1").scored(Scores.on(STANDARD).allFull()
                .entered("DW1", "优秀", "良好", "一般", "较差")
                .entered("HD1", "10", "2", "9", "9.5").build()).build());
        assertThat(score.item("DW1")).isEqualByComparingTo("10");
        assertThat(score.item("HD1")).isEqualByComparingTo("9.25");
    }

    @Test
    void belowTheOneStarLineABranchIsNotRated() {
        BranchResult result = evaluate(branch("J1").keeping(1).scored(Scores.on(STANDARD).allFull().nothingOutsideBase()
                .entered("ZZ2", "否").entered("ZD2", "否").entered("ZD1", "10").entered("DW1", "较差").build()).build());
        assertThat(result.total()).isEqualByComparingTo("53");
        assertThat(result.finalLevel()).isEqualTo(StarLevel.NOT_RATED);
        assertThat(result.reasons()).extracting(Reason::toString).containsExactly("总分53.00未达到1星分数线60");
    }

    @Test
    void withoutAPromotionRuleABranchMayRiseSeveralLevelsAtOnce() {
        BranchResult result = evaluate(branch("J1").promoting(2, 5).flag("demonstration").scored(Scores.allFull(STANDARD)).build());
        assertThat(result.finalLevel()).isEqualTo(StarLevel.of(5));
    }

    @Test
    void theModelHonourGoesToAtMostThreeFiveStarBranchesByTotal() {
        List<BranchRecord> records = new ArrayList<>();
        for (int bonus = 0; bonus < 5; bonus++) {
            records.add(branch("J" + bonus).keeping(5).flag("demonstration").scored(Scores.on(STANDARD).allFull()
                    .nothingOutsideBase().entered("JF3", String.valueOf(bonus)).build()).build());
        }
        Evaluation evaluation = engine.evaluate(records, 100);
        assertThat(evaluation.branches()).extracting(b -> b.honours().contains("model"))
                .containsExactly(false, false, true, true, true);
    }
}
