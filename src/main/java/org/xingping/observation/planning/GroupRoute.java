package org.xingping.observation.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;

/**
 * One observation group's route over the whole campaign: the list variable holds its stops in the
 * order the group visits them, and {@link Timeline} turns the order into days and times.
 *
 * <p>Nothing derived is cached here. A clone of the solution shares this route's fields but for
 * the list, so a cache replaced in place on one clone would lie on another; the constraint
 * streams map each route to its timeline once per change instead, in one node every constraint
 * shares ({@link VisitConstraints#TIMELINE}).
 */
@PlanningEntity
class GroupRoute {

    @PlanningId
    private Integer number;
    private RouteFacts facts;
    @PlanningListVariable
    private List<Stop> stops;

    /** For the solver's cloning. */
    GroupRoute() {
    }

    GroupRoute(int number, RouteFacts facts) {
        this(number, facts, new ArrayList<>());
    }

    GroupRoute(int number, RouteFacts facts, List<Stop> stops) {
        this.number = number;
        this.facts = facts;
        this.stops = stops;
    }

    int number() {
        return number;
    }

    RouteFacts facts() {
        return facts;
    }

    List<Stop> stops() {
        return stops;
    }

    Timeline timeline() {
        return Timeline.lay(facts.calendar(), facts.travel(), number, facts.fixed(), stops);
    }

    /** Stops of this route that a member is recused from. */
    List<Stop> recusedStops() {
        return stops.stream().filter(facts::recusedFrom).toList();
    }

    int linkingVisits() {
        return (int) stops.stream().filter(Stop::linking).count();
    }

    /** Linking visits of a unit this group sees anyway: they compare the group with itself. */
    List<Stop> linkingOfOwnUnits() {
        Set<String> ownUnits = new HashSet<>();
        facts.fixed().forEach(fixed -> ownUnits.add(fixed.stop().unitCode()));
        stops.stream().filter(stop -> !stop.linking()).forEach(stop -> ownUnits.add(stop.unitCode()));
        return stops.stream().filter(stop -> stop.linking() && ownUnits.contains(stop.unitCode())).toList();
    }

    @Override
    public String toString() {
        return "group " + number + " " + stops;
    }
}
