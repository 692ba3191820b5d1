package org.xingping.observation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One group's itinerary (行程): its visits day by day, in order, as it is published and printed. */
public record Itinerary(ObservationGroup group, List<Visit> visits) {

    public Itinerary {
        visits = List.copyOf(visits);
    }

    public Map<LocalDate, List<Visit>> byDay() {
        Map<LocalDate, List<Visit>> days = new TreeMap<>();
        for (GroupDay day : GroupDay.of(visits)) {
            days.put(day.date(), day.visits());
        }
        return days;
    }
}
