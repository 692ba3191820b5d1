package org.xingping.observation.planning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingping.campaign.CampaignFile;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.PinnedVisit;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.TravelTimes;
import org.xingping.observation.UnitToVisit;
import org.xingping.observation.Visit;
import org.xingping.observation.planning.LinkingChoice.Linking;

/**
 * Maps one region of a {@link PlanningProblem} into the solver's model, and the solved model back
 * into {@link Visit}s: a stop per unit block, a stop per linking visit, a route per group with its
 * recusals and its visits fixed by hand.
 */
final class ScheduleBuilder {

    private final PlanningProblem problem;
    private final CampaignFile campaign;
    private final PlanningCalendar calendar;

    ScheduleBuilder(PlanningProblem problem) {
        this.problem = problem;
        this.campaign = problem.campaign();
        this.calendar = PlanningCalendar.of(campaign.days().size(), campaign.hours());
    }

    PlanningCalendar calendar() {
        return calendar;
    }

    VisitSchedule build(Region region) {
        List<UnitToVisit> places = region.units();
        Map<String, Integer> placeOf = new HashMap<>();
        for (int i = 0; i < places.size(); i++) {
            placeOf.put(places.get(i).code(), i);
        }
        TravelMatrix travel = TravelMatrix.of(places, new TravelTimes(campaign.travel()));
        Map<String, PinnedVisit> pins = new HashMap<>();
        problem.pinnedVisits().forEach(pin -> pins.put(pin.unitCode(), pin));

        List<Stop> stops = new ArrayList<>();
        Map<Integer, List<FixedStop>> fixed = new HashMap<>();
        for (UnitToVisit unit : places) {
            List<List<Slot>> blocks = Blocks.of(problem, unit, calendar);
            int place = placeOf.get(unit.code());
            PinnedVisit pin = pins.get(unit.code());
            if (pin != null) {
                Stop stop = new Stop(unit.code(), unit.code(), place, false, blocks.get(0));
                int day = campaign.days().indexOf(pin.date());
                int[] starts = calendar.fit(stop.slots(), pin.start().toSecondOfDay() / 60);
                fixed.computeIfAbsent(pin.group(), group -> new ArrayList<>()).add(new FixedStop(stop, day, starts));
                continue;
            }
            for (int part = 0; part < blocks.size(); part++) {
                String id = blocks.size() == 1 ? unit.code() : unit.code() + "#" + (part + 1);
                stops.add(new Stop(id, unit.code(), place, false, blocks.get(part)));
            }
        }
        Map<Integer, GroupRecusals> recusals = GroupRecusals.of(problem);
        int perGroup = campaign.rules().linkingBranchesPerGroup();
        List<GroupRecusals> regionRecusals = region.groups().stream().map(group -> recusals.get(group.number())).toList();
        for (Linking linking : LinkingChoice.choose(places, regionRecusals, perGroup * region.groups().size())) {
            Slot slot = new Slot(linking.branch().code(), problem.branchMinutes(linking.branch()));
            stops.add(new Stop(linking.branch().code() + "*", linking.unit().code(), placeOf.get(linking.unit().code()), true,
                    List.of(slot)));
        }
        List<GroupRoute> routes = new ArrayList<>();
        for (ObservationGroup group : region.groups()) {
            List<FixedStop> ofGroup = new ArrayList<>(fixed.getOrDefault(group.number(), List.of()));
            ofGroup.sort(Comparator.comparingInt(FixedStop::day).thenComparingInt(FixedStop::start));
            GroupRecusals ofGroupRecusals = recusals.get(group.number());
            routes.add(new GroupRoute(group.number(), new RouteFacts(calendar, travel, ofGroup,
                    ofGroupRecusals.byUnit().keySet(), ofGroupRecusals.byBranch().keySet(), perGroup)));
        }
        return new VisitSchedule(routes, stops);
    }

    /** The visits of a solved region, day indexes turned into dates and minutes into times. */
    List<Visit> visits(VisitSchedule schedule) {
        List<Visit> visits = new ArrayList<>();
        for (GroupRoute route : schedule.routes()) {
            for (Placement placement : route.timeline().placements()) {
                LocalDate date = date(placement.day());
                List<Slot> slots = placement.stop().slots();
                for (int i = 0; i < slots.size(); i++) {
                    int start = placement.starts()[i];
                    visits.add(new Visit(route.number(), date, time(start), time(start + slots.get(i).minutes()),
                            placement.stop().unitCode(), slots.get(i).branchCode(), placement.stop().linking()));
                }
            }
        }
        return visits;
    }

    /** A campaign day, or for a plan that spills over, the days after the last one. */
    private LocalDate date(int day) {
        List<LocalDate> days = campaign.days();
        return day < days.size() ? days.get(day) : days.get(days.size() - 1).plusDays(day - days.size() + 1L);
    }

    private static LocalTime time(int minute) {
        return LocalTime.ofSecondOfDay(Math.min(minute, 24 * 60 - 1) * 60L);
    }
}
