package org.xingping.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xingping.observation.SmallCampaign.DAY_ONE;
import static org.xingping.observation.SmallCampaign.DAY_TWO;
import static org.xingping.observation.SmallCampaign.goodPlan;
import static org.xingping.observation.SmallCampaign.goodPlanWith;
import static org.xingping.observation.SmallCampaign.linking;
import static org.xingping.observation.SmallCampaign.visit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The independent check of a plan, on a plan made by hand and on that plan broken one rule at a time. */
class PlanVerifierTest {

    private static List<String> broken(PlanningProblem problem, List<Visit> visits) {
        return new PlanVerifier(problem).verify(visits).stream().map(BrokenRule::describe).toList();
    }

    private static List<String> broken(List<Visit> visits) {
        return broken(SmallCampaign.problem(), visits);
    }

    @Test
    void aPlanKeepingEveryRuleBreaksNone() {
        assertThat(broken(goodPlan())).isEmpty();
    }

    @Test
    void coverage() {
        assertThat(broken(goodPlanWith(visit(1, DAY_ONE, "09:21", "09:29", "U3", "U3-B1"), null)))
                .containsExactly("每个申报支部由一个组观摩一次：支部 U3-B1 没有安排观摩");
        assertThat(broken(goodPlanWith(visit(1, DAY_ONE, "08:30", "08:45", "U2", null), null)))
                .containsExactly("每个申报支部由一个组观摩一次：U2 没有安排汇报",
                        "一个单位的汇报和各支部由一个组在同一天连续观摩：U2 的观摩没有从汇报开始：第 1 组 2021-11-23 08:45–08:51 U2-B1");
    }

    @Test
    void oneBlock() {
        assertThat(broken(goodPlanWith(visit(1, DAY_ONE, "09:21", "09:29", "U3", "U3-B1"),
                visit(1, DAY_TWO, "08:30", "08:38", "U3", "U3-B1"))))
                .containsExactly("一个单位的汇报和各支部由一个组在同一天连续观摩：U3 的观摩分在 第 1 组 2021-11-23、第 1 组 2021-11-24",
                        "一个单位的汇报和各支部由一个组在同一天连续观摩：U3 的观摩没有从汇报开始：第 1 组 2021-11-24 08:30–08:38 U3-B1");
    }

    @Test
    void campaignDays() {
        LocalDate notACampaignDay = LocalDate.of(2021, 11, 25);
        assertThat(broken(goodPlanWith(linking(2, DAY_ONE, "09:04", "09:10", "U2", "U2-B1"),
                linking(2, notACampaignDay, "08:30", "08:36", "U2", "U2-B1"))))
                .containsExactly("观摩须在活动日期内完成：第 2 组 2021-11-25 08:30–08:36 U2-B1（联系支部）：2021-11-25 不是观摩日期");
    }

    @Test
    void hoursAndLunch() {
        assertThat(broken(goodPlanWith(linking(2, DAY_ONE, "09:04", "09:10", "U2", "U2-B1"),
                linking(2, DAY_ONE, "11:57", "12:03", "U2", "U2-B1"))))
                .containsExactly("观摩须在每天的观摩时段内，单次观摩不跨午休：第 2 组 2021-11-23 11:57–12:03 U2-B1（联系支部）："
                        + "跨过 12:00–14:30 的休息");
        assertThat(broken(goodPlanWith(linking(2, DAY_ONE, "09:04", "09:10", "U2", "U2-B1"),
                linking(2, DAY_ONE, "18:00", "18:06", "U2", "U2-B1"))))
                .containsExactly("观摩须在每天的观摩时段内，单次观摩不跨午休：第 2 组 2021-11-23 18:00–18:06 U2-B1（联系支部）："
                        + "超出观摩时段 08:30–12:00、14:30–18:00");
    }

    @Test
    void minutes() {
        assertThat(broken(goodPlanWith(visit(2, DAY_ONE, "08:45", "08:53", "U1", "U1-B1"),
                visit(2, DAY_ONE, "08:45", "08:52", "U1", "U1-B1"))))
                .containsExactly("观摩时长须符合活动文件：第 2 组 2021-11-23 08:45–08:52 U1-B1：用时 7 分钟，应为 8 分钟");
    }

