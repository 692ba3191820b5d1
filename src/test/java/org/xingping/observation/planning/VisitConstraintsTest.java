package org.xingping.observation.planning;

import static org.xingping.observation.planning.PlanningFixtures.BRIEFING;
import static org.xingping.observation.planning.PlanningFixtures.FIVE_STARS;
import static org.xingping.observation.planning.PlanningFixtures.blockOf;
import static org.xingping.observation.planning.PlanningFixtures.linkingVisit;
import static org.xingping.observation.planning.PlanningFixtures.referenceDays;
import static org.xingping.observation.planning.PlanningFixtures.threePlaces;
import static org.xingping.observation.planning.PlanningFixtures.unitBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.xingping.observation.planning.Justifications.LastDayEnd;
import org.xingping.observation.planning.Justifications.LinkingOfOwnUnit;
import org.xingping.observation.planning.Justifications.LinkingShare;
import org.xingping.observation.planning.Justifications.PastTheLastDay;
import org.xingping.observation.planning.Justifications.RecusedVisits;
import org.xingping.observation.planning.Justifications.Travel;
import org.xingping.observation.planning.Justifications.WorkloadDifference;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

/** One constraint at a time, on routes made by hand. */
class VisitConstraintsTest {

    private final ConstraintVerifier<VisitConstraints, VisitSchedule> verifier =
            ConstraintVerifier.build(new VisitConstraints(), VisitSchedule.class, GroupRoute.class);

    private static final PlanningCalendar ONE_DAY = referenceDays(1);

    private static GroupRoute route(int number, Stop... stops) {
        return route(number, new RouteFacts(ONE_DAY, threePlaces(), List.of(), Set.of(), Set.of(), 0), stops);
    }

    private static GroupRoute route(int number, RouteFacts facts, Stop... stops) {
        return new GroupRoute(number, facts, new ArrayList<>(List.of(stops)));
    }

    @Test
    void minutesPastTheLastDayAreBroken() {
        Stop spilled = blockOf("U2", 1, 99);
        GroupRoute route = route(1, blockOf("U1", 0, 400), spilled);

        verifier.verifyThat(VisitConstraints::visitsWithinCampaignDays).given(route)
                .justifiesWith(new PastTheLastDay(1, 99))
                .penalizesBy(99);
        verifier.verifyThat(VisitConstraints::visitsWithinCampaignDays).given(route(1, blockOf("U1", 0, 400)))
                .hasNoImpact();
    }

    @Test
    void aGroupMayNotSeeAUnitOrBranchItIsRecusedFrom() {
        Stop own = unitBlock("U1", 0, FIVE_STARS);
        Stop withARecusedBranch = unitBlock("U2", 1, FIVE_STARS);
        Stop free = unitBlock("U3", 2, FIVE_STARS);
        RouteFacts recused = new RouteFacts(ONE_DAY, threePlaces(), List.of(), Set.of("U1"), Set.of("U2-B1"), 0);

        verifier.verifyThat(VisitConstraints::noVisitToARecusedUnit).given(route(1, recused, own, withARecusedBranch, free))
                .justifiesWith(new RecusedVisits(1, List.of("U1", "U2")))
                .penalizesBy(2L * (BRIEFING + FIVE_STARS));
        verifier.verifyThat(VisitConstraints::noVisitToARecusedUnit).given(route(1, recused, free)).hasNoImpact();
    }

    @Test
    void aLinkingVisitSeesAUnitOfAnotherGroup() {
        Stop unit = unitBlock("U1", 0, FIVE_STARS);
        Stop linkingOfOwn = linkingVisit("U1-B1", "U1", 0);
        Stop linkingOfOther = linkingVisit("U3-B1", "U3", 2);

        verifier.verifyThat(VisitConstraints::linkingVisitsSeeAnotherGroupsUnit)
                .given(route(1, unit, linkingOfOwn), route(2, unitBlock("U3", 2, FIVE_STARS)))
                .justifiesWith(new LinkingOfOwnUnit(1, List.of("U1")))
                .penalizesBy(FIVE_STARS);
        verifier.verifyThat(VisitConstraints::linkingVisitsSeeAnotherGroupsUnit)
                .given(route(1, unit, linkingOfOther), route(2, unitBlock("U3", 2, FIVE_STARS)))
                .hasNoImpact();
    }

