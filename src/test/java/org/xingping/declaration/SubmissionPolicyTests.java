package org.xingping.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.xingping.campaign.CampaignCalendar;
import org.xingping.standard.DeclarationKind;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Standards;

/** Each submission rule on its own, allowing and refusing, on the reference standard. */
class SubmissionPolicyTests {

    static final RatingStandard STANDARD = Standards.reference();
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final CampaignCalendar CALENDAR = new CampaignCalendar(LocalDate.of(2021, 11, 5), LocalDate.of(2021, 11, 12),
            LocalDate.of(2021, 11, 23), LocalDate.of(2021, 11, 26), LocalDate.of(2021, 12, 13),
            LocalDate.of(2021, 12, 24));
    static final Instant BEFORE_DEADLINE = LocalDate.of(2021, 11, 5).atTime(23, 30).atZone(ZONE).toInstant();
    static final Instant AFTER_DEADLINE = LocalDate.of(2021, 11, 6).atTime(0, 5).atZone(ZONE).toInstant();

    @Test
    void refusesDeclarationAfterDeadline() {
        Declaration declaration = DeclarationFixtures.promotionToFiveStars();
        assertThat(new DeadlinePolicy().check(submission(declaration, 4, BEFORE_DEADLINE)).isAllowed()).isTrue();
        assertThat(new DeadlinePolicy().check(submission(declaration, 4, AFTER_DEADLINE)).refusal())
                .hasValueSatisfying(refused -> assertThat(refused.messageKey()).isEqualTo("policy.deadline"));
    }

    @Test
    void refusesASecondDeclarationOfTheBranch() {
        Submission twice = new Submission(DeclarationFixtures.promotionToFiveStars(), STANDARD, CALENDAR,
                BEFORE_DEADLINE, ZONE, 4, true, Map.of());
        assertThat(new OneDeclarationPerBranchPolicy().check(twice).isAllowed()).isFalse();
    }

    @Test
    void refusesATargetTheStandardDoesNotDefine() {
        Declaration six = DeclarationFixtures.declaration(DeclarationKind.PROMOTE, 5, 6);
        assertThat(new TargetWithinLevelsPolicy().check(submission(six, 5, BEFORE_DEADLINE)).isAllowed()).isFalse();
        assertThat(new TargetWithinLevelsPolicy().check(submission(DeclarationFixtures.promotionToFiveStars(), 4,
                BEFORE_DEADLINE)).isAllowed()).isTrue();
    }

    @Test
    void refusesAPromotionOfTwoLevelsWithoutASkipCondition() {
        Declaration twoUp = DeclarationFixtures.declaration(DeclarationKind.PROMOTE, 3, 5);
        assertThat(new PromotionPolicy().check(submission(twoUp, 3, BEFORE_DEADLINE)).refusal())
                .hasValueSatisfying(refused -> assertThat(refused.messageKey()).isEqualTo("policy.promotionStepSkip"));
        Declaration honoured = DeclarationFixtures.declaration(DeclarationKind.PROMOTE, 3, 5);
        honoured.claim(new Claim("municipal_honour", "市级先进基层党组织"));
        assertThat(new PromotionPolicy().check(submission(honoured, 3, BEFORE_DEADLINE)).isAllowed()).isTrue();
    }

    @Test
    void aKeepDeclarationIsOnlyForTheLevelHeld() {
        Declaration keepFive = DeclarationFixtures.declaration(DeclarationKind.KEEP, 4, 5);
        assertThat(new KeepHeldLevelPolicy().check(submission(keepFive, 4, BEFORE_DEADLINE)).isAllowed()).isFalse();
        Declaration keepFour = DeclarationFixtures.declaration(DeclarationKind.KEEP, 4, 4);
        assertThat(new KeepHeldLevelPolicy().check(submission(keepFour, 4, BEFORE_DEADLINE)).isAllowed()).isTrue();
    }

