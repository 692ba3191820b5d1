package org.xingping.observation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a plan costs, computed from its visits alone so the pages can recompute it after a change
 * by hand.
 *
 * @param daysUsed        the campaign days on which any group visits
 * @param travelMinutes   minutes on the road, all groups together
 * @param workloadByGroup each group's visit and travel minutes, by group number
 */
public record PlanFigures(int daysUsed, int travelMinutes, Map<Integer, Integer> workloadByGroup) {

    public PlanFigures {
        workloadByGroup = Collections.unmodifiableMap(new TreeMap<>(workloadByGroup));
    }

    public static PlanFigures of(PlanningProblem problem, List<Visit> visits) {
        TravelTimes travel = new TravelTimes(problem.campaign().travel());
        Map<String, UnitToVisit> units = problem.unitsByCode();
        Map<Integer, Integer> workload = new TreeMap<>();
        problem.groups().forEach(group -> workload.put(group.number(), 0));
        Set<LocalDate> days = new HashSet<>();
        int travelMinutes = 0;
        for (GroupDay day : GroupDay.of(visits)) {
            int road = day.travelMinutes(travel, units);
            int visiting = day.visits().stream().mapToInt(Visit::minutes).sum();
            travelMinutes += road;
            workload.merge(day.group(), road + visiting, Integer::sum);
            days.add(day.date());
        }
        return new PlanFigures(days.size(), travelMinutes, workload);
    }

    public int longestWorkload() {
        return workloadByGroup.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public int shortestWorkload() {
        return workloadByGroup.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    /** Busiest minus idlest group's workload. */
    public int workloadSpread() {
        return longestWorkload() - shortestWorkload();
    }
}
