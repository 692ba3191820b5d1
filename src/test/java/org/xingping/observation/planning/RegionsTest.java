package org.xingping.observation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.PinnedVisit;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.ReferencePlanning;
import org.xingping.observation.UnitToVisit;

class RegionsTest {

    static PlanningProblem tenfold;
    static List<Region> regions;

    @BeforeAll
    static void split() {
        tenfold = TenfoldCampaign.problem();
        regions = Regions.of(tenfold);
    }

    @Test
    void theReferenceCampaignIsOneRegion() {
        assertThat(Regions.of(ReferencePlanning.problem())).hasSize(1);
    }

    @Test
    void aLargeCampaignIsSplitIntoRegionsOfAboutAHundredUnits() {
        assertThat(regions).hasSizeGreaterThan(5);
        assertThat(regions).allSatisfy(region -> {
            assertThat(region.units().size()).isBetween(60, Regions.MAX_UNITS + 40);
            assertThat(region.groups().size()).isGreaterThanOrEqualTo(Regions.MIN_GROUPS);
        });
    }

    @Test
    void everyUnitAndEveryGroupIsInExactlyOneRegion() {
        Set<String> units = new HashSet<>();
        Set<Integer> groups = new HashSet<>();
        regions.forEach(region -> {
            region.units().forEach(unit -> assertThat(units.add(unit.code())).isTrue());
            region.groups().forEach(group -> assertThat(groups.add(group.number())).isTrue());
        });
        assertThat(units).hasSize(tenfold.units().size());
        assertThat(groups).hasSize(tenfold.groups().size());
    }

    @Test
    void eachRegionHasAGroupThatMaySeeEachOfItsUnits() {
        Map<Integer, GroupRecusals> recusals = GroupRecusals.of(tenfold);
        regions.forEach(region -> region.units().forEach(unit -> assertThat(region.groups())
                .anySatisfy(group -> assertThat(recusals.get(group.number()).against(unit)).isEmpty())));
    }

    @Test
    void groupsFollowTheWorkOfTheirRegion() {
        double perGroup = tenfold.units().stream().mapToInt(tenfold::unitMinutes).sum() / (double) tenfold.groups().size();
        regions.forEach(region -> {
            double work = region.units().stream().mapToInt(tenfold::unitMinutes).sum();
            assertThat(work / region.groups().size()).isBetween(perGroup * 0.75, perGroup * 1.25);
        });
    }

    @Test
    void aUnitFixedByHandJoinsTheRegionOfItsGroup() {
        UnitToVisit far = regions.get(0).units().get(0);
        ObservationGroup elsewhere = regions.get(regions.size() - 1).groups().get(0);
        PlanningProblem pinned = tenfold.withPinnedVisits(List.of(
                new PinnedVisit(elsewhere.number(), tenfold.campaign().days().get(0), java.time.LocalTime.of(9, 0), far.code())));

        List<Region> split = Regions.of(pinned);

        assertThat(split).filteredOn(region -> region.units().contains(far))
                .singleElement().satisfies(region -> assertThat(region.groups()).contains(elsewhere));
    }
}
