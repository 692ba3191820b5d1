package org.xingping.standard;

import java.util.List;
import java.util.Set;

/**
 * A branch's evaluation result: its scores and rounded total, the level it earned, its final level
 * (0 = not rated), every reason that lowered it in the format's order, the {@code quota-tie} mark
 * (tied at a quota's cut line: kept provisionally, the committee must settle it), the honours
 * proposed for it, the vetoes that applied and the conditions that held.
 */
public record BranchResult(String branchCode, BranchScore score, StarLevel earned, StarLevel finalLevel,
                           List<Reason> reasons, boolean quotaTie, List<String> honours,
                           List<String> vetoes, Set<String> conditionsHeld) {

    public BranchResult {
        reasons = List.copyOf(reasons);
        honours = List.copyOf(honours);
        vetoes = List.copyOf(vetoes);
        conditionsHeld = Set.copyOf(conditionsHeld);
    }

    public Parts parts() {
        return score.parts();
    }

    /** The rounded total. */
    public java.math.BigDecimal total() {
        return score.total();
    }
}
