package org.xingping.observation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.xingping.campaign.CampaignFile;
import org.xingping.campaign.VisitingHours;

/**
 * Checks a plan's visits against every hard rule, from the visits alone: it knows nothing of the
 * solver, its model or its constraints, so a plan the solver got wrong, one a person changed by
 * hand, and one read back from a file are all checked the same way. Each broken rule is said in
 * Chinese with the visit that breaks it.
 */
public final class PlanVerifier {

    private final PlanningProblem problem;
    private final CampaignFile campaign;
    private final TravelTimes travel;
    private final Map<String, UnitToVisit> units;
    private final Map<String, UnitToVisit> unitsByBranch;
    private final Map<String, BranchToVisit> branches = new HashMap<>();
    private final Map<Integer, ObservationGroup> groups = new LinkedHashMap<>();
    private final List<Recusal> recusals;

    public PlanVerifier(PlanningProblem problem) {
        this.problem = problem;
        this.campaign = problem.campaign();
        this.travel = new TravelTimes(campaign.travel());
        this.units = problem.unitsByCode();
        this.unitsByBranch = problem.unitsByBranch();
        problem.units().forEach(unit -> unit.branches().forEach(branch -> branches.put(branch.code(), branch)));
        problem.groups().forEach(group -> groups.put(group.number(), group));
        this.recusals = problem.recusals();
    }

    /** Every broken rule, rule by rule; empty for a plan that keeps them all. */
    public List<BrokenRule> verify(List<Visit> visits) {
        List<BrokenRule> broken = new ArrayList<>();
        List<GroupDay> days = GroupDay.of(visits);
        checkKnown(visits, broken);
        checkCoverage(visits, broken);
        if (campaign.rules().unitInOneBlock()) {
            checkBlocks(visits, days, broken);
        }
        checkDaysAndHours(visits, broken);
        checkMinutes(visits, broken);
        checkTravel(days, broken);
        checkRecusal(visits, broken);
        checkLinking(visits, broken);
        checkPins(visits, broken);
        return broken;
    }

    private void checkKnown(List<Visit> visits, List<BrokenRule> broken) {
        for (Visit visit : visits) {
            if (!groups.containsKey(visit.group())) {
                broken.add(new BrokenRule(PlanRule.COVERAGE, visit.describe() + "：没有" + ObservationGroup.label(visit.group())));
            } else if (!units.containsKey(visit.unitCode())) {
                broken.add(new BrokenRule(PlanRule.COVERAGE, visit.describe() + "：" + visit.unitCode() + " 不是有申报支部的单位"));
            } else if (!visit.isBriefing() && !visit.unitCode().equals(unitCodeOf(visit.branchCode()))) {
                broken.add(new BrokenRule(PlanRule.COVERAGE, visit.describe() + "：" + visit.branchCode() + " 不是 "
                        + visit.unitCode() + " 的申报支部"));
            }
        }
    }

    private String unitCodeOf(String branch) {
        UnitToVisit unit = unitsByBranch.get(branch);
        return unit == null ? null : unit.code();
    }

    /** Each declared branch once by one group, each unit's briefing once (when the campaign has briefings). */
    private void checkCoverage(List<Visit> visits, List<BrokenRule> broken) {
        Map<String, Integer> branchVisits = new HashMap<>();
        Map<String, Integer> briefings = new HashMap<>();
        for (Visit visit : visits) {
            if (visit.linking()) {
                continue;
            }
            if (visit.isBriefing()) {
                briefings.merge(visit.unitCode(), 1, Integer::sum);
            } else {
                branchVisits.merge(visit.branchCode(), 1, Integer::sum);
            }
        }
        boolean withBriefings = campaign.visit().unitBriefingMinutes() > 0;
        for (UnitToVisit unit : problem.units()) {
            if (unit.branches().isEmpty()) {
                continue;
            }
            int heard = briefings.getOrDefault(unit.code(), 0);
            if (withBriefings && heard != 1) {
                broken.add(new BrokenRule(PlanRule.COVERAGE, heard == 0 ? unit.code() + " 没有安排汇报"
                        : unit.code() + " 安排了 " + heard + " 次汇报"));
            }
            for (BranchToVisit branch : unit.branches()) {
                int seen = branchVisits.getOrDefault(branch.code(), 0);
                if (seen != 1) {
                    broken.add(new BrokenRule(PlanRule.COVERAGE, seen == 0 ? "支部 " + branch.code() + " 没有安排观摩"
                            : "支部 " + branch.code() + " 安排了 " + seen + " 次观摩"));
                }
            }
        }
    }

