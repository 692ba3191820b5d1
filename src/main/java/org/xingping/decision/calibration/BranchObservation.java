package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one observation group saw of one branch: the branch's total as the engine computed it from
 * the group's consolidated item scores (taken as given: the standard is never evaluated here), and
 * each member's item scores. A branch two groups saw (a linking branch, 联系支部) has one
 * observation from each; that is all that links the groups, so linking is read from the
 * observations, not declared.
 *
 * @param branch the branch's code
 * @param group the group that saw it
 * @param total the standard's total of the branch from this group's scores
 * @param members each member's item scores of the branch
 */
public record BranchObservation(String branch, String group, BigDecimal total, List<MemberScores> members) {

    public BranchObservation {
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(total, () -> group + " 对支部 " + branch + " 没有总分");
        members = List.copyOf(members);
        Set<String> seen = new HashSet<>();
        for (MemberScores member : members) {
            if (!seen.add(member.member())) {
                throw new IllegalArgumentException(group + " 对支部 " + branch + " 有 " + member.member() + " 的两份评分");
            }
        }
    }
}
