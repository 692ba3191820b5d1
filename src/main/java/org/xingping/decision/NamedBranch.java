package org.xingping.decision;

import java.util.List;

/**
 * A branch as a designation named it: its level of the year as designated (0 = rated, no level) and
 * the honours named with it, by name.
 */
public record NamedBranch(String branchCode, String branchName, String unitCode, String unitName, int stars,
                          String levelName, List<String> honourNames) {

    public NamedBranch {
        honourNames = List.copyOf(honourNames);
    }
}