    /** A unit's briefing then all its branches: one group, one day, nothing of another unit between them. */
    private void checkBlocks(List<Visit> visits, List<GroupDay> days, List<BrokenRule> broken) {
        Map<String, Set<String>> placesByUnit = new LinkedHashMap<>();
        for (Visit visit : visits) {
            if (!visit.linking()) {
                placesByUnit.computeIfAbsent(visit.unitCode(), unit -> new TreeSet<>())
                        .add(ObservationGroup.label(visit.group()) + " " + visit.date());
            }
        }
        placesByUnit.forEach((unit, places) -> {
            if (places.size() > 1) {
                broken.add(new BrokenRule(PlanRule.ONE_BLOCK, unit + " 的观摩分在 " + String.join("、", places)));
            }
        });
        for (GroupDay day : days) {
            Map<String, int[]> span = new LinkedHashMap<>();
            List<Visit> ordered = day.visits();
            for (int i = 0; i < ordered.size(); i++) {
                Visit visit = ordered.get(i);
                if (!visit.linking()) {
                    int index = i;
                    span.merge(visit.unitCode(), new int[] {i, i, 1}, (a, b) -> new int[] {a[0], index, a[2] + 1});
                }
            }
            span.forEach((unit, range) -> {
                if (range[1] - range[0] + 1 != range[2]) {
                    Visit between = ordered.subList(range[0], range[1]).stream()
                            .filter(visit -> visit.linking() || !visit.unitCode().equals(unit)).findFirst().orElseThrow();
                    broken.add(new BrokenRule(PlanRule.ONE_BLOCK, unit + " 的观摩之间插入了 " + between.describe()));
                }
                Visit first = ordered.get(range[0]);
                if (campaign.visit().unitBriefingMinutes() > 0 && !first.isBriefing()) {
                    broken.add(new BrokenRule(PlanRule.ONE_BLOCK, unit + " 的观摩没有从汇报开始：" + first.describe()));
                }
            });
        }
    }

    private void checkDaysAndHours(List<Visit> visits, List<BrokenRule> broken) {
        Set<LocalDate> days = new HashSet<>(campaign.days());
        for (Visit visit : visits) {
            if (!days.contains(visit.date())) {
                broken.add(new BrokenRule(PlanRule.CAMPAIGN_DAYS, visit.describe() + "：" + visit.date() + " 不是观摩日期"));
                continue;
            }
            if (!visit.start().isBefore(visit.end())) {
                broken.add(new BrokenRule(PlanRule.HOURS, visit.describe() + "：结束不晚于开始"));
                continue;
            }
            boolean inside = campaign.hours().stream()
                    .anyMatch(hours -> !visit.start().isBefore(hours.from()) && !visit.end().isAfter(hours.to()));
            if (!inside) {
                broken.add(new BrokenRule(PlanRule.HOURS, visit.describe() + "：" + whereOutside(visit.start(), visit.end())));
            }
        }
    }

    private String whereOutside(LocalTime start, LocalTime end) {
        List<VisitingHours> hours = campaign.hours();
        for (int i = 1; i < hours.size(); i++) {
            LocalTime breakFrom = hours.get(i - 1).to();
            LocalTime breakTo = hours.get(i).from();
            if (start.isBefore(breakTo) && end.isAfter(breakFrom)) {
                return "跨过 " + breakFrom + "–" + breakTo + " 的休息";
            }
        }
        return "超出观摩时段 " + hours.stream().map(VisitingHours::toString).reduce((a, b) -> a + "、" + b).orElse("");
    }

    private void checkMinutes(List<Visit> visits, List<BrokenRule> broken) {
        for (Visit visit : visits) {
            int expected;
            if (visit.isBriefing()) {
                expected = campaign.visit().unitBriefingMinutes();
            } else {
                BranchToVisit branch = branches.get(visit.branchCode());
                if (branch == null || campaign.visit().branchMinutes(branch.targetLevel()).isEmpty()) {
                    continue;
                }
                expected = problem.branchMinutes(branch);
            }
            if (visit.minutes() != expected) {
                broken.add(new BrokenRule(PlanRule.MINUTES, visit.describe() + "：用时 " + visit.minutes() + " 分钟，应为 "
                        + expected + " 分钟"));
            }
        }
    }

