package org.xingping.campaign;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** One daily window in which groups visit, such as 08:30–12:00; the gap between two windows is a break (lunch). */
public record VisitingHours(LocalTime from, LocalTime to) {

    public VisitingHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("Hours must end after they start: " + from + "–" + to);
        }
    }

    public int minutes() {
        return (int) Duration.between(from, to).toMinutes();
    }

    /** Minutes from midnight, as the planner counts the day. */
    public int fromMinute() {
        return from.toSecondOfDay() / 60;
    }

    public int toMinute() {
        return to.toSecondOfDay() / 60;
    }

    public boolean overlaps(VisitingHours other) {
        return from.isBefore(other.to) && other.from.isBefore(to);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
