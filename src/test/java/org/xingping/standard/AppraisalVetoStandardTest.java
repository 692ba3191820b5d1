package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xingping.standard.BranchFixtures.branch;

import java.util.List;

import org.junit.jupiter.api.Test;

/** 西山区 2022: appraisal below 60 caps at two stars through a veto's when; five stars need appraisal ≥ 90. */
class AppraisalVetoStandardTest {

    private static final RatingStandard STANDARD = Standards.appraisalVeto();
    private final RatingEngine engine = new RatingEngine(STANDARD);

    private BranchResult evaluate(BranchFixtures branch) {
        return engine.evaluate(List.of(branch.scored(Scores.allFull(STANDARD)).build()), 50).branches().get(0);
    }

    @Test
    void anAppraisalBelowSixtyCapsTheLevelAtTwoStars() {
        BranchResult result = evaluate(branch("X1").keeping(4).appraisal("59.9"));
        assertThat(result.earned()).isEqualTo(StarLevel.of(4));
        assertThat(result.finalLevel()).isEqualTo(StarLevel.of(2));
        assertThat(result.vetoes()).containsExactly("MY");
        assertThat(result.reasons()).extracting(Reason::toString).containsExactly("否决项 MY 限定最高2星");
    }

    @Test
    void anAppraisalOfExactlySixtyIsNotVetoed() {
        BranchResult result = evaluate(branch("X1").keeping(4).appraisal("60"));
        assertThat(result.finalLevel()).isEqualTo(StarLevel.of(4));
        assertThat(result.vetoes()).isEmpty();
    }

    @Test
    void fiveStarsNeedAnAppraisalOfNinetyOrMore() {
        assertThat(evaluate(branch("X1").promoting(4, 5).appraisal("90")).finalLevel()).isEqualTo(StarLevel.of(5));
        BranchResult short0 = evaluate(branch("X1").promoting(4, 5).appraisal("89.9"));
        assertThat(short0.finalLevel()).isEqualTo(StarLevel.of(4));
        assertThat(short0.reasons()).extracting(Reason::toString).containsExactly("缺少条件：群众满意度不低于90%");
    }

    @Test
    void aRecordedVetoLeavesTheBranchUnrated() {
        BranchResult result = evaluate(branch("X1").keeping(4).appraisal("95").vetoed("WJ"));
        assertThat(result.finalLevel()).isEqualTo(StarLevel.NOT_RATED);
        assertThat(result.reasons()).extracting(Reason::toString).containsExactly("否决项 WJ 不予评定");
    }

    @Test
    void theAppraisalMustBeRecordedBecauseAVetoAndAConditionUseIt() {
        assertThat(STANDARD.usesAppraisal()).isTrue();
        assertThatThrownBy(() -> engine.evaluate(List.of(branch("X1").scored(Scores.allFull(STANDARD)).build()), 50))
                .isInstanceOf(EvaluationRefused.class);
    }

    @Test
    void promotionMaySkipOneLevel() {
        assertThat(evaluate(branch("X1").promoting(2, 5).appraisal("95")).finalLevel()).isEqualTo(StarLevel.of(4));
        assertThat(evaluate(branch("X1").promoting(3, 5).appraisal("95")).finalLevel()).isEqualTo(StarLevel.of(5));
    }

    @Test
    void theTotalIsRoundedDown() {
        BranchScore score = engine.score(branch("X1").appraisal("95").scored(Scores.on(STANDARD).allFull()
                .entered("JB3", "30", "29.5", "29.5").build()).build());
        assertThat(score.exactTotal()).isEqualByComparingTo("99.6667");
        assertThat(score.total()).hasToString("99.6");
    }
}
