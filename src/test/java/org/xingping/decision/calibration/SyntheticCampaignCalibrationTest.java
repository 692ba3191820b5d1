package org.xingping.decision.calibration;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.xingping.decision.calibration.SyntheticCampaign.Design;

/**
 * Issue 7: on campaigns whose groups' severities are known, the estimated offsets are within ±0.5
 * points of the truth at the reference campaign's size (712 branches, five groups of four, two
 * linking branches per group).
 *
 * <p>What two linking branches per group can promise depends on how far a group's total of a
 * branch strays from quality plus severity (σ, the residual standard deviation the calibration
 * reports). Five groups linked pair by pair, every pair once, give each offset a standard error of
 * about 0.57σ, and 0.8σ/√L with L linking branches per group. For all five offsets within ±0.5 in
 * 95 % of campaigns the standard error must be about 0.19 or less, so L ≳ 17σ². On 50 seeds each
 * ({@link CalibrationBenchmark} prints the full table):
 * <ul>
 *   <li>a member's item score off by 0.1 points and entered exactly (σ ≈ 0.23): two links are
 *       enough, 50 of 50 campaigns within ±0.5, largest error 0.35;</li>
 *   <li>entered in half points as the standard's {@code points} items are, noise 0.1 (σ ≈ 0.45):
 *       two links reach it in 43 of 50 campaigns, four in 48, eight in 50;</li>
 *   <li>half points, noise 0.2 (σ ≈ 0.57): two links 27 of 50, four 48, twelve 50;</li>
 *   <li>noise 0.5, entered exactly (σ ≈ 1.17): two links 1 of 50, sixteen 41 of 50, twenty-four 48 of 50.</li>
 * </ul>
 * So ±0.5 with two linking branches per group holds only when observers agree closely; with
 * ordinary half-point scoring it needs four to twelve per group. The generator also leaves out
 * anything a group shares on one visit (what it was shown that day): that adds to σ undiluted by
 * the number of members, so real campaigns need their own σ read before the offsets are trusted.
 */
class SyntheticCampaignCalibrationTest {

    private static final double HALF_A_POINT = 0.5;
    private static final List<Long> SEEDS = LongStream.rangeClosed(1, 20).boxed().toList();

    @Test
    void generatesTheSameCampaignFromTheSameSeed() {
        SyntheticCampaign first = Design.reference().generate(42);
        SyntheticCampaign again = Design.reference().generate(42);

        assertThat(again.observations()).isEqualTo(first.observations());
        assertThat(again.severities()).isEqualTo(first.severities());
        assertThat(Design.reference().generate(43).severities()).isNotEqualTo(first.severities());
    }

