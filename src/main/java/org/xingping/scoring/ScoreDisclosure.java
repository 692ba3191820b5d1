package org.xingping.scoring;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the groups may see each other's scores in a campaign, as the committee last set it;
 * closed until someone opens it.
 */
public record ScoreDisclosure(boolean opened, Optional<String> setBy, Optional<Instant> setAt) {

    static final ScoreDisclosure CLOSED = new ScoreDisclosure(false, Optional.empty(), Optional.empty());
}
