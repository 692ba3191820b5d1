package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xingping.standard.BranchFixtures.branch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of the format, shown on the reference standard of 2021. */
class ReferenceStandardEvaluationTest {

    private static final RatingStandard STANDARD = Standards.reference();
    private static final int POPULATION = 921;

    private final RatingEngine engine = new RatingEngine(STANDARD);

    private BranchResult evaluate(BranchRecord record) {
        return engine.evaluate(List.of(record), POPULATION).branches().get(0);
    }

    private static List<String> reasons(BranchResult result) {
        return result.reasons().stream().map(Reason::toString).toList();
    }

    @Nested
    class ItemRules {

        private BranchScore scoreWith(String item, String... entered) {
            return engine.score(branch("X").scored(Scores.on(STANDARD).allFull().entered(item, entered).build()).build());
        }

        @Test
        void pointsAreTakenAsEntered() {
            assertThat(scoreWith("B4", "3.5").item("B4")).isEqualByComparingTo("3.5");
        }

        @Test
        void deductTakesEachShortfallOffTheMaximumButNotBelowZero() {
            assertThat(scoreWith("A1", "2").item("A1")).isEqualByComparingTo("1");
            assertThat(scoreWith("A1", "3").item("A1")).isEqualByComparingTo("0");
        }

        @Test
        void countAddsEachOccurrenceUpToTheMaximum() {
            assertThat(scoreWith("F3", "2").item("F3")).isEqualByComparingTo("2");
            assertThat(scoreWith("F1", "3").item("F1")).isEqualByComparingTo("6");
        }

        @Test
        void gradeGivesTheLabelsPoints() {
            assertThat(scoreWith("B2", "一般").item("B2")).isEqualByComparingTo("1.5");
        }

        @Test
        void checkGivesTheMaximumOrNothing() {
            assertThat(scoreWith("A2", "是").item("A2")).isEqualByComparingTo("5");
            assertThat(scoreWith("A2", "否").item("A2")).isEqualByComparingTo("0");
        }

        @Test
        void observersScoresAreConsolidatedByTheirMeanToFourPlaces() {
            BranchScore score = scoreWith("B4", "4", "4", "3.5");
            assertThat(score.item("B4")).isEqualByComparingTo("3.8333");
            assertThat(score.item("B4").scale()).isEqualTo(4);
        }

        @Test
        void aConsensusValueReplacesTheConsolidatedScoreAndBothStayOnRecord() {
            BranchScore score = engine.score(branch("X").scored(Scores.on(STANDARD).allFull()
                    .entered("B4", "4", "3").consensus("B4", "3").build()).build());
            assertThat(score.item("B4")).isEqualByComparingTo("3");
            assertThat(score.consolidated("B4")).isEqualByComparingTo("3.5");
        }
    }

    @Nested
    class SectionsPartsAndTotal {

        @Test
        void aSectionScoresNoMoreThanItsCap() {
            BranchScore score = engine.score(branch("X").scored(Scores.allFull(STANDARD)).build());
            assertThat(score.sections().get("F")).isEqualByComparingTo("10");
            assertThat(score.parts()).isEqualTo(new Parts(score.parts().base(), score.parts().bonus(), score.parts().deduction()));
            assertThat(score.parts().base()).isEqualByComparingTo("100");
            assertThat(score.parts().bonus()).isEqualByComparingTo("10");
            assertThat(score.total()).isEqualByComparingTo("110.00");
        }

        @Test
        void theTotalIsBasePlusBonusRoundedToTwoPlaces() {
            BranchScore score = engine.score(branch("X").scored(Scores.on(STANDARD).allFull().nothingOutsideBase()
                    .entered("F3", "1").entered("B4", "4", "4", "3.5").build()).build());
            assertThat(score.parts().bonus()).isEqualByComparingTo("1");
            assertThat(score.exactTotal()).isEqualByComparingTo("100.8333");
            assertThat(score.total()).hasToString("100.83");
        }
    }

    @Nested
    class Levels {

        @Test
        void fullMarksWithAnInnovationProjectEarnFiveStars() {
            BranchResult result = evaluate(BranchFixtures.promotionToFiveStars(STANDARD));
            assertThat(result.earned()).isEqualTo(StarLevel.of(5));
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(5));
            assertThat(result.reasons()).isEmpty();
        }

