package org.xingping.decision;

import java.time.Instant;

/**
 * A veto event recorded during the year lowered a branch's designated level (or revoked it:
 * {@code toStars} 0), with the veto item and the committee's reason.
 */
public record LevelLowered(int year, String branchCode, int fromStars, int toStars, String vetoCode, String reason,
                           String recordedBy, Instant recordedAt) {

    public boolean revoked() {
        return toStars == 0;
    }
}
