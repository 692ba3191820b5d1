package org.xingping.observation.planning;

import java.util.List;
import java.util.Set;

/**
 * What a group's route is laid out and judged by, besides its list: the calendar and travel of its
 * region, the stops fixed by hand in it (sorted by day and time), what its members are recused
 * from, and how many linking visits it owes. Immutable and shared by every clone.
 */
record RouteFacts(PlanningCalendar calendar, TravelMatrix travel, List<FixedStop> fixed, Set<String> recusedUnits,
                  Set<String> recusedBranches, int linkingOwed) {

    RouteFacts {
        fixed = List.copyOf(fixed);
        recusedUnits = Set.copyOf(recusedUnits);
        recusedBranches = Set.copyOf(recusedBranches);
    }

    boolean recusedFrom(Stop stop) {
        if (recusedUnits.contains(stop.unitCode())) {
            return true;
        }
        for (String branch : stop.branchCodes()) {
            if (recusedBranches.contains(branch)) {
                return true;
            }
        }
        return false;
    }
}
