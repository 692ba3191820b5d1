package org.xingping.observation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A unit's visit a person fixed by hand: this group sees this unit's briefing and branches from
 * this time on this day. The planner keeps it where it is and plans the rest around it.
 */
public record PinnedVisit(int group, LocalDate date, LocalTime start, String unitCode) {

    public PinnedVisit {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(unitCode, "unitCode");
    }
}
