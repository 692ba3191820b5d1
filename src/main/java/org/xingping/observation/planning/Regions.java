package org.xingping.observation.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.xingping.observation.ObservationGroup;
import org.xingping.observation.PinnedVisit;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.TravelTimes;
import org.xingping.observation.UnitToVisit;

/**
 * Splits a large campaign into regions solved apart: one model of a thousand units found no
 * feasible plan in ten minutes, a model per district of about a hundred did within seconds.
 *
 * <p>The split is a recursive bisection: the units are cut across the longer side of their area
 * (north–south or east–west), near where the work on either side matches half the groups, never
 * between two units at the same coordinates (a shared building stays whole); each side then gets
 * the share of the groups its work asks for.
 * Groups go to the side they are least recused from, so each side keeps groups that may see its
 * units. Then a unit fixed by hand joins its group's region, and a unit no group of its region
 * may see moves to the nearest region with one that may.
 */
final class Regions {

    /** Parts up to this size solve as one model within seconds. */
    static final int MAX_UNITS = 160;
    /** Each side keeps at least two groups, so linking visits stay possible. */
    static final int MIN_GROUPS = 2;

    private final PlanningProblem problem;
    private final Map<Integer, GroupRecusals> recusals;

    private Regions(PlanningProblem problem) {
        this.problem = problem;
        this.recusals = GroupRecusals.of(problem);
    }

    static List<Region> of(PlanningProblem problem) {
        return of(problem, MAX_UNITS);
    }

    static List<Region> of(PlanningProblem problem, int maxUnits) {
        Regions regions = new Regions(problem);
        List<UnitToVisit> visited = problem.units().stream().filter(unit -> !unit.branches().isEmpty()).toList();
        List<Region> parts = new ArrayList<>();
        regions.bisect(new Region(visited, problem.groups()), maxUnits, parts);
        if (parts.size() > 1) {
            parts = regions.followPins(parts);
            parts = regions.keepCoverable(parts);
        }
        return parts;
    }

    private void bisect(Region region, int maxUnits, List<Region> parts) {
        int groups = region.groups().size();
        if (region.units().size() <= maxUnits || groups < 2 * MIN_GROUPS) {
            parts.add(region);
            return;
        }
        int firstGroups = groups / 2;
        List<UnitToVisit> sorted = new ArrayList<>(region.units());
        ToDoubleFunction<UnitToVisit> axis = longerSide(sorted);
        sorted.sort(Comparator.comparingDouble(axis).thenComparing(UnitToVisit::code));
        int cut = cut(sorted, axis, (double) firstGroups / groups);
        List<UnitToVisit> first = sorted.subList(0, cut);
        List<UnitToVisit> second = sorted.subList(cut, sorted.size());
        // The cut moved to a gap between sites; the groups follow the work as it fell.
        double firstShare = first.stream().mapToInt(problem::unitMinutes).sum()
                / (double) sorted.stream().mapToInt(problem::unitMinutes).sum();
        firstGroups = Math.max(MIN_GROUPS, Math.min(groups - MIN_GROUPS, (int) Math.round(groups * firstShare)));
        List<List<ObservationGroup>> sides = shareGroups(region.groups(), first, second, firstGroups);
        bisect(new Region(first, sides.get(0)), maxUnits, parts);
        bisect(new Region(second, sides.get(1)), maxUnits, parts);
    }

    /** Latitude, or longitude scaled to kilometres like latitude, whichever spans more. */
    private static ToDoubleFunction<UnitToVisit> longerSide(List<UnitToVisit> units) {
        double minLat = Double.MAX_VALUE, maxLat = -Double.MAX_VALUE, minLon = Double.MAX_VALUE, maxLon = -Double.MAX_VALUE;
        for (UnitToVisit unit : units) {
            minLat = Math.min(minLat, unit.latitude());
            maxLat = Math.max(maxLat, unit.latitude());
            minLon = Math.min(minLon, unit.longitude());
            maxLon = Math.max(maxLon, unit.longitude());
        }
        double lonScale = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        return (maxLon - minLon) * lonScale > maxLat - minLat ? UnitToVisit::longitude : UnitToVisit::latitude;
    }

