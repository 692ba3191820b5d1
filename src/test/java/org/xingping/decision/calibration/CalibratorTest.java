package org.xingping.decision.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CalibratorTest {

    /**
     * Two groups, four branches, two of them seen by both:
     * <pre>
     *   b1  A 90                b3  A 92, B 90   (A − B = 2)
     *   b2  B 80                b4  A 85, B 82   (A − B = 3)
     * </pre>
     * Only the linking branches tell the groups apart: their mean difference is d̂ = 2.5, and with
     * the offsets summing to zero, offset(A) = +1.25 and offset(B) = −1.25. Each linking total is
     * off the fit by ±(d − d̂)/2 = ±0.25, so RSS = 4 × 0.0625 = 0.25 on n − branches − (G − 1) =
     * 6 − 4 − 1 = 1 degree of freedom: σ̂² = 0.25, σ̂ = 0.5. d̂ is the mean of two differences of
     * variance 2σ² each, so Var(d̂) = σ̂² = 0.25; offset(A) = d̂/2 has standard error 0.5/2 = 0.25,
     * and so has B's. Adjusted: b1 90 − 1.25 = 88.75, b2 80 + 1.25 = 81.25, b3 mean(90.75, 91.25)
     * = 91, b4 mean(83.75, 83.25) = 83.5.
     */
    @Test
    void estimatesTwoGroupsOffsetsFromTheBranchesBothSaw() {
        CalibrationResult result = Calibrator.calibrate(List.of(
                seen("b1", "A", "90"), seen("b2", "B", "80"),
                seen("b3", "A", "92"), seen("b3", "B", "90"),
                seen("b4", "A", "85"), seen("b4", "B", "82")));

        assertThat(result.connected()).isTrue();
        assertThat(result.severities()).containsExactly(
                new GroupSeverity("A", new BigDecimal("1.2500"), Statistic.of(new BigDecimal("0.2500"))),
                new GroupSeverity("B", new BigDecimal("-1.2500"), Statistic.of(new BigDecimal("0.2500"))));
        assertThat(result.residualStandardDeviation()).isEqualTo(Statistic.of(new BigDecimal("0.5000")));
        assertThat(adjusted(result)).containsExactly(
                Map.entry("b1", "88.7500"), Map.entry("b2", "81.2500"), Map.entry("b3", "91.0000"), Map.entry("b4", "83.5000"));
    }

    @Test
    void showsEachGroupsRawAndAdjustedTotalOfALinkingBranchSideBySide() {
        CalibrationResult result = Calibrator.calibrate(List.of(
                seen("b1", "A", "90"), seen("b2", "B", "80"),
                seen("b3", "A", "92"), seen("b3", "B", "90"),
                seen("b4", "A", "85"), seen("b4", "B", "82")));

        BranchTotals b3 = result.branches().get(2);
        assertThat(b3.linking()).isTrue();
        assertThat(b3.byGroup()).containsExactly(
                new GroupTotal("A", new BigDecimal("92"), Statistic.of(new BigDecimal("90.7500"))),
                new GroupTotal("B", new BigDecimal("90"), Statistic.of(new BigDecimal("91.2500"))));
        assertThat(b3.raw()).isEqualByComparingTo("91");
        assertThat(result.branches().get(0).linking()).isFalse();
        assertThat(result.branches().get(0).raw()).isEqualByComparingTo("90");
    }

    /**
     * A chain: A and C never saw a common branch, B saw one of each. B stands 2 above A and C 1
     * above B, so with offsets a, a + 2, a + 3 summing to zero, a = −5/3: A −1.6667, B 0.3333,
     * C 1.3333. Two links for two unknowns leave nothing over: n − branches − (G − 1) = 4 − 2 − 2 = 0.
     */
    @Test
    void comparesGroupsThatSawNoCommonBranchThroughAGroupBetweenThemButGivesNoStandardErrorWithoutSpareLinks() {
        CalibrationResult result = Calibrator.calibrate(List.of(
                seen("x", "A", "80"), seen("x", "B", "82"),
                seen("y", "B", "70"), seen("y", "C", "71")));

        CalibrationReason exact = CalibrationReason.noSpareLinks();
        assertThat(result.severities()).containsExactly(
                new GroupSeverity("A", new BigDecimal("-1.6667"), Statistic.notComputable(exact)),
                new GroupSeverity("B", new BigDecimal("0.3333"), Statistic.notComputable(exact)),
                new GroupSeverity("C", new BigDecimal("1.3333"), Statistic.notComputable(exact)));
        assertThat(result.residualStandardDeviation()).isEqualTo(Statistic.notComputable(exact));
    }

    @Test
    void givesZeroStandardErrorsWhenTheLinksAgreeExactly() {
        CalibrationResult result = Calibrator.calibrate(List.of(
                seen("x", "A", "80"), seen("x", "B", "82"),
                seen("y", "B", "70"), seen("y", "C", "71"),
                seen("z", "A", "90"), seen("z", "C", "93")));

        assertThat(result.severities()).extracting(GroupSeverity::offset)
                .containsExactly(new BigDecimal("-1.6667"), new BigDecimal("0.3333"), new BigDecimal("1.3333"));
        assertThat(result.severities()).extracting(GroupSeverity::standardError)
                .allSatisfy(error -> assertThat(error.computed()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0")));
    }

    @Test
    void saysWhichGroupsFormWhichPartWhenNoBranchLinksThem() {
        CalibrationResult result = Calibrator.calibrate(List.of(
                seen("b1", "A", "90"), seen("b1", "B", "88"),
                seen("b2", "C", "85"), seen("b2", "D", "86"),
                seen("b3", "A", "91"), seen("b4", "C", "80")));

        assertThat(result.connected()).isFalse();
        assertThat(result.components()).containsExactly(
                new GroupComponent(List.of("A", "B")), new GroupComponent(List.of("C", "D")));
        assertThat(result.severities()).isEmpty();
        CalibrationReason notConnected = result.notConnected().orElseThrow();
        assertThat(notConnected.code()).isEqualTo(CalibrationReasonCode.GROUPS_NOT_CONNECTED);
        assertThat(notConnected.toString()).isEqualTo("观摩组之间没有交叉观摩的支部相连，分成 2 部分（A、B | C、D），各部分之间无法比较宽严");
        assertThat(result.branches()).allSatisfy(totals -> assertThat(totals.adjusted()).isEqualTo(Statistic.notComputable(notConnected)));
        assertThat(result.residualStandardDeviation()).isEqualTo(Statistic.notComputable(notConnected));
    }

    @Test
    void leavesAGroupWithoutLinkingBranchesInAPartOfItsOwn() {
        CalibrationResult result = Calibrator.calibrate(List.of(
                seen("b1", "A", "90"), seen("b1", "B", "88"), seen("b2", "C", "85")));

        assertThat(result.components()).containsExactly(new GroupComponent(List.of("A", "B")), new GroupComponent(List.of("C")));
        assertThat(result.notConnected().orElseThrow().render(Locale.ENGLISH))
                .isEqualTo("no branch seen by two groups links the groups, which fall into 2 parts (A、B | C): severity cannot be compared between parts");
    }

    @Test
    void leavesTheTotalsOfASingleGroupAsTheyAre() {
        CalibrationResult result = Calibrator.calibrate(List.of(seen("b1", "A", "90"), seen("b2", "A", "80.50")));

        CalibrationReason alone = CalibrationReason.oneGroup("A");
        assertThat(result.connected()).isTrue();
        assertThat(result.severities()).containsExactly(new GroupSeverity("A", new BigDecimal("0.0000"), Statistic.notComputable(alone)));
        assertThat(adjusted(result)).containsExactly(Map.entry("b1", "90.0000"), Map.entry("b2", "80.5000"));
    }

    @Test
    void measuresAgreementPerGroupAndItemWithTheMembersWhoScored() {
        CalibrationResult result = Calibrator.calibrate(List.of(
                scored("b1", "A", "9", sheet("甲", "A1", "5", "A2", "3"), sheet("乙", "A1", "4", "A2", "3")),
                scored("b2", "A", "7", sheet("甲", "A1", "3", "A2", "3"), sheet("乙", "A1", "3", "A2", "3")),
                scored("b3", "A", "8", sheet("甲", "A1", "4", "A2", "3"), sheet("乙", "A2", "3"))));

        GroupAgreement group = result.agreement().get(0);
        assertThat(group.group()).isEqualTo("A");
        assertThat(group.members()).containsExactly("甲", "乙");
        ItemAgreement a1 = group.items().get(0);
        assertThat(a1.item()).isEqualTo("A1");
        assertThat(a1.branches()).isEqualTo(3);
        assertThat(a1.completeBranches()).isEqualTo(2);
        assertThat(a1.icc().computed()).isPresent();
        assertThat(a1.alpha().computed()).isPresent();
        ItemAgreement a2 = group.items().get(1);
        assertThat(a2.icc()).isEqualTo(Statistic.notComputable(CalibrationReason.noVariance(3)));
        assertThat(a2.alpha().computed()).isEmpty();
    }

    @Test
    void refusesAGroupSeeingTheSameBranchTwice() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Calibrator.calibrate(List.of(seen("b1", "A", "90"), seen("b1", "A", "91"))))
                .withMessage("A 对支部 b1 有两份观摩结果");
    }

    @Test
    void refusesToCalibrateNothing() {
        assertThatIllegalArgumentException().isThrownBy(() -> Calibrator.calibrate(List.of()));
    }

    @Test
    void refusesTwoSheetsOfOneMemberForOneBranch() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> scored("b1", "A", "9", sheet("甲", "A1", "5"), sheet("甲", "A1", "4")))
                .withMessage("A 对支部 b1 有 甲 的两份评分");
    }

    private static BranchObservation seen(String branch, String group, String total) {
        return new BranchObservation(branch, group, new BigDecimal(total), List.of());
    }

    private static BranchObservation scored(String branch, String group, String total, MemberScores... members) {
        return new BranchObservation(branch, group, new BigDecimal(total), List.of(members));
    }

    /** A member's sheet: item code, score, item code, score … */
    private static MemberScores sheet(String member, String... itemsAndScores) {
        Map<String, BigDecimal> items = new java.util.LinkedHashMap<>();
        for (int i = 0; i < itemsAndScores.length; i += 2) {
            items.put(itemsAndScores[i], new BigDecimal(itemsAndScores[i + 1]));
        }
        return new MemberScores(member, items);
    }

    private static List<Map.Entry<String, String>> adjusted(CalibrationResult result) {
        return result.branches().stream()
                .map(totals -> Map.entry(totals.branch(), totals.adjusted().computed().orElseThrow().toPlainString())).toList();
    }
}