    @Test
    void aLinkingVisitBesideAUnitFixedInTheSameGroupIsBrokenToo() {
        Stop fixedUnit = unitBlock("U1", 0, FIVE_STARS);
        FixedStop fixed = new FixedStop(fixedUnit, 0, ONE_DAY.fit(fixedUnit.slots(), 9 * 60));
        RouteFacts withFixed = new RouteFacts(ONE_DAY, threePlaces(), List.of(fixed), Set.of(), Set.of(), 0);

        verifier.verifyThat(VisitConstraints::linkingVisitsSeeAnotherGroupsUnit)
                .given(route(1, withFixed, linkingVisit("U1-B1", "U1", 0)))
                .penalizesBy(FIVE_STARS);
    }

    @Test
    void eachGroupSeesItsShareOfLinkingBranches() {
        RouteFacts owesTwo = new RouteFacts(ONE_DAY, threePlaces(), List.of(), Set.of(), Set.of(), 2);
        GroupRoute oneShort = route(1, owesTwo, linkingVisit("U1-B1", "U1", 0));
        GroupRoute oneOver = route(2, owesTwo, linkingVisit("U1-B2", "U1", 0), linkingVisit("U2-B1", "U2", 1),
                linkingVisit("U3-B1", "U3", 2));
        GroupRoute exact = route(3, owesTwo, linkingVisit("U2-B2", "U2", 1), linkingVisit("U3-B2", "U3", 2));

        verifier.verifyThat(VisitConstraints::linkingShareOfEachGroup).given(oneShort, oneOver, exact)
                .justifiesWith(new LinkingShare(1, 1, 2), new LinkingShare(2, 3, 2))
                .penalizesBy(2L * VisitConstraints.LINKING_SHARE_MINUTES);
    }

    @Test
    void travelCountsEveryMinuteOnTheRoad() {
        GroupRoute route = route(1, unitBlock("U1", 0, FIVE_STARS), unitBlock("U2", 1, FIVE_STARS),
                unitBlock("U3", 2, FIVE_STARS));

        verifier.verifyThat(VisitConstraints::leastTravel).given(route)
                .justifiesWith(new Travel(1, 5 + 12))
                .penalizesBy(5 + 12);
        verifier.verifyThat(VisitConstraints::leastTravel).given(route(1, unitBlock("U1", 0, FIVE_STARS))).hasNoImpact();
    }

    @Test
    void everyPairOfGroupsWeighsTheDifferenceOfItsWorkloads() {
        GroupRoute light = route(1, blockOf("U1", 0, 100));
        GroupRoute heavy = route(2, blockOf("U2", 1, 130));
        GroupRoute sameAsLight = route(3, blockOf("U3", 2, 100));

        verifier.verifyThat(VisitConstraints::balancedWorkloads).given(light, heavy, sameAsLight)
                .justifiesWith(new WorkloadDifference(1, 100, 2, 130), new WorkloadDifference(2, 130, 3, 100))
                .penalizesBy(30 + 30);
    }

    @Test
    void theLastDayEndsAsEarlyAsItCan() {
        PlanningCalendar twoDays = referenceDays(2);
        RouteFacts facts = new RouteFacts(twoDays, threePlaces(), List.of(), Set.of(), Set.of(), 0);
        GroupRoute intoTheSecondDay = route(1, facts, blockOf("U1", 0, 400), blockOf("U2", 1, 60));
        GroupRoute withinTheFirst = route(2, facts, blockOf("U3", 2, 200));

        verifier.verifyThat(VisitConstraints::lastDayFinishesEarly).given(intoTheSecondDay, withinTheFirst)
                .justifiesWith(new LastDayEnd(1, 60))
                .penalizesBy(60);
    }
}