    /** Where the work before the cut reaches {@code share} of all, moved to the nearest gap between two places. */
    private int cut(List<UnitToVisit> sorted, ToDoubleFunction<UnitToVisit> axis, double share) {
        double total = sorted.stream().mapToInt(problem::unitMinutes).sum();
        double before = 0;
        int cut = 1;
        while (cut < sorted.size() - 1 && before + problem.unitMinutes(sorted.get(cut - 1)) < total * share) {
            before += problem.unitMinutes(sorted.get(cut - 1));
            cut++;
        }
        for (int step = 0; step < sorted.size(); step++) {
            if (isGap(sorted, axis, cut - step)) {
                return cut - step;
            }
            if (isGap(sorted, axis, cut + step)) {
                return cut + step;
            }
        }
        return cut;
    }

    private static boolean isGap(List<UnitToVisit> sorted, ToDoubleFunction<UnitToVisit> axis, int at) {
        return at >= 1 && at < sorted.size() && axis.applyAsDouble(sorted.get(at - 1)) != axis.applyAsDouble(sorted.get(at));
    }

    /** The groups least recused from the first side's units go to it, the rest to the second. */
    private List<List<ObservationGroup>> shareGroups(List<ObservationGroup> groups, List<UnitToVisit> first,
                                                     List<UnitToVisit> second, int firstGroups) {
        List<ObservationGroup> ordered = new ArrayList<>(groups);
        ordered.sort(Comparator.comparingInt((ObservationGroup group) -> recusedWork(group, first) - recusedWork(group, second))
                .thenComparingInt(ObservationGroup::number));
        List<ObservationGroup> toFirst = new ArrayList<>(ordered.subList(0, firstGroups));
        List<ObservationGroup> toSecond = new ArrayList<>(ordered.subList(firstGroups, ordered.size()));
        toFirst.sort(Comparator.comparingInt(ObservationGroup::number));
        toSecond.sort(Comparator.comparingInt(ObservationGroup::number));
        return List.of(toFirst, toSecond);
    }

    private int recusedWork(ObservationGroup group, List<UnitToVisit> units) {
        GroupRecusals ofGroup = recusals.get(group.number());
        return units.stream().filter(unit -> ofGroup.against(unit).isPresent()).mapToInt(problem::unitMinutes).sum();
    }

    private List<Region> followPins(List<Region> parts) {
        Map<String, Integer> pinnedGroup = new HashMap<>();
        for (PinnedVisit pin : problem.pinnedVisits()) {
            pinnedGroup.put(pin.unitCode(), pin.group());
        }
        return move(parts, (unit, from) -> {
            Integer group = pinnedGroup.get(unit.code());
            if (group == null) {
                return from;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).groups().stream().anyMatch(candidate -> candidate.number() == group)) {
                    return i;
                }
            }
            return from;
        });
    }

    private List<Region> keepCoverable(List<Region> parts) {
        return move(parts, (unit, from) -> {
            if (maySee(parts.get(from), unit)) {
                return from;
            }
            int nearest = from;
            double distance = Double.MAX_VALUE;
            for (int i = 0; i < parts.size(); i++) {
                double km = distance(parts.get(i), unit);
                if (i != from && maySee(parts.get(i), unit) && km < distance) {
                    nearest = i;
                    distance = km;
                }
            }
            return nearest;
        });
    }

    private boolean maySee(Region region, UnitToVisit unit) {
        return region.groups().stream().anyMatch(group -> recusals.get(group.number()).against(unit).isEmpty());
    }

    private static double distance(Region region, UnitToVisit unit) {
        double lat = region.units().stream().mapToDouble(UnitToVisit::latitude).average().orElse(unit.latitude());
        double lon = region.units().stream().mapToDouble(UnitToVisit::longitude).average().orElse(unit.longitude());
        return TravelTimes.kilometres(lat, lon, unit.latitude(), unit.longitude());
    }

    private interface Destination {
        int of(UnitToVisit unit, int from);
    }

    private static List<Region> move(List<Region> parts, Destination destination) {
        List<List<UnitToVisit>> units = new ArrayList<>();
        parts.forEach(part -> units.add(new ArrayList<>()));
        for (int from = 0; from < parts.size(); from++) {
            for (UnitToVisit unit : parts.get(from).units()) {
                units.get(destination.of(unit, from)).add(unit);
            }
        }
        List<Region> moved = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            moved.add(new Region(units.get(i), parts.get(i).groups()));
        }
        return moved;
    }
}
