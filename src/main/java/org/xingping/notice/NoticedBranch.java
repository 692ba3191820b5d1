package org.xingping.notice;

import java.util.List;

/**
 * A branch as the notice lists it: the proposed level and honours, or held back (暂缓) while an
 * objection is investigated or after an upheld one sent it back to the committee.
 */
public record NoticedBranch(String branchCode, String branchName, int stars, String levelName,
                            List<String> honourNames, boolean held) {

    public NoticedBranch {
        honourNames = List.copyOf(honourNames);
    }
}
