package org.xingping.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The visits of one group on one day in the order of their start, as a plan is read and checked. */
record GroupDay(int group, LocalDate date, List<Visit> visits) {

    private static final Comparator<Visit> BY_START = Comparator.comparing(Visit::start).thenComparing(Visit::end);

    static List<GroupDay> of(List<Visit> visits) {
        Map<Integer, Map<LocalDate, List<Visit>>> byGroupAndDate = new TreeMap<>();
        for (Visit visit : visits) {
            byGroupAndDate.computeIfAbsent(visit.group(), group -> new TreeMap<>())
                    .computeIfAbsent(visit.date(), date -> new ArrayList<>()).add(visit);
        }
        List<GroupDay> days = new ArrayList<>();
        byGroupAndDate.forEach((group, dates) -> dates.forEach((date, ofTheDay) -> {
            List<Visit> ordered = new ArrayList<>(ofTheDay);
            ordered.sort(BY_START);
            days.add(new GroupDay(group, date, List.copyOf(ordered)));
        }));
        return days;
    }

    /** Minutes on the road this day: between each two consecutive visits at different units. */
    int travelMinutes(TravelTimes travel, Map<String, UnitToVisit> units) {
        int minutes = 0;
        for (int i = 1; i < visits.size(); i++) {
            UnitToVisit from = units.get(visits.get(i - 1).unitCode());
            UnitToVisit to = units.get(visits.get(i).unitCode());
            if (from != null && to != null) {
                minutes += travel.minutes(from, to);
            }
        }
        return minutes;
    }
}
