package org.xingping.decision;

import java.time.Instant;

/**
 * A 工委领导 confirmed the committee's decision of a campaign: the results are frozen and may be put
 * on public notice.
 */
public record RatingConfirmed(int year, String confirmedBy, Instant confirmedAt) {
}
