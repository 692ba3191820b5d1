package org.xingping.campaign;

/**
 * The hard rules of a campaign's visit plan.
 *
 * @param unitInOneBlock          all branches of a unit are seen by one group in one visit, after its briefing
 * @param noOwnUnit               nobody observes the unit they work in (回避)
 * @param linkingBranchesPerGroup branches each group sees although another group sees them too, so
 *                                that the groups' severity can be compared
 */
public record PlanRules(boolean unitInOneBlock, boolean noOwnUnit, int linkingBranchesPerGroup) {

    public PlanRules {
        if (linkingBranchesPerGroup < 0) {
            throw new IllegalArgumentException("Negative linking branches");
        }
    }
}
