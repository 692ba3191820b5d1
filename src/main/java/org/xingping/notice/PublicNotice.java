package org.xingping.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A campaign's public notice (公示). The committee opens it once the decision is confirmed, with a
 * start date (in the past for a notice already held on paper) and the end counted by the standard's
 * {@code notice}; objections are received from the first to the last day of the period, both
 * included; it closes once the period has ended and every objection is answered, and never opens
 * again.
 */
public record PublicNotice(int year, LocalDate startsOn, LocalDate endsOn, String title, String body,
                           String openedBy, Instant openedAt, String closedBy, Instant closedAt) {

    public boolean closed() {
        return closedAt != null;
    }

    /** Whether objections are received on this day. */
    public boolean receivesObjectionsOn(LocalDate day) {
        return !closed() && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    public boolean periodEndedBy(LocalDate day) {
        return day.isAfter(endsOn);
    }

    public boolean notYetStartedOn(LocalDate day) {
        return day.isBefore(startsOn);
    }
}
