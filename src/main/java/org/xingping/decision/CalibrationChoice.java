package org.xingping.decision;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the committee decides on the totals adjusted for the groups' severity or on the raw ones.
 * Adjustment never replaces raw scores silently: until the committee chooses, the raw totals count,
 * and the choice says who made it, when and why.
 */
public record CalibrationChoice(boolean useAdjusted, String reason, Optional<String> decidedBy, Optional<Instant> decidedAt) {

    public static final CalibrationChoice RAW_UNTIL_DECIDED = new CalibrationChoice(false, "", Optional.empty(), Optional.empty());

    public boolean decided() {
        return decidedBy.isPresent();
    }
}
