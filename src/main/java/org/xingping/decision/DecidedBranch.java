package org.xingping.decision;

import java.math.BigDecimal;
import java.util.List;

/**
 * One branch's confirmed result: the level the committee decided (0 = not rated) with its name,
 * the total that decided it, and the honours decided for it.
 *
 * @param reopened an upheld objection sent the branch back to the committee, which has not yet
 *                 decided it again
 */
public record DecidedBranch(String branchCode, String branchName, String unitCode, String unitName,
                            int stars, String levelName, BigDecimal total, List<String> honourCodes,
                            List<String> honourNames, boolean reopened) {

    public DecidedBranch {
        honourCodes = List.copyOf(honourCodes);
        honourNames = List.copyOf(honourNames);
    }

    public boolean rated() {
        return stars > 0;
    }
}