        @Test
        void fiveStarsWithoutTheInnovationProjectFallToFourAndSayWhy() {
            BranchResult result = evaluate(branch("X").promoting(4, 5).scored(Scores.allFull(STANDARD)).build());
            assertThat(result.earned()).isEqualTo(StarLevel.of(4));
            assertThat(reasons(result)).containsExactly("缺少条件：有经工委认定的党建创新项目或支部品牌");
        }

        @Test
        void aTotalBelowTheTargetsThresholdSaysWhichThresholdItMissed() {
            BranchResult result = evaluate(branch("X").promoting(4, 5).flag("innovation")
                    .scored(Scores.on(STANDARD).allFull().nothingOutsideBase().entered("A2", "否").entered("C3", "否").build()).build());
            assertThat(result.total()).hasToString("92.00");
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(4));
            assertThat(reasons(result)).containsExactly("总分92.00未达到5星分数线95");
        }

        @Test
        void aLowTotalStillEarnsTheLowestLevelWhoseMinIsZero() {
            BranchResult result = evaluate(branch("X").keeping(4).scored(Scores.on(STANDARD).allFull()
                    .nothingOutsideBase().entered("C1", "10").entered("A2", "否").entered("C2", "否").entered("D1", "差")
                    .entered("D3", "差").entered("E1", "无").entered("B1", "差").entered("C4", "8").build()).build());
            assertThat(result.total()).isEqualByComparingTo("52");
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(1));
        }
    }

    @Nested
    class Boundaries {

        @Test
        void aTotalOf94point995RoundsTo95AndEarnsFiveStarsUnderHalfUp() {
            BranchResult result = evaluate(branch("X").promoting(4, 5).flag("innovation")
                    .scored(Scores.on(STANDARD).allFull().nothingOutsideBase().entered("A2", "否").consensus("B4", "3.995").build())
                    .build());
            assertThat(result.score().exactTotal()).isEqualByComparingTo("94.995");
            assertThat(result.total()).hasToString("95.00");
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(5));
        }

        @Test
        void theSameTotalRoundedDownStaysBelowFiveStars() {
            RatingStandard roundingDown = new StandardLoader().load(Standards.text("/demo/standard-2021.yaml")
                    .replace("rounding: {scale: 2, mode: half-up}", "rounding: {scale: 2, mode: down}"));
            BranchResult result = new RatingEngine(roundingDown).evaluate(List.of(branch("X").promoting(4, 5).flag("innovation")
                    .scored(Scores.on(roundingDown).allFull().nothingOutsideBase().entered("A2", "否").consensus("B4", "3.995").build())
                    .build()), POPULATION).branches().get(0);
            assertThat(result.total()).hasToString("94.99");
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(4));
            assertThat(reasons(result)).containsExactly("总分94.99未达到5星分数线95");
        }

        @Test
        void halfEvenRoundsATieToTheEvenDigit() {
            RatingStandard halfEven = new StandardLoader().load(Standards.text("/demo/standard-2021.yaml")
                    .replace("rounding: {scale: 2, mode: half-up}", "rounding: {scale: 2, mode: half-even}"));
            BranchScore score = new RatingEngine(halfEven).score(branch("X")
                    .scored(Scores.on(halfEven).allFull().nothingOutsideBase().entered("A2", "否").consensus("B4", "3.985").build())
                    .build());
            assertThat(score.total()).hasToString("94.98");
        }
    }

    @Nested
    class Vetoes {

        @Test
        void aRecordedVetoCapsTheLevelAndSaysSo() {
            BranchResult result = evaluate(branch("X").promoting(4, 5).flag("innovation").vetoed("V1")
                    .scored(Scores.allFull(STANDARD)).build());
            assertThat(result.earned()).isEqualTo(StarLevel.of(5));
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(3));
            assertThat(result.vetoes()).containsExactly("V1");
            assertThat(reasons(result)).containsExactly("否决项 V1 限定最高3星");
        }

        @Test
        void theStrictestOfSeveralVetoesWinsAndEachIsNamed() {
            BranchResult result = evaluate(branch("X").keeping(5).flag("innovation").vetoed("V1").vetoed("V2")
                    .scored(Scores.allFull(STANDARD)).build());
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(2));
            assertThat(reasons(result)).containsExactly("否决项 V1 限定最高3星", "否决项 V2 限定最高2星");
        }

        @Test
        void aNotRatedVetoLeavesTheBranchUnrated() {
            BranchResult result = evaluate(branch("X").keeping(5).flag("innovation").vetoed("V3")
                    .scored(Scores.allFull(STANDARD)).build());
            assertThat(result.finalLevel()).isEqualTo(StarLevel.NOT_RATED);
            assertThat(reasons(result)).containsExactly("否决项 V3 不予评定");
        }

        @Test
        void aVetoThatCapsAboveTheEarnedLevelChangesNothing() {
            BranchResult result = evaluate(branch("X").keeping(2).vetoed("V1").scored(Scores.on(STANDARD).allFull()
                    .nothingOutsideBase().entered("C1", "10").entered("A2", "否").entered("C2", "否").entered("D1", "差")
                    .entered("D3", "差").entered("E1", "无").build()).build());
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(2));
            assertThat(result.vetoes()).containsExactly("V1");
            assertThat(result.reasons()).isEmpty();
        }
    }

    @Nested
    class DeclarationAndPromotion {

        @Test
        void neverAboveTheLevelAppliedFor() {
            BranchResult result = evaluate(branch("X").promoting(3, 4).flag("innovation").scored(Scores.allFull(STANDARD)).build());
            assertThat(result.earned()).isEqualTo(StarLevel.of(5));
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(4));
            assertThat(reasons(result)).containsExactly("申报目标为4星");
        }

        @Test
        void aBranchKeepingItsLevelThatEarnsLessIsDowngradedToWhatItEarned() {
            BranchResult result = evaluate(branch("X").keeping(5).flag("innovation")
                    .scored(Scores.on(STANDARD).allFull().nothingOutsideBase().entered("A2", "否").entered("A4", "3").build()).build());
            assertThat(result.total()).isEqualByComparingTo("92");
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(4));
        }

        @Test
        void promotionIsLimitedToOneStepAtATime() {
            BranchResult result = evaluate(branch("X").promoting(3, 5).flag("innovation").scored(Scores.allFull(STANDARD)).build());
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(4));
            assertThat(reasons(result)).containsExactly("晋升每次最多1级");
        }

        @Test
        void aMunicipalHonourAllowsSkippingALevel() {
            BranchResult result = evaluate(branch("X").promoting(3, 5).flag("innovation").flag("municipal_honour")
                    .scored(Scores.allFull(STANDARD)).build());
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(5));
        }

        @Test
        void aFirstApplicationCountsAsZeroStars() {
            BranchResult result = evaluate(branch("X").firstApplicationFor(3).scored(Scores.allFull(STANDARD)).build());
            assertThat(result.finalLevel()).isEqualTo(StarLevel.of(1));
            assertThat(reasons(result)).containsExactly("申报目标为3星", "晋升每次最多1级");
        }
    }

    @Nested
    class Quotas {

        /** Branches applying for five stars with full base scores and a bonus of {@code bonus[i]} each. */
        private List<BranchRecord> fiveStarApplicants(int... bonus) {
            List<BranchRecord> records = new ArrayList<>();
            for (int i = 0; i < bonus.length; i++) {
                records.add(branch("B" + (i + 10)).keeping(5).flag("innovation").scored(Scores.on(STANDARD).allFull()
                        .nothingOutsideBase().entered("F3", String.valueOf(bonus[i])).build()).build());
            }
            return records;
        }

        @Test
        void branchesBeyondAHardQuotaFallToTheNextLevelAndSaySo() {
            // 20 % of 10 branches: 2 five-star places for 4 branches.
            Evaluation evaluation = engine.evaluate(fiveStarApplicants(3, 2, 1, 0), 10);
            assertThat(evaluation.branches()).extracting(b -> b.finalLevel().stars()).containsExactly(5, 5, 4, 4);
            assertThat(reasons(evaluation.branches().get(3))).containsExactly("5星名额已满（2）");
            assertThat(evaluation.quotas().get(0)).isEqualTo(new QuotaUse(STANDARD.quotas().get(0), 10, 2, 4, 2, 0, 2));
        }

        @Test
        void branchesTiedAtTheCutLineAreAllMarkedAndKeepTheLevelProvisionally() {
            Evaluation evaluation = engine.evaluate(fiveStarApplicants(3, 1, 1, 1, 0), 10);
            assertThat(evaluation.branches()).extracting(b -> b.finalLevel().stars()).containsExactly(5, 5, 5, 5, 4);
            assertThat(evaluation.branches()).extracting(BranchResult::quotaTie).containsExactly(false, true, true, true, false);
        }

        @Test
        void aQuotaWhoseCapIsZeroLetsNoBranchKeepTheLevel() {
            Evaluation evaluation = engine.evaluate(fiveStarApplicants(3, 3), 4);
            assertThat(evaluation.branches()).extracting(b -> b.finalLevel().stars()).containsExactly(4, 4);
            assertThat(evaluation.branches()).noneMatch(BranchResult::quotaTie);
        }

        @Test
        void aGuidanceQuotaOnlyWarns() {
            List<BranchRecord> fourStars = List.of(
                    branch("B1").keeping(4).scored(Scores.fullBaseOnly(STANDARD)).build(),
                    branch("B2").keeping(4).scored(Scores.fullBaseOnly(STANDARD)).build());
            Evaluation evaluation = engine.evaluate(fourStars, 2);
            assertThat(evaluation.branches()).allMatch(b -> b.finalLevel().equals(StarLevel.of(4)));
            assertThat(evaluation.warnings()).extracting(Reason::toString).containsExactly("4星超出指导名额：2 个支部，指导上限 0");
        }
    }

    @Nested
    class Honours {

        @Test
        void fiveStarBranchesThatWereFiveStarsLastYearAreProposedForTheRedFlag() {
            BranchRecord lastYearFive = BranchFixtures.keepingFiveStars("A").held(2020, 5).flag("innovation")
                    .scored(Scores.allFull(STANDARD)).build();
            BranchRecord lastYearFour = branch("B").promoting(4, 5).held(2020, 4).flag("innovation")
                    .scored(Scores.allFull(STANDARD)).build();
            Evaluation evaluation = engine.evaluate(List.of(lastYearFive, lastYearFour), POPULATION);
            assertThat(evaluation.branch("A").orElseThrow().honours()).containsExactly("red-flag");
            assertThat(evaluation.branch("B").orElseThrow().honours()).isEmpty();
            assertThat(evaluation.branch("A").orElseThrow().conditionsHeld()).containsExactlyInAnyOrder("innovation", "five_star_last_year");
        }

        @Test
        void atMostMaxCountAreProposedButAllTiedAtTheCut() {
            List<BranchRecord> records = new ArrayList<>();
            for (int i = 0; i < 17; i++) {
                String bonus = i < 14 ? "3" : "2";
                records.add(BranchFixtures.keepingFiveStars("R" + i).held(2020, 5).flag("innovation")
                        .scored(Scores.on(STANDARD).allFull().nothingOutsideBase().entered("F3", i == 0 ? "3" : bonus).build()).build());
            }
            Evaluation evaluation = engine.evaluate(records, POPULATION);
            // 14 branches at 103, three at 102: the 15th place is a tie of three, all proposed.
            assertThat(evaluation.branches().stream().filter(b -> b.honours().contains("red-flag")).count()).isEqualTo(17);
        }
    }

    @Nested
    class InputErrors {

        @Test
        void anItemNobodyScoredIsRefusedNotCountedAsZero() {
            ObservedScores scores = ObservedScores.builder(STANDARD).add("A1", BigDecimal.ONE).build();
            assertThatThrownBy(() -> engine.evaluate(List.of(branch("X").scored(scores).build()), POPULATION))
                    .isInstanceOf(EvaluationRefused.class)
                    .hasMessageContaining("支部 X 的指标 A2 无人评分");
        }
    }

    @Test
    void reasonsAreAlsoSaidInEnglish() {
        BranchResult result = evaluate(branch("X").promoting(3, 5).vetoed("V1").scored(Scores.allFull(STANDARD)).build());
        assertThat(result.reasons()).extracting(r -> r.render(Locale.ENGLISH))
                .containsExactly("missing condition innovation", "veto V1 caps at 3 stars");
        assertThat(result.reasons()).extracting(Reason::code)
                .containsExactly(ReasonCode.MISSING_CONDITION, ReasonCode.VETO_CAP);
    }
}
