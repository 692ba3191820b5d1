package org.xingping.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GroupFormationTest {

    private static Observer leader(String name) {
        return new Observer(name, "委员", null, true);
    }

    private static Observer from(String name, String unit) {
        return new Observer(name, "观摩员", unit, false);
    }

    private static Observer staff(String name) {
        return new Observer(name, "干部", null, false);
    }

    @Test
    void theFirstWhoMayLeadLeadInTheTablesOrder() {
        List<ObservationGroup> groups = GroupFormation.form(2, 2, List.of(staff("甲"), leader("乙"), leader("丙"), leader("丁")))
                .groups();

        assertThat(groups).extracting(group -> group.leader().name()).containsExactly("乙", "丙");
        // Past the groups' number, one who may lead is a member like anyone else.
        assertThat(groups.get(0).members()).extracting(Observer::name).containsExactly("甲");
        assertThat(groups.get(1).members()).extracting(Observer::name).containsExactly("丁");
    }

    @Test
    void colleaguesOfOneUnitSitTogetherSoTheOtherGroupsMaySeeTheirUnit() {
        List<ObservationGroup> groups = GroupFormation.form(3, 3, List.of(leader("甲"), leader("乙"), leader("丙"),
                from("一", "U1"), from("二", "U2"), from("三", "U1"), from("四", "U2"), staff("五"), staff("六"))).groups();

        assertThat(groups).extracting(group -> group.members().stream().map(Observer::name).toList())
                .containsExactly(List.of("一", "三"), List.of("二", "四"), List.of("五", "六"));
    }

    @Test
    void sizesFollowMembersPerGroupAndWhoFindsNoSeatIsSaid() {
        GroupFormation.Formed formed = GroupFormation.form(2, 2, List.of(leader("甲"), leader("乙"), staff("一"), staff("二"), staff("三")));

        assertThat(formed.groups()).allSatisfy(group -> assertThat(group.everyone()).hasSize(2));
        assertThat(formed.leftOut()).extracting(Observer::name).containsExactly("三");
    }

    @Test
    void fewerPeopleLeaveGroupsWithinOneOfEachOther() {
        List<ObservationGroup> groups = GroupFormation.form(3, 4, List.of(leader("甲"), leader("乙"), leader("丙"),
                staff("一"), staff("二"), staff("三"), staff("四"))).groups();

        assertThat(groups).extracting(group -> group.everyone().size()).containsExactly(3, 2, 2);
    }

    @Test
    void moreGroupsThanPeopleWhoMayLeadIsSaidWithTheFigures() {
        assertThat(GroupFormation.obstacle(5, List.of(leader("甲"), leader("乙"), staff("丙"))))
                .contains("观摩组 5 个，可任组长的只有 2 人");
    }

    @Test
    void theReferenceObserversFormFiveGroupsOfFourEachUnitLeftToFourGroups() {
        List<ObservationGroup> groups = ReferencePlanning.groups();

        assertThat(groups).hasSize(5).allSatisfy(group -> assertThat(group.everyone()).hasSize(4));
        assertThat(groups).extracting(group -> group.leader().name()).containsExactly("熊杰明", "陆强艳", "钱勇", "乔海", "萧勇强");
    }
}