    /** 712 branches, five groups of four, two branches of each group seen again, every pair of groups linked once. */
    @Test
    void dealsTheReferenceCampaignAsTheCampaignFileSetsIt() {
        SyntheticCampaign campaign = Design.reference().generate(1);

        Map<String, List<BranchObservation>> byBranch = campaign.observations().stream().collect(groupingBy(BranchObservation::branch));
        List<List<BranchObservation>> linking = byBranch.values().stream().filter(seen -> seen.size() > 1).toList();
        assertThat(byBranch).hasSize(712);
        assertThat(campaign.observations()).hasSize(712 + 10);
        assertThat(linking).hasSize(10).allSatisfy(seen -> assertThat(seen).hasSize(2));
        assertThat(linking.stream().collect(groupingBy(seen -> seen.get(0).group()))).hasSize(5)
                .allSatisfy((group, own) -> assertThat(own).hasSize(2));
        Set<Set<String>> pairs = linking.stream().map(seen -> Set.of(seen.get(0).group(), seen.get(1).group())).collect(toSet());
        assertThat(pairs).hasSize(10);
        assertThat(campaign.observations()).allSatisfy(observation -> assertThat(observation.members()).hasSize(4)
                .allSatisfy(member -> assertThat(member.items()).hasSize(SyntheticCampaign.REFERENCE_ITEMS.length)));
        assertThat(campaign.severities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(0, within(1e-9));
    }

    /** The generator and the estimator tell the same story: without noise only the totals' rounding is left. */
    @Test
    void recoversTheOffsetsToRoundingWhenObserversDoNotStray() {
        SyntheticCampaign campaign = Design.reference().withNoise(0, 0).generate(1);

        assertThat(campaign.errors(Calibrator.calibrate(campaign.observations())).values())
                .allSatisfy(error -> assertThat(error).isCloseTo(0, within(0.01)));
    }

    @Test
    void findsEveryOffsetWithinHalfAPointOfTheTruthAtReferenceSize() {
        double squares = 0;
        double standardErrors = 0;
        for (long seed : SEEDS) {
            SyntheticCampaign campaign = Design.reference().generate(seed);
            CalibrationResult result = Calibrator.calibrate(campaign.observations());

            assertThat(result.connected()).isTrue();
            assertThat(campaign.errors(result)).as("seed %d", seed).hasSize(5)
                    .allSatisfy((group, error) -> assertThat(Math.abs(error)).as("seed %d, %s", seed, group).isLessThanOrEqualTo(HALF_A_POINT));
            for (double error : campaign.errors(result).values()) {
                squares += error * error;
            }
            standardErrors += result.severities().stream().mapToDouble(SyntheticCampaignCalibrationTest::standardError).sum();
        }
        // The reported standard error is what the errors are: within a quarter of their root mean square.
        double rms = Math.sqrt(squares / (5 * SEEDS.size()));
        assertThat(standardErrors / (5 * SEEDS.size())).isCloseTo(rms, within(rms / 4));
    }

    /** The limit, shown failing: noise 0.3 on an item score with two links misses ±0.5 in most campaigns, and says so. */
    @Test
    void twoLinkingBranchesPerGroupMissHalfAPointWhenObserversStrayMore() {
        Design noisier = Design.reference().withNoise(0.3, 0);

        long missed = LongStream.rangeClosed(1, 10).filter(seed -> !allWithinHalfAPoint(noisier.generate(seed))).count();
        CalibrationResult result = Calibrator.calibrate(noisier.generate(1).observations());

        assertThat(missed).isGreaterThanOrEqualTo(5);
        // The committee is warned: the standard errors themselves are well above 0.2.
        assertThat(result.severities()).allSatisfy(severity -> assertThat(standardError(severity)).isGreaterThan(0.3));
    }

    @Test
    void halfPointScoresNeedMoreLinkingBranchesPerGroupForHalfAPoint() {
        Design halfPoints = Design.reference().withNoise(0.2, 0.5);

        assertThat(SEEDS.stream().anyMatch(seed -> !allWithinHalfAPoint(halfPoints.generate(seed))))
                .as("some campaign misses with two linking branches per group").isTrue();
        assertThat(SEEDS).allSatisfy(seed -> assertThat(allWithinHalfAPoint(halfPoints.withLinkingPerGroup(12).generate(seed)))
                .as("seed %d with twelve linking branches per group", seed).isTrue());
    }

    @Test
    void membersAgreeWellWhenTheyStrayLittleAndLessAsTheyStrayMore() {
        List<GroupAgreement> close = Calibrator.calibrate(Design.reference().generate(1).observations()).agreement();
        List<GroupAgreement> loose = Calibrator.calibrate(Design.reference().withNoise(0.5, 0).generate(1).observations()).agreement();

        assertThat(close).flatMap(GroupAgreement::items).hasSize(5 * 23).allSatisfy(item -> {
            assertThat(value(item.icc())).as(item.item()).isGreaterThan(0.7);
            assertThat(value(item.alpha())).as(item.item()).isGreaterThan(0.7);
        });
        assertThat(meanIcc(close)).isGreaterThan(0.85);
        assertThat(meanIcc(loose)).isLessThan(0.4);
        // The same seed draws the same branches and the same noise, scaled: every item agrees less.
        for (int group = 0; group < close.size(); group++) {
            for (int item = 0; item < 23; item++) {
                assertThat(value(loose.get(group).items().get(item).icc())).isLessThan(value(close.get(group).items().get(item).icc()));
            }
        }
        // Every member scores every item: alpha for interval data and ICC(2,1) then nearly coincide.
        assertThat(loose).flatMap(GroupAgreement::items)
                .allSatisfy(item -> assertThat(value(item.alpha())).isCloseTo(value(item.icc()), within(0.02)));
    }

    private static boolean allWithinHalfAPoint(SyntheticCampaign campaign) {
        return campaign.errors(Calibrator.calibrate(campaign.observations())).values().stream()
                .allMatch(error -> Math.abs(error) <= HALF_A_POINT);
    }

    private static double standardError(GroupSeverity severity) {
        return value(severity.standardError());
    }

    private static double value(Statistic statistic) {
        return statistic.computed().orElseThrow(() -> new AssertionError("not computed: " + statistic)).doubleValue();
    }

    private static double meanIcc(List<GroupAgreement> agreement) {
        return agreement.stream().flatMap(group -> group.items().stream()).mapToDouble(item -> value(item.icc())).average().orElseThrow();
    }
}
