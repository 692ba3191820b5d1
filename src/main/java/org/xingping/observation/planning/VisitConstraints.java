package org.xingping.observation.planning;

import java.util.List;
import java.util.function.Function;

import org.xingping.observation.PlanRule;
import org.xingping.observation.planning.Justifications.LastDayEnd;
import org.xingping.observation.planning.Justifications.LinkingOfOwnUnit;
import org.xingping.observation.planning.Justifications.LinkingShare;
import org.xingping.observation.planning.Justifications.PastTheLastDay;
import org.xingping.observation.planning.Justifications.RecusedVisits;
import org.xingping.observation.planning.Justifications.Travel;
import org.xingping.observation.planning.Justifications.WorkloadDifference;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of a visit plan as the solver weighs them. Hard rules count broken minutes, so that a
 * plan closer to keeping a rule scores better and the search has a slope to follow; soft rules
 * count minutes too, weighted against each other.
 *
 * <p>Every declared branch visited once, and a unit's branches in one block after its briefing,
 * hold by construction (each unit is one stop in exactly one list); the hours, lunch and the
 * travel between visits hold by the timeline's layout. What is left to weigh is below.
 *
 * <p>Public only because the solver instantiates it by reflection from its own package.
 */
public final class VisitConstraints implements ConstraintProvider {

    /**
     * Each route's timeline, computed once per change of the route: every constraint starts from
     * this one function object, so Timefold's stream-node sharing gives them one map node.
     */
    static final Function<GroupRoute, Timeline> TIMELINE = GroupRoute::timeline;

    /** A linking visit owed or in excess weighs as much as this many broken minutes. */
    static final int LINKING_SHARE_MINUTES = 10;
    /** Soft weights per minute: travel counts most, then balance between groups, then the last day. */
    static final int TRAVEL_WEIGHT = 20;
    static final int BALANCE_WEIGHT = 1;
    static final int LAST_DAY_WEIGHT = 1;

    static final String TRAVEL = "路程尽量短";
    static final String BALANCE = "各组工作量均衡";
    static final String LAST_DAY = "最后一天尽早结束";
    static final String LINKING_OF_ANOTHER_GROUP = "联系支部须看另一组观摩的单位";
    static final String LINKING_SHARE = "每组观摩规定数量的联系支部";

    public VisitConstraints() {
        // instantiated by the solver
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                visitsWithinCampaignDays(factory),
                noVisitToARecusedUnit(factory),
                linkingVisitsSeeAnotherGroupsUnit(factory),
                linkingShareOfEachGroup(factory),
                leastTravel(factory),
                balancedWorkloads(factory),
                lastDayFinishesEarly(factory)
        };
    }

    private static UniConstraintStream<Timeline> timelines(ConstraintFactory factory) {
        return factory.forEach(GroupRoute.class).map(TIMELINE);
    }

    // Every visit happens on one of the campaign's days: each minute laid out past the last day is broken.
    Constraint visitsWithinCampaignDays(ConstraintFactory factory) {
        return timelines(factory)
                .filter(timeline -> timeline.overflowMinutes() > 0)
                .penalizeLong(HardSoftLongScore.ONE_HARD, Timeline::overflowMinutes)
                .justifyWith((timeline, score) -> new PastTheLastDay(timeline.group(), timeline.overflowMinutes()))
                .asConstraint(PlanRule.CAMPAIGN_DAYS.label());
    }

    // Nobody observes their own unit, nor a unit or branch they are recused from: each such stop's minutes are broken.
    Constraint noVisitToARecusedUnit(ConstraintFactory factory) {
        return factory.forEach(GroupRoute.class)
                .filter(route -> !route.recusedStops().isEmpty())
                .penalizeLong(HardSoftLongScore.ONE_HARD, route -> minutes(route.recusedStops()))
                .justifyWith((route, score) -> new RecusedVisits(route.number(), units(route.recusedStops())))
                .asConstraint(PlanRule.RECUSAL.label());
    }

    // A linking visit compares two groups, so its unit is seen by another group: each such visit's minutes are broken.
    Constraint linkingVisitsSeeAnotherGroupsUnit(ConstraintFactory factory) {
        return factory.forEach(GroupRoute.class)
                .filter(route -> !route.linkingOfOwnUnits().isEmpty())
                .penalizeLong(HardSoftLongScore.ONE_HARD, route -> minutes(route.linkingOfOwnUnits()))
                .justifyWith((route, score) -> new LinkingOfOwnUnit(route.number(), units(route.linkingOfOwnUnits())))
                .asConstraint(LINKING_OF_ANOTHER_GROUP);
    }

    // Each group sees linking_branches_per_group linking branches: each one owed or in excess is broken.
    Constraint linkingShareOfEachGroup(ConstraintFactory factory) {
        return factory.forEach(GroupRoute.class)
                .filter(route -> route.linkingVisits() != route.facts().linkingOwed())
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        route -> (long) LINKING_SHARE_MINUTES * Math.abs(route.linkingVisits() - route.facts().linkingOwed()))
                .justifyWith((route, score) -> new LinkingShare(route.number(), route.linkingVisits(), route.facts().linkingOwed()))
                .asConstraint(LINKING_SHARE);
    }

    // Groups spend as little time on the road as they can.
    Constraint leastTravel(ConstraintFactory factory) {
        return timelines(factory)
                .filter(timeline -> timeline.travelMinutes() > 0)
                .penalizeLong(HardSoftLongScore.ofSoft(TRAVEL_WEIGHT), Timeline::travelMinutes)
                .justifyWith((timeline, score) -> new Travel(timeline.group(), timeline.travelMinutes()))
                .asConstraint(TRAVEL);
    }

    // Groups carry equal workloads (visiting and travel minutes): every pair's difference counts.
    Constraint balancedWorkloads(ConstraintFactory factory) {
        return timelines(factory)
                .join(timelines(factory), Joiners.lessThan(Timeline::group))
                .filter((one, other) -> one.workload() != other.workload())
                .penalizeLong(HardSoftLongScore.ofSoft(BALANCE_WEIGHT), (one, other) -> Math.abs(one.workload() - other.workload()))
                .justifyWith((one, other, score) -> new WorkloadDifference(one.group(), one.workload(), other.group(), other.workload()))
                .asConstraint(BALANCE);
    }

    // The campaign's last day ends as early as it can: the minutes each group still works that day count.
    Constraint lastDayFinishesEarly(ConstraintFactory factory) {
        return timelines(factory)
                .filter(timeline -> timeline.lastDayEnd() > 0)
                .penalizeLong(HardSoftLongScore.ofSoft(LAST_DAY_WEIGHT), Timeline::lastDayEnd)
                .justifyWith((timeline, score) -> new LastDayEnd(timeline.group(), timeline.lastDayEnd()))
                .asConstraint(LAST_DAY);
    }

    private static long minutes(List<Stop> stops) {
        return stops.stream().mapToLong(Stop::minutes).sum();
    }

    private static List<String> units(List<Stop> stops) {
        return stops.stream().map(Stop::unitCode).toList();
    }
}