    @Test
    void travel() {
        List<Visit> tooSoon = goodPlanWith(visit(1, DAY_ONE, "09:06", "09:21", "U3", null), visit(1, DAY_ONE, "09:00", "09:15", "U3", null));
        tooSoon.remove(visit(1, DAY_ONE, "09:21", "09:29", "U3", "U3-B1"));
        tooSoon.add(visit(1, DAY_ONE, "09:15", "09:23", "U3", "U3-B1"));

        assertThat(broken(tooSoon)).containsExactly("相邻两次观摩之间须留足路程时间：第 1 组 2021-11-23 09:00–09:15 U3 汇报："
                + "从 U2 到 U3 需 15 分钟，只留了 9 分钟");
    }

    @Test
    void overlappingVisits() {
        assertThat(broken(goodPlanWith(linking(1, DAY_ONE, "09:44", "09:50", "U1", "U1-B2"),
                linking(1, DAY_ONE, "09:25", "09:31", "U1", "U1-B2"))))
                .containsExactly("相邻两次观摩之间须留足路程时间：第 1 组 2021-11-23 09:25–09:31 U1-B2（联系支部）："
                        + "与 第 1 组 2021-11-23 09:21–09:29 U3-B1 重叠");
    }

    @Test
    void recusal() {
        PlanningProblem relative = SmallCampaign.problem()
                .withRecordedRecusals(List.of(Recusal.ofBranch("陆强艳", "U1", "U1-B1", "亲属任支部书记")));

        assertThat(broken(relative, goodPlan())).containsExactly("观摩员不得观摩本单位或须回避的支部："
                + "第 2 组 2021-11-23 08:45–08:53 U1-B1：组员 陆强艳 须回避 U1 的 U1-B1（亲属任支部书记）");
    }

    @Test
    void ownUnitRecusalFollowsFromTheObserversTable() {
        List<Visit> swapped = goodPlan().stream().map(visit -> new Visit(3 - visit.group(), visit.date(), visit.start(),
                visit.end(), visit.unitCode(), visit.branchCode(), visit.linking())).toList();

        assertThat(broken(swapped)).contains("观摩员不得观摩本单位或须回避的支部：第 2 组 2021-11-23 09:06–09:21 U3 汇报：组员 黎明 须回避 U3（本单位）");
    }

    @Test
    void linkingBranches() {
        assertThat(broken(goodPlanWith(linking(2, DAY_ONE, "09:04", "09:10", "U2", "U2-B1"),
                linking(2, DAY_ONE, "09:04", "09:10", "U1", "U1-B2"))))
                .containsExactly("每组观摩规定数量的联系支部，其单位由另一组观摩：第 2 组 2021-11-23 09:04–09:10 U1-B2（联系支部）："
                        + "U1 本由该组观摩，联系支部应看另一组的单位");
        assertThat(broken(goodPlanWith(linking(1, DAY_ONE, "09:44", "09:50", "U1", "U1-B2"), null)))
                .containsExactly("每组观摩规定数量的联系支部，其单位由另一组观摩：第 1 组 安排了 0 个联系支部，应为 1 个");
    }

    @Test
    void pinned() {
        PlanningProblem pinnedAtNine = SmallCampaign.problem()
                .withPinnedVisits(List.of(new PinnedVisit(2, DAY_ONE, LocalTime.of(9, 0), "U1")));
        PlanningProblem pinnedAsPlanned = SmallCampaign.problem()
                .withPinnedVisits(List.of(new PinnedVisit(2, DAY_ONE, LocalTime.of(8, 30), "U1")));

        assertThat(broken(pinnedAsPlanned, goodPlan())).isEmpty();
        assertThat(broken(pinnedAtNine, goodPlan())).containsExactly("人工固定的观摩保持不变：U1 固定在 第 2 组 2021-11-23 09:00 开始，"
                + "计划中是 第 2 组 2021-11-23 08:30–08:45 U1 汇报");
    }

    @Test
    void figuresComeFromTheVisitsAlone() {
        PlanFigures figures = PlanFigures.of(SmallCampaign.problem(), goodPlan());

        assertThat(figures.daysUsed()).isEqualTo(1);
        assertThat(figures.travelMinutes()).isEqualTo(15 + 15 + 5);
        assertThat(figures.workloadByGroup()).containsEntry(1, 15 + 6 + 15 + 15 + 8 + 15 + 6).containsEntry(2, 15 + 8 + 6 + 5 + 6);
        assertThat(figures.workloadSpread()).isEqualTo(80 - 40);
    }
}
