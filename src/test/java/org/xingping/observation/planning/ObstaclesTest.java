package org.xingping.observation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingping.campaign.CampaignFileReader;
import org.xingping.observation.BranchToVisit;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.Observer;
import org.xingping.observation.PinnedVisit;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.Recusal;
import org.xingping.observation.ReferencePlanning;
import org.xingping.observation.SmallCampaign;
import org.xingping.observation.UnitToVisit;

/** What makes a campaign impossible before any search, each said with its figures. */
class ObstaclesTest {

    private static PlanningProblem small(String line, String replacement) {
        String text = SmallCampaign.TEXT;
        assertThat(text).contains(line);
        return PlanningProblem.of(CampaignFileReader.read(text.replace(line, replacement)), SmallCampaign.units(),
                SmallCampaign.groups());
    }

    @Test
    void theReferenceCampaignHasNone() {
        assertThat(Obstacles.of(ReferencePlanning.problem())).isEmpty();
        assertThat(Obstacles.of(SmallCampaign.problem())).isEmpty();
    }

    @Test
    void workThatJustFitsIsNone() {
        // 15 + 8 + 6, 15 + 6 and 15 + 8 of units, two linking visits of at least 6: 85 ≤ 2 groups × 2 days × 30.
        assertThat(Obstacles.of(small("  - {from: \"08:30\", to: \"12:00\"}\n  - {from: \"14:30\", to: \"18:00\"}",
                "  - {from: \"08:30\", to: \"09:00\"}"))).isEmpty();
    }

    @Test
    void moreWorkThanTheGroupsHaveTimeSaysHowManyDaysOrGroups() {
        PlanningProblem shortDays = small("  - {from: \"08:30\", to: \"12:00\"}\n  - {from: \"14:30\", to: \"18:00\"}",
                "  - {from: \"08:30\", to: \"08:50\"}");

        assertThat(Obstacles.of(shortDays)).contains("工作量 85 分钟 > 可用 80 分钟：需增加一天或一个观摩组");
    }

    @Test
    void aUnitNoGroupMaySee() {
        List<ObservationGroup> everyGroupFromU1 = List.of(
                new ObservationGroup(1, new Observer("甲", "", "U1", true), List.of()),
                new ObservationGroup(2, new Observer("乙", "", "U1", true), List.of()));
        PlanningProblem problem = PlanningProblem.of(SmallCampaign.campaign(), SmallCampaign.units(), everyGroupFromU1);

        assertThat(Obstacles.of(problem)).contains("U1 无可观摩的组：每组都有本单位人员");
        assertThat(Obstacles.of(SmallCampaign.problem().withRecordedRecusals(List.of(
                Recusal.ofBranch("熊杰明", "U2", "U2-B1", "亲属"), Recusal.ofUnit("陆强艳", "U2", "曾任职")))))
                .contains("U2 无可观摩的组：每组都有须回避的人员");
    }

    @Test
    void aUnitLongerThanADay() {
        List<BranchToVisit> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(new BranchToVisit("U9-B" + i, 5));
        }
        List<UnitToVisit> units = new ArrayList<>(SmallCampaign.units());
        units.add(new UnitToVisit("U9", "大单位", null, 33.01, 114.01, many));

        assertThat(Obstacles.of(PlanningProblem.of(SmallCampaign.campaign(), units, SmallCampaign.groups())))
                .contains("U9 需连续观摩 495 分钟（汇报和 60 个支部），一天的观摩时段（420 分钟）排不下");
    }

    @Test
    void aVisitLongerThanAnyWindow() {
        assertThat(Obstacles.of(small("branch_minutes: {5: 8, 4: 6}", "branch_minutes: {5: 240, 4: 6}")))
                .contains("5 星支部观摩 240 分钟，长于最长的观摩时段 210 分钟");
    }

    @Test
    void levelsWithoutMinutes() {
        assertThat(Obstacles.of(small("branch_minutes: {5: 8, 4: 6}", "branch_minutes: {5: 8}")))
                .containsExactly("申报 4 星的支部有 2 个（如 U1-B2），活动文件的 visit.branch_minutes 没有 4 星的观摩分钟数");
    }

    @Test
    void linkingVisitsThatCannotBeHad() {
        PlanningProblem oneGroup = PlanningProblem.of(small("groups: 2", "groups: 1").campaign(), SmallCampaign.units(),
                SmallCampaign.groups().subList(0, 1));

        assertThat(Obstacles.of(oneGroup)).contains("只有 1 个观摩组，无法安排联系支部（每组 1 个，须由另一组观摩其单位）");
        assertThat(Obstacles.of(small("linking_branches_per_group: 1", "linking_branches_per_group: 2")))
                .contains("可作联系支部的单位只有 2 个（须有两个组能观摩），少于所需的 4 个");
    }

    @Test
    void groupsThatCannotBe() {
        Observer twice = new Observer("甲", "", null, true);
        PlanningProblem problem = PlanningProblem.of(SmallCampaign.campaign(), SmallCampaign.units(), List.of(
                new ObservationGroup(1, twice, List.of()),
                new ObservationGroup(1, new Observer("乙", "", null, false), List.of(twice))));

        assertThat(Obstacles.of(problem)).contains("组号 1 重复", "第 1 组 的组长 乙 不可任组长", "观摩员 甲 同时在第 1 组和第 1 组");
    }

    @Test
    void pinsThatCannotStand() {
        PlanningProblem problem = SmallCampaign.problem().withPinnedVisits(List.of(
                new PinnedVisit(2, SmallCampaign.DAY_ONE, LocalTime.of(9, 0), "U3"),
                new PinnedVisit(1, SmallCampaign.DAY_ONE, LocalTime.of(11, 50), "U1"),
                new PinnedVisit(1, SmallCampaign.DAY_ONE.plusDays(7), LocalTime.of(9, 0), "U2"),
                new PinnedVisit(9, SmallCampaign.DAY_ONE, LocalTime.of(9, 0), "U2")));

        assertThat(Obstacles.of(problem)).containsExactly(
                "固定的 U3（第 2 组 2021-11-23 09:00）：组员 黎明 须回避（本单位）",
                "固定的 U1（第 1 组 2021-11-23 11:50）：从 11:50 起，汇报和 2 个支部不能在当天的观摩时段内依次排下（单次观摩不能跨过休息）",
                "固定的 U2（第 1 组 2021-11-30 09:00）：2021-11-30 不是观摩日期",
                "U2 被固定了不止一次",
                "固定的 U2（第 9 组 2021-11-23 09:00）：没有第 9 组");
    }

    @Test
    void pinsTooCloseForTheRoadBetweenThem() {
        PlanningProblem problem = SmallCampaign.problem().withPinnedVisits(List.of(
                new PinnedVisit(1, SmallCampaign.DAY_ONE, LocalTime.of(9, 0), "U3"),
                new PinnedVisit(1, SmallCampaign.DAY_ONE, LocalTime.of(9, 30), "U2")));

        assertThat(Obstacles.of(problem)).containsExactly("固定的 U3（至 09:23）与 U2（09:30 起）之间不够 15 分钟路程");
    }
}
