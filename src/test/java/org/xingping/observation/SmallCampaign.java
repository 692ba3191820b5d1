package org.xingping.observation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.xingping.campaign.CampaignFile;
import org.xingping.campaign.CampaignFileReader;

/**
 * A campaign small enough to plan by hand: two days, two groups of two, three units (U1 and U2 on
 * one site, U3 a 15-minute drive away) and one linking branch per group. 黎明 of group 2 works in
 * U3, so group 1 must see U3.
 *
 * <p>{@link #goodPlan()} keeps every rule: group 1 sees U2, drives to U3, then sees U1-B2 as its
 * linking branch; group 2 sees U1, then walks over to U2-B1 as its linking branch.
 */
public final class SmallCampaign {

    public static final String TEXT = """
            format: xingping-campaign/1
            name: 小型观摩活动
            year: 2021
            standard: zmd-szjg-2021
            days: [2021-11-23, 2021-11-24]
            hours:
              - {from: "08:30", to: "12:00"}
              - {from: "14:30", to: "18:00"}
            groups: 2
            members_per_group: 2
            visit:
              unit_briefing_minutes: 15
              branch_minutes: {5: 8, 4: 6}
            travel:
              speed_kmh: 25
              detour_factor: 1.3
              same_site_minutes: 5
            rules:
              unit_in_one_block: true
              no_own_unit: true
              linking_branches_per_group: 1
            """;

    public static final LocalDate DAY_ONE = LocalDate.of(2021, 11, 23);
    public static final LocalDate DAY_TWO = LocalDate.of(2021, 11, 24);

    private SmallCampaign() {
    }

    public static CampaignFile campaign() {
        return CampaignFileReader.read(TEXT);
    }

    public static List<UnitToVisit> units() {
        return List.of(
                new UnitToVisit("U1", "市委办公室", "市委大院", 33.0, 114.0,
                        List.of(new BranchToVisit("U1-B1", 5), new BranchToVisit("U1-B2", 4))),
                new UnitToVisit("U2", "市委网信办", "市委大院", 33.0, 114.0, List.of(new BranchToVisit("U2-B1", 4))),
                new UnitToVisit("U3", "市教育局", "驿城区东", 33.0, 114.05, List.of(new BranchToVisit("U3-B1", 5))));
    }

    public static List<ObservationGroup> groups() {
        return List.of(
                new ObservationGroup(1, new Observer("熊杰明", "书记", null, true), List.of(new Observer("毛兰娜", "观摩员", null, false))),
                new ObservationGroup(2, new Observer("陆强艳", "副书记", null, true), List.of(new Observer("黎明", "观摩员", "U3", false))));
    }

    public static PlanningProblem problem() {
        return PlanningProblem.of(campaign(), units(), groups());
    }

    public static Visit visit(int group, LocalDate date, String start, String end, String unit, String branch) {
        return new Visit(group, date, LocalTime.parse(start), LocalTime.parse(end), unit, branch, false);
    }

    public static Visit linking(int group, LocalDate date, String start, String end, String unit, String branch) {
        return new Visit(group, date, LocalTime.parse(start), LocalTime.parse(end), unit, branch, true);
    }

    public static List<Visit> goodPlan() {
        return new ArrayList<>(List.of(
                visit(1, DAY_ONE, "08:30", "08:45", "U2", null),
                visit(1, DAY_ONE, "08:45", "08:51", "U2", "U2-B1"),
                visit(1, DAY_ONE, "09:06", "09:21", "U3", null),
                visit(1, DAY_ONE, "09:21", "09:29", "U3", "U3-B1"),
                linking(1, DAY_ONE, "09:44", "09:50", "U1", "U1-B2"),
                visit(2, DAY_ONE, "08:30", "08:45", "U1", null),
                visit(2, DAY_ONE, "08:45", "08:53", "U1", "U1-B1"),
                visit(2, DAY_ONE, "08:53", "08:59", "U1", "U1-B2"),
                linking(2, DAY_ONE, "09:04", "09:10", "U2", "U2-B1")));
    }

    /** The good plan with one visit replaced. */
    public static List<Visit> goodPlanWith(Visit replaced, Visit by) {
        List<Visit> plan = goodPlan();
        if (!plan.remove(replaced)) {
            throw new IllegalArgumentException("Not in the good plan: " + replaced);
        }
        if (by != null) {
            plan.add(by);
        }
        return plan;
    }
}
