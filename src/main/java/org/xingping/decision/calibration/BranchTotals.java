package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.util.List;

/**
 * One branch's totals side by side: raw, adjusted, and each group's. Adjustment never replaces
 * the raw total: the committee decides whether the adjusted totals are used.
 *
 * @param branch the branch's code
 * @param byGroup the groups that saw the branch: two (or more) for a linking branch, else one
 * @param raw the raw total; for a linking branch the mean of its groups' raw totals (4 places)
 * @param adjusted the raw total less the severity of the group that saw it; for a linking branch
 *                 the mean over its groups of (raw − offset), which is also the least-squares
 *                 estimate of the branch's quality; not computable when severities are not
 */
public record BranchTotals(String branch, List<GroupTotal> byGroup, BigDecimal raw, Statistic adjusted) {

    public BranchTotals {
        byGroup = List.copyOf(byGroup);
    }

    /** Seen by more than one group (联系支部). */
    public boolean linking() {
        return byGroup.size() > 1;
    }
}
