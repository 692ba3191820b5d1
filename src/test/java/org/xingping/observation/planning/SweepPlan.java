package org.xingping.observation.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingping.observation.PlanFigures;
import org.xingping.observation.PlanVerifier;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.UnitToVisit;
import org.xingping.observation.Visit;

/**
 * The plan staff make in Excel, as the benchmark's baseline: units swept by their bearing around
 * the city's centre, each group taking the next units until it has its share of the work (a unit
 * it is recused from goes to the next group round that may see it), each linking visit given to
 * the next group round from its unit's that still owes one, and each group's stops ordered by nearest
 * neighbour from the first in the sweep. Laid out by the planner's own timeline.
 */
final class SweepPlan {

    /** The baseline plan, and whether it keeps every hard rule. */
    record Result(List<Visit> visits, PlanFigures figures, boolean feasible) {
    }

    private SweepPlan() {
    }

    static Result of(PlanningProblem problem) {
        List<UnitToVisit> units = problem.units().stream().filter(unit -> !unit.branches().isEmpty()).toList();
        ScheduleBuilder builder = new ScheduleBuilder(problem);
        VisitSchedule schedule = builder.build(new Region(units, problem.groups()));
        Map<String, UnitToVisit> byCode = problem.unitsByCode();
        double centreLat = units.stream().mapToDouble(UnitToVisit::latitude).average().orElse(0);
        double centreLon = units.stream().mapToDouble(UnitToVisit::longitude).average().orElse(0);
        Comparator<Stop> bearing = Comparator.comparingDouble(stop -> Math.atan2(
                byCode.get(stop.unitCode()).latitude() - centreLat, byCode.get(stop.unitCode()).longitude() - centreLon));
        List<Stop> blocks = schedule.stops().stream().filter(stop -> !stop.linking()).sorted(bearing.thenComparing(Stop::id)).toList();
        List<GroupRoute> routes = schedule.routes();
        int groups = routes.size();
        double target = schedule.stops().stream().mapToInt(Stop::minutes).sum() / (double) groups;
        int[] load = new int[groups];
        Map<String, Integer> groupOfUnit = new HashMap<>();
        int sector = 0;
        for (Stop block : blocks) {
            if (sector < groups - 1 && load[sector] + block.minutes() / 2.0 > target) {
                sector++;
            }
            int route = nextThatMaySee(routes, sector, block);
            routes.get(route).stops().add(block);
            load[route] += block.minutes();
            groupOfUnit.put(block.unitCode(), route);
        }
        int[] linked = new int[groups];
        for (Stop linking : schedule.stops().stream().filter(Stop::linking).toList()) {
            int route = nextWithLinkingOwed(routes, groupOfUnit.get(linking.unitCode()), linking, linked);
            routes.get(route).stops().add(linking);
            linked[route]++;
        }
        for (GroupRoute route : routes) {
            List<Stop> ordered = nearestNeighbour(route.stops(), route.facts().travel());
            route.stops().clear();
            route.stops().addAll(ordered);
        }
        List<Visit> visits = builder.visits(schedule);
        return new Result(visits, PlanFigures.of(problem, visits), new PlanVerifier(problem).verify(visits).isEmpty());
    }

    private static int nextThatMaySee(List<GroupRoute> routes, int from, Stop stop) {
        for (int step = 0; step < routes.size(); step++) {
            int route = (from + step) % routes.size();
            if (!routes.get(route).facts().recusedFrom(stop)) {
                return route;
            }
        }
        return from % routes.size();
    }

    /** The next group round from the unit's own that may see the branch and still owes a linking visit. */
    private static int nextWithLinkingOwed(List<GroupRoute> routes, int unitsGroup, Stop linking, int[] linked) {
        for (int step = 1; step < routes.size(); step++) {
            int route = (unitsGroup + step) % routes.size();
            GroupRoute candidate = routes.get(route);
            if (!candidate.facts().recusedFrom(linking) && linked[route] < candidate.facts().linkingOwed()) {
                return route;
            }
        }
        return (unitsGroup + 1) % routes.size();
    }

    private static List<Stop> nearestNeighbour(List<Stop> stops, TravelMatrix travel) {
        List<Stop> left = new ArrayList<>(stops);
        List<Stop> ordered = new ArrayList<>();
        Stop at = left.isEmpty() ? null : left.remove(0);
        while (at != null) {
            ordered.add(at);
            Stop from = at;
            at = left.stream().min(Comparator.comparingInt((Stop stop) -> travel.minutes(from.place(), stop.place()))
                    .thenComparing(Stop::id)).orElse(null);
            left.remove(at);
        }
        return ordered;
    }
}
