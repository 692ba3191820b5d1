package org.xingping.observation.planning;

import java.util.List;

import org.xingping.campaign.VisitingHours;

/**
 * The campaign's days and daily windows in the planner's units: days by index from 0, times as
 * minutes from midnight. Days past the last campaign day exist only so that a plan that does not
 * fit can still be laid out and its overflow counted.
 */
record PlanningCalendar(int days, int[] windowFrom, int[] windowTo) {

    static PlanningCalendar of(int days, List<VisitingHours> hours) {
        int[] from = hours.stream().mapToInt(VisitingHours::fromMinute).toArray();
        int[] to = hours.stream().mapToInt(VisitingHours::toMinute).toArray();
        return new PlanningCalendar(days, from, to);
    }

    int windows() {
        return windowFrom.length;
    }

    /** The first minute of any day. */
    int dayStart() {
        return windowFrom[0];
    }

    int lastDay() {
        return days - 1;
    }

    /**
     * The start of each slot when a stop begins no earlier than {@code earliest} on a day: each
     * slot where it fits whole in a window, after the one before it; a block may continue after a
     * break, a single slot never straddles one. {@code null} when the day runs out first.
     */
    int[] fit(List<Slot> slots, int earliest) {
        int[] starts = new int[slots.size()];
        int window = 0;
        int time = earliest;
        for (int i = 0; i < slots.size(); i++) {
            int minutes = slots.get(i).minutes();
            while (true) {
                if (window >= windows()) {
                    return null;
                }
                if (time < windowFrom[window]) {
                    time = windowFrom[window];
                }
                if (time + minutes <= windowTo[window]) {
                    break;
                }
                window++;
            }
            starts[i] = time;
            time += minutes;
        }
        return starts;
    }
}
