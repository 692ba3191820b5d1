package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xingping.standard.BranchFixtures.branch;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** 南湖市 2025: only three to five stars are defined; below three a branch is not rated; quotas only guide. */
class ThreeToFiveStarsStandardTest {

    private static final RatingStandard STANDARD = Standards.threeToFiveStars();
    private final RatingEngine engine = new RatingEngine(STANDARD);

    private BranchResult evaluate(BranchRecord record) {
        return engine.evaluate(List.of(record), 100).branches().get(0);
    }

    @Test
    void belowTheThreeStarLineABranchIsNotRated() {
        BranchResult result = evaluate(branch("N1").keeping(3)
                .scored(Scores.on(STANDARD).allFull().entered("S12", "5").build()).build());
        assertThat(result.total()).isEqualByComparingTo("75");
        assertThat(result.earned()).isEqualTo(StarLevel.NOT_RATED);
        assertThat(result.reasons()).extracting(Reason::toString).containsExactly("总分75.00未达到3星分数线78");
    }

    @Test
    void aVetoCappingAtTwoStarsLeavesTheBranchUnratedForNoLevelIsDefinedThere() {
        BranchResult result = evaluate(branch("N1").keeping(5).vetoed("RD").scored(Scores.allFull(STANDARD)).build());
        assertThat(result.earned()).isEqualTo(StarLevel.of(5));
        assertThat(result.finalLevel()).isEqualTo(StarLevel.NOT_RATED);
        assertThat(result.reasons()).extracting(Reason::toString).containsExactly("否决项 RD 限定最高2星");
    }

    @Test
    void aTargetBelowTheDefinedLevelsCannotBeGiven() {
        BranchResult result = evaluate(branch("N1").firstApplicationFor(2).scored(Scores.allFull(STANDARD)).build());
        assertThat(result.finalLevel()).isEqualTo(StarLevel.NOT_RATED);
        assertThat(result.reasons()).extracting(Reason::toString).containsExactly("申报目标为2星");
    }

    @Test
    void guidanceQuotasWarnButLetEveryBranchKeepItsLevel() {
        List<BranchRecord> records = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            records.add(branch("N" + i).keeping(5).scored(Scores.allFull(STANDARD)).build());
        }
        Evaluation evaluation = engine.evaluate(records, 100);
        assertThat(evaluation.countAt(StarLevel.of(5))).isEqualTo(20);
        assertThat(evaluation.warnings()).extracting(Reason::toString).containsExactly("5星超出指导名额：20 个支部，指导上限 15");
        assertThat(evaluation.quotas().get(0).exceeded()).isTrue();
        assertThat(evaluation.branches()).allSatisfy(b -> assertThat(b.honours()).containsExactly("benchmark"));
    }

    @Test
    void theNoticeRunsSevenCalendarDays() {
        assertThat(STANDARD.notice()).isEqualTo(new Notice(7, false));
        assertThat(STANDARD.levels()).extracting(l -> l.stars().stars()).containsExactly(5, 4, 3);
    }
}