    /** No two visits of a group overlap, and between two units there is time to get from one to the other. */
    private void checkTravel(List<GroupDay> days, List<BrokenRule> broken) {
        for (GroupDay day : days) {
            for (int i = 1; i < day.visits().size(); i++) {
                Visit before = day.visits().get(i - 1);
                Visit after = day.visits().get(i);
                UnitToVisit from = units.get(before.unitCode());
                UnitToVisit to = units.get(after.unitCode());
                int gap = (int) Duration.between(before.end(), after.start()).toMinutes();
                if (gap < 0) {
                    broken.add(new BrokenRule(PlanRule.TRAVEL, after.describe() + "：与 " + before.describe() + " 重叠"));
                } else if (from != null && to != null && gap < travel.minutes(from, to)) {
                    broken.add(new BrokenRule(PlanRule.TRAVEL, after.describe() + "：从 " + from.code() + " 到 " + to.code()
                            + " 需 " + travel.minutes(from, to) + " 分钟，只留了 " + gap + " 分钟"));
                }
            }
        }
    }

    private void checkRecusal(List<Visit> visits, List<BrokenRule> broken) {
        for (Visit visit : visits) {
            ObservationGroup group = groups.get(visit.group());
            if (group == null) {
                continue;
            }
            for (Observer observer : group.everyone()) {
                recusals.stream()
                        .filter(recusal -> recusal.observerName().equals(observer.name())
                                && recusal.covers(visit.unitCode(), visit.branchCode()))
                        .findFirst()
                        .ifPresent(recusal -> broken.add(new BrokenRule(PlanRule.RECUSAL, visit.describe() + "：组员 "
                                + observer.name() + " 须回避 " + recusal.unitCode()
                                + (recusal.branchCode() == null ? "" : " 的 " + recusal.branchCode())
                                + "（" + recusal.reason() + "）")));
            }
        }
    }

    /** Each group sees its share of linking branches, each of a unit that another group sees. */
    private void checkLinking(List<Visit> visits, List<BrokenRule> broken) {
        Map<String, Integer> groupOfUnit = new HashMap<>();
        Map<Integer, Integer> linkingByGroup = new HashMap<>();
        for (Visit visit : visits) {
            if (visit.linking()) {
                linkingByGroup.merge(visit.group(), 1, Integer::sum);
            } else {
                groupOfUnit.putIfAbsent(visit.unitCode(), visit.group());
            }
        }
        int required = campaign.rules().linkingBranchesPerGroup();
        for (ObservationGroup group : groups.values()) {
            int seen = linkingByGroup.getOrDefault(group.number(), 0);
            if (seen != required) {
                broken.add(new BrokenRule(PlanRule.LINKING, group.label() + " 安排了 " + seen + " 个联系支部，应为 " + required + " 个"));
            }
        }
        for (Visit visit : visits) {
            if (visit.linking() && Integer.valueOf(visit.group()).equals(groupOfUnit.get(visit.unitCode()))) {
                broken.add(new BrokenRule(PlanRule.LINKING, visit.describe() + "：" + visit.unitCode() + " 本由该组观摩，联系支部应看另一组的单位"));
            }
        }
    }

    private void checkPins(List<Visit> visits, List<BrokenRule> broken) {
        for (PinnedVisit pin : problem.pinnedVisits()) {
            Visit first = visits.stream().filter(visit -> !visit.linking() && visit.unitCode().equals(pin.unitCode()))
                    .min(Comparator.comparing(Visit::date).thenComparing(Visit::start)).orElse(null);
            if (first == null || first.group() != pin.group() || !first.date().equals(pin.date())
                    || !first.start().equals(pin.start())) {
                broken.add(new BrokenRule(PlanRule.PINNED, pin.unitCode() + " 固定在 " + ObservationGroup.label(pin.group()) + " "
                        + pin.date() + " " + pin.start() + " 开始，计划中"
                        + (first == null ? "没有它" : "是 " + first.describe())));
            }
        }
    }
}