    @Test
    void aPromotionAimsAboveAndAFirstRatingIsForAnUnratedBranch() {
        assertThat(new KindPolicy().check(submission(DeclarationFixtures.declaration(DeclarationKind.PROMOTE, 4, 4),
                4, BEFORE_DEADLINE)).isAllowed()).isFalse();
        assertThat(new KindPolicy().check(submission(DeclarationFixtures.declaration(DeclarationKind.FIRST, 3, 4),
                3, BEFORE_DEADLINE)).isAllowed()).isFalse();
        assertThat(new KindPolicy().check(submission(DeclarationFixtures.declaration(DeclarationKind.FIRST, 0, 3),
                0, BEFORE_DEADLINE)).isAllowed()).isTrue();
    }

    @Test
    void refusesASubmissionWithItemsNotAssessedNamingThem() {
        Declaration declaration = DeclarationFixtures.promotionToFiveStars();
        assertThat(new CompleteSelfAssessmentPolicy().check(submission(declaration, 4, BEFORE_DEADLINE)).refusal())
                .hasValueSatisfying(refused -> assertThat(refused.arguments()[0].toString()).startsWith("A1、A2"));
        DeclarationFixtures.assessEverythingFully(declaration, STANDARD);
        assertThat(new CompleteSelfAssessmentPolicy().check(submission(declaration, 4, BEFORE_DEADLINE)).isAllowed())
                .isTrue();
    }

    @Test
    void evidenceIsRequiredWhereTheStandardNamesItAndForEveryClaim() {
        Declaration declaration = DeclarationFixtures.promotionToFiveStars();
        declaration.claim(new Claim("innovation", null));
        Map<String, Integer> files = new HashMap<>();
        for (Item item : STANDARD.items()) {
            if (!item.evidence().isEmpty()) {
                files.put("ITEM:" + item.code(), 1);
            }
        }
        Submission withoutClaimEvidence = new Submission(declaration, STANDARD, CALENDAR, BEFORE_DEADLINE, ZONE, 4,
                false, files);
        assertThat(new RequiredEvidencePolicy().check(withoutClaimEvidence).refusal())
                .hasValueSatisfying(refused -> assertThat(refused.arguments()[0].toString())
                        .isEqualTo("有经工委认定的党建创新项目或支部品牌"));
        files.put("CLAIM:innovation", 2);
        assertThat(new RequiredEvidencePolicy().check(new Submission(declaration, STANDARD, CALENDAR, BEFORE_DEADLINE,
                ZONE, 4, false, files)).isAllowed()).isTrue();
    }

    @Test
    void refusesAPromotionWhileASeriousProblemOfAnEarlierYearIsOpenNamingIt() {
        var open = List.of(new OpenRectifications.OpenTask(7, 2020, "C2", "组织生活会和民主评议党员", "组织生活会未按期召开"));
        assertThat(new OpenSeriousRectificationPolicy(open).check(submission(DeclarationFixtures.promotionToFiveStars(), 4,
                BEFORE_DEADLINE)).refusal()).hasValueSatisfying(refused -> {
                    assertThat(refused.messageKey()).isEqualTo("policy.openSeriousRectification");
                    assertThat(refused.arguments()[0].toString())
                            .isEqualTo("（2020年）C2 组织生活会和民主评议党员：组织生活会未按期召开");
                });
        Declaration keep = DeclarationFixtures.declaration(DeclarationKind.KEEP, 4, 4);
        assertThat(new OpenSeriousRectificationPolicy(open).check(submission(keep, 4, BEFORE_DEADLINE)).isAllowed())
                .as("keeping a level is not blocked").isTrue();
        assertThat(new OpenSeriousRectificationPolicy(List.of()).check(submission(DeclarationFixtures
                .promotionToFiveStars(), 4, BEFORE_DEADLINE)).isAllowed()).isTrue();
    }

    private static Submission submission(Declaration declaration, int held, Instant now) {
        return new Submission(declaration, STANDARD, CALENDAR, now, ZONE, held, false, Map.of());
    }
}
