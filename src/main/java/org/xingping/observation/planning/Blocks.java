package org.xingping.observation.planning;

import java.util.ArrayList;
import java.util.List;

import org.xingping.observation.BranchToVisit;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.UnitToVisit;

/**
 * The slots of a unit's visit: its briefing, then its branches in the order declared. With
 * {@code unit_in_one_block} they are one block; without it, a unit too long for one day is cut
 * into parts that each fit the longest daily window, the briefing heading the first.
 */
final class Blocks {

    private Blocks() {
    }

    static List<Slot> slotsOf(PlanningProblem problem, UnitToVisit unit) {
        List<Slot> slots = new ArrayList<>();
        int briefing = problem.campaign().visit().unitBriefingMinutes();
        if (briefing > 0) {
            slots.add(new Slot(null, briefing));
        }
        for (BranchToVisit branch : unit.branches()) {
            slots.add(new Slot(branch.code(), problem.branchMinutes(branch)));
        }
        return slots;
    }

    static List<List<Slot>> of(PlanningProblem problem, UnitToVisit unit, PlanningCalendar calendar) {
        List<Slot> slots = slotsOf(problem, unit);
        if (problem.campaign().rules().unitInOneBlock() || calendar.fit(slots, calendar.dayStart()) != null) {
            return List.of(slots);
        }
        int longestWindow = 0;
        for (int w = 0; w < calendar.windows(); w++) {
            longestWindow = Math.max(longestWindow, calendar.windowTo()[w] - calendar.windowFrom()[w]);
        }
        List<List<Slot>> parts = new ArrayList<>();
        List<Slot> part = new ArrayList<>();
        int minutes = 0;
        for (Slot slot : slots) {
            if (!part.isEmpty() && minutes + slot.minutes() > longestWindow) {
                parts.add(List.copyOf(part));
                part.clear();
                minutes = 0;
            }
            part.add(slot);
            minutes += slot.minutes();
        }
        parts.add(List.copyOf(part));
        return parts;
    }
}
