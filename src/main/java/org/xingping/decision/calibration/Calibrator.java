package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/**
 * Calibrates one campaign's observations: the groups' severities when the linking branches join
 * them, every branch's raw and adjusted totals, and each group's agreement item by item. Pure and
 * stateless; the caller reads the score sheets and the engine's totals, and records what the
 * committee decides about the adjusted totals.
 */
public final class Calibrator {

    private Calibrator() {
    }

    /**
     * @param observations what each group saw of each branch; a branch seen by two groups appears
     *                     twice, once per group
     * @throws IllegalArgumentException when there is no observation, or a group saw a branch twice
     */
    public static CalibrationResult calibrate(Collection<BranchObservation> observations) {
        Observations indexed = Observations.of(observations);
        List<GroupComponent> components = indexed.components();
        Severities severities = components.size() == 1
                ? SeverityModel.estimate(indexed)
                : Severities.unknown(CalibrationReason.groupsNotConnected(components));
        List<BranchTotals> totals = indexed.branches().stream().map(branch -> totals(branch, indexed.ofBranch(branch), severities)).toList();
        List<GroupAgreement> agreement = indexed.groups().stream().map(group -> Agreement.within(group, indexed.ofGroup(group))).toList();
        return new CalibrationResult(components, severities.groups(), severities.residualStandardDeviation(), totals, agreement);
    }

    private static BranchTotals totals(String branch, List<BranchObservation> seen, Severities severities) {
        List<GroupTotal> byGroup = seen.stream()
                .map(observation -> new GroupTotal(observation.group(), observation.total(), severities.adjust(observation.group(), observation.total())))
                .toList();
        if (byGroup.size() == 1) {
            return new BranchTotals(branch, byGroup, byGroup.get(0).raw(), byGroup.get(0).adjusted());
        }
        BigDecimal raw = mean(byGroup.stream().map(GroupTotal::raw).toList());
        // The mean over the groups of (raw − offset) is the least-squares quality of the branch.
        Statistic adjusted = byGroup.stream().allMatch(total -> total.adjusted().computed().isPresent())
                ? Statistic.of(mean(byGroup.stream().map(total -> total.adjusted().computed().orElseThrow()).toList()))
                : byGroup.get(0).adjusted();
        return new BranchTotals(branch, byGroup, raw, adjusted);
    }

    private static BigDecimal mean(List<BigDecimal> totals) {
        return totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), Decimals.SCALE, RoundingMode.HALF_UP);
    }
}
