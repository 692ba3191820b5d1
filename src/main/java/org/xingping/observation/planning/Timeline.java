package org.xingping.observation.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * A group's stops laid out in time: the one function that derives days, each visit's start and
 * end, the lunch break, travel and what spills past the last day from a group's ordered list. The
 * constraints grade a plan by it, and the plan handed to the pages is read from it.
 *
 * <p>The rules of the layout:
 * <ul>
 * <li>stops are visited in list order; each stop as early as it fits, its slots back to back;</li>
 * <li>a slot (a briefing or one branch) lies whole within one daily window, so a visit never
 * straddles lunch, while a block may continue after it;</li>
 * <li>a block is seen on one day: one that does not fit what is left of the day starts the next
 * day;</li>
 * <li>travel from the previous stop of the same day comes first, at the campaign's minutes; it may
 * run into the lunch break (the group drives, then eats there); the first stop of a day has none,
 * as the campaign gives no place the groups start from;</li>
 * <li>fixed stops keep their time; a stop that would not end (with the travel on) before the next
 * fixed one goes after it;</li>
 * <li>days past the campaign's last day are laid out like any other, and their minutes are the
 * overflow that a feasible plan does not have.</li>
 * </ul>
 *
 * @param overflowMinutes visiting minutes of the stops placed after the campaign's last day
 * @param lastDayEnd      minutes from the first window of the campaign's last day to the group's
 *                        last visit that day; 0 when it has none
 */
record Timeline(int group, List<Placement> placements, int travelMinutes, int visitMinutes, int overflowMinutes,
                int lastDayEnd) {

    /** The group's workload: minutes visiting and on the road. */
    int workload() {
        return visitMinutes + travelMinutes;
    }

    /** The units whose stops spill past the last day. */
    List<String> overflowUnits(PlanningCalendar calendar) {
        return placements.stream().filter(placement -> placement.day() >= calendar.days())
                .map(placement -> placement.stop().unitCode()).toList();
    }

    static Timeline lay(PlanningCalendar calendar, TravelMatrix travel, int group, List<FixedStop> fixed, List<Stop> stops) {
        Layout layout = new Layout(calendar, travel, fixed);
        stops.forEach(layout::place);
        layout.flushFixed(Integer.MAX_VALUE);
        return layout.timeline(group);
    }

    /** The state of laying out one list: the day and minute reached, and where the group is. */
    private static final class Layout {

        private static final int NOWHERE = -1;

        private final PlanningCalendar calendar;
        private final TravelMatrix travel;
        private final List<FixedStop> fixed;
        private final List<Placement> placements = new ArrayList<>();
        private int nextFixed;
        private int day;
        private int time;
        private int place = NOWHERE;
        private int travelMinutes;
        private int visitMinutes;
        private int overflowMinutes;

        Layout(PlanningCalendar calendar, TravelMatrix travel, List<FixedStop> fixed) {
            this.calendar = calendar;
            this.travel = travel;
            this.fixed = fixed;
            this.time = calendar.dayStart();
        }

        void place(Stop stop) {
            while (true) {
                FixedStop appointment = fixedToday();
                int travelIn = place == NOWHERE ? 0 : travel.minutes(place, stop.place());
                int[] starts = calendar.fit(stop.slots(), time + travelIn);
                if (starts != null && (appointment == null || endOf(stop, starts)
                        + travel.minutes(stop.place(), appointment.stop().place()) <= appointment.start())) {
                    add(new Placement(stop, day, travelIn, starts, false));
                    return;
                }
                if (appointment != null) {
                    placeFixed(appointment);
                } else if (starts == null && place == NOWHERE && time == calendar.dayStart()) {
                    // Longer than a whole day: cannot be (the planner refuses such a problem), but
                    // laid out anyway, slot after slot, so the overflow still says so.
                    add(new Placement(stop, Math.max(day, calendar.days()), 0, backToBack(stop), false));
                    return;
                } else {
                    nextDay();
                }
            }
        }

        /** Places every fixed stop before {@code beforeDay}. */
        void flushFixed(int beforeDay) {
            while (nextFixed < fixed.size() && fixed.get(nextFixed).day() < beforeDay) {
                FixedStop appointment = fixed.get(nextFixed);
                if (appointment.day() != day) {
                    day = appointment.day();
                    place = NOWHERE;
                }
                placeFixed(appointment);
            }
        }

        private FixedStop fixedToday() {
            return nextFixed < fixed.size() && fixed.get(nextFixed).day() == day ? fixed.get(nextFixed) : null;
        }

        private void placeFixed(FixedStop appointment) {
            int travelIn = place == NOWHERE ? 0 : travel.minutes(place, appointment.stop().place());
            add(new Placement(appointment.stop(), appointment.day(), travelIn, appointment.starts(), true));
            nextFixed++;
        }

        private void nextDay() {
            flushFixed(day + 1);
            day++;
            time = calendar.dayStart();
            place = NOWHERE;
        }

        private void add(Placement placement) {
            placements.add(placement);
            travelMinutes += placement.travelBefore();
            visitMinutes += placement.stop().minutes();
            if (placement.day() >= calendar.days()) {
                overflowMinutes += placement.stop().minutes();
            }
            day = placement.day();
            time = placement.end();
            place = placement.stop().place();
        }

        private static int endOf(Stop stop, int[] starts) {
            int last = starts.length - 1;
            return starts[last] + stop.slots().get(last).minutes();
        }

        private int[] backToBack(Stop stop) {
            int[] starts = new int[stop.slots().size()];
            int at = calendar.dayStart();
            for (int i = 0; i < starts.length; i++) {
                starts[i] = at;
                at += stop.slots().get(i).minutes();
            }
            return starts;
        }

        Timeline timeline(int group) {
            int lastDayEnd = 0;
            for (Placement placement : placements) {
                if (placement.day() == calendar.lastDay()) {
                    lastDayEnd = Math.max(lastDayEnd, placement.end() - calendar.dayStart());
                }
            }
            return new Timeline(group, List.copyOf(placements), travelMinutes, visitMinutes, overflowMinutes, lastDayEnd);
        }
    }
}
