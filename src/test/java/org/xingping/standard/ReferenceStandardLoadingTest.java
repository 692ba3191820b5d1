package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferenceStandardLoadingTest {

    private final RatingStandard standard = Standards.reference();

    @Test
    void readsIdentityAndDefaults() {
        assertThat(standard.id()).isEqualTo("zmd-szjg-2021");
        assertThat(standard.year()).isEqualTo(2021);
        assertThat(standard.issuer()).isEqualTo("中共驻马店市委直属机关工作委员会");
        assertThat(standard.rounding()).isEqualTo(new Rounding(2, Rounding.Mode.HALF_UP));
        assertThat(standard.consolidation()).isEqualTo(Consolidation.MEAN);
        assertThat(standard.notice()).isEqualTo(new Notice(5, true));
        assertThat(standard.formula()).isEmpty();
    }

    @Test
    void readsTheIndicatorTreeWithEveryRuleKind() {
        assertThat(standard.sections()).extracting(Section::code).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(standard.items()).hasSize(23);
        Item a1 = standard.item("A1").orElseThrow();
        assertThat(a1.rule()).isEqualTo(new ItemRule.Deduct(new BigDecimal("2"), "项"));
        assertThat(a1.evidence()).containsExactly("支部委员会选举结果批复");
        assertThat(a1.methods()).containsExactly("查阅资料");
        assertThat(a1.guide()).hasValueSatisfying(guide -> assertThat(guide).startsWith("按规定设置支部委员会"));
        assertThat(standard.item("A2").orElseThrow().rule()).isInstanceOf(ItemRule.Check.class);
        assertThat(standard.item("B4").orElseThrow().rule()).isEqualTo(new ItemRule.Points(new BigDecimal("0.5")));
        assertThat(((ItemRule.Grade) standard.item("B2").orElseThrow().rule()).grades())
                .containsExactly(entry("好", new BigDecimal("4")),
                        entry("较好", new BigDecimal("3")),
                        entry("一般", new BigDecimal("1.5")),
                        entry("差", new BigDecimal("0")));
        Section bonus = standard.sections().get(5);
        assertThat(bonus.part()).isEqualTo(Part.BONUS);
        assertThat(bonus.cap()).contains(new BigDecimal("10"));
        assertThat(bonus.maxScore()).isEqualByComparingTo("10");
    }

    @Test
    void readsLevelsVetoesPromotionQuotasAndHonours() {
        assertThat(standard.levels()).extracting(l -> l.stars().stars()).containsExactly(5, 4, 3, 2, 1);
        assertThat(standard.level(StarLevel.of(5)).orElseThrow().requires()).containsExactly("innovation");
        assertThat(standard.vetoes()).extracting(Veto::code).containsExactly("V1", "V2", "V3", "V4");
        assertThat(standard.vetoes().get(0).effect()).isEqualTo(new VetoEffect.MaxStars(StarLevel.of(3)));
        assertThat(standard.vetoes().get(2).effect()).isInstanceOf(VetoEffect.NotRated.class);
        assertThat(standard.promotion()).contains(new Promotion(1, List.of("municipal_honour")));
        assertThat(standard.quotas()).containsExactly(
                new Quota(StarLevel.of(5), new BigDecimal("0.20"), Quota.Population.ALL_BRANCHES, Quota.Mode.HARD),
                new Quota(StarLevel.of(4), new BigDecimal("0.45"), Quota.Population.ALL_BRANCHES, Quota.Mode.GUIDANCE));
        Honour redFlag = standard.honours().get(0);
        assertThat(redFlag.code()).isEqualTo("red-flag");
        assertThat(redFlag.maxCount()).hasValue(15);
        assertThat(standard.condition("five_star_last_year").orElseThrow())
                .isEqualTo(new Condition.History("five_star_last_year", "上一年度为五星级党支部", StarLevel.of(5), 1));
        assertThat(standard.usesAppraisal()).isFalse();
    }
}
