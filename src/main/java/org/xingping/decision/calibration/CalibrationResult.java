package org.xingping.decision.calibration;

import java.util.List;
import java.util.Optional;

/**
 * What the calibration of one campaign's observations found: whether the groups can be compared
 * at all, each group's severity with its standard error, every branch's raw and adjusted totals,
 * and each group's agreement item by item. Figures are {@code BigDecimal}s with 4 places.
 *
 * @param components the groups joined by linking branches: one when they are connected
 * @param severities one per group when the groups are connected, else none
 * @param residualStandardDeviation how far a group's total of a branch strays from quality plus
 *                                  severity, in points: the noise the offsets are judged against
 * @param branches every branch observed, in the order first observed
 * @param agreement every group, in the order first observed
 */
public record CalibrationResult(List<GroupComponent> components, List<GroupSeverity> severities,
                                Statistic residualStandardDeviation, List<BranchTotals> branches,
                                List<GroupAgreement> agreement) {

    public CalibrationResult {
        components = List.copyOf(components);
        severities = List.copyOf(severities);
        branches = List.copyOf(branches);
        agreement = List.copyOf(agreement);
    }

    /** Every group can be compared with every other through branches two groups saw. */
    public boolean connected() {
        return components.size() == 1;
    }

    /** Why there are no severities: the groups that form each separate part. */
    public Optional<CalibrationReason> notConnected() {
        return connected() ? Optional.empty() : Optional.of(CalibrationReason.groupsNotConnected(components));
    }

    public Optional<GroupSeverity> severityOf(String group) {
        return severities.stream().filter(severity -> severity.group().equals(group)).findFirst();
    }
}
