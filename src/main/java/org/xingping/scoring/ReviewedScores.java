package org.xingping.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one group's finalised review of a branch leaves for the decision: each member's points per
 * item, and the leader's consensus values that replace an item's consolidation. A branch two groups
 * saw has one of these per group.
 */
public record ReviewedScores(String branchCode, int group, Instant finalisedAt, List<MemberPoints> members,
                             Map<String, BigDecimal> consensus) {

    public ReviewedScores {
        members = List.copyOf(members);
        consensus = Map.copyOf(consensus);
    }

    /** One member's points per item code, as the item's rule turned their value into points. */
    public record MemberPoints(String observer, Map<String, BigDecimal> points) {

        public MemberPoints {
            points = Map.copyOf(points);
        }
    }
}
