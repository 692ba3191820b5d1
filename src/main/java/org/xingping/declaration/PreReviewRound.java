package org.xingping.declaration;

import java.time.Instant;

/** One submission and the unit's answer to it: returned with comments, or forwarded; null while pending. */
public record PreReviewRound(int round, Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy,
        String decision, String comment) {

    public boolean pending() {
        return decision == null;
    }
}
