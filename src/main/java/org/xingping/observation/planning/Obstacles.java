package org.xingping.observation.planning;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.xingping.campaign.CampaignFile;
import org.xingping.observation.BranchToVisit;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.Observer;
import org.xingping.observation.PinnedVisit;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.Recusal;
import org.xingping.observation.TravelTimes;
import org.xingping.observation.UnitToVisit;

/**
 * What can be known to make a plan impossible before any search: the groups themselves, minutes
 * the campaign file does not give, a visit longer than any window or a unit longer than a day,
 * more work than the groups have time, a unit no group may see, linking visits that cannot be
 * had, and visits fixed by hand that cannot stand. Each is said in Chinese with its figures.
 */
final class Obstacles {

    private final PlanningProblem problem;
    private final CampaignFile campaign;
    private final PlanningCalendar calendar;
    private final Map<Integer, GroupRecusals> recusals;
    private final List<String> found = new ArrayList<>();

    private Obstacles(PlanningProblem problem) {
        this.problem = problem;
        this.campaign = problem.campaign();
        this.calendar = PlanningCalendar.of(campaign.days().size(), campaign.hours());
        this.recusals = GroupRecusals.of(problem);
    }

    static List<String> of(PlanningProblem problem) {
        Obstacles obstacles = new Obstacles(problem);
        obstacles.checkGroups();
        if (obstacles.checkMinutesGiven()) {
            obstacles.checkLengths();
            obstacles.checkCapacity();
            obstacles.checkCoverable();
            obstacles.checkLinking();
            obstacles.checkPins();
        }
        return List.copyOf(obstacles.found);
    }

    private void checkGroups() {
        if (problem.groups().isEmpty()) {
            found.add("没有观摩组");
            return;
        }
        Map<Integer, Integer> numbers = new HashMap<>();
        Map<String, ObservationGroup> groupOf = new HashMap<>();
        for (ObservationGroup group : problem.groups()) {
            if (numbers.merge(group.number(), 1, Integer::sum) == 2) {
                found.add("组号 " + group.number() + " 重复");
            }
            if (!group.leader().mayLead()) {
                found.add(group.label() + " 的组长 " + group.leader().name() + " 不可任组长");
            }
            for (Observer observer : group.everyone()) {
                ObservationGroup earlier = groupOf.putIfAbsent(observer.name(), group);
                if (earlier != null && earlier != group) {
                    found.add("观摩员 " + observer.name() + " 同时在" + earlier.label() + "和" + group.label());
                }
            }
        }
    }

    /** Every declared level has its minutes in the campaign file; without them nothing else can be weighed. */
    private boolean checkMinutesGiven() {
        Map<Integer, List<String>> missing = new TreeMap<>();
        for (UnitToVisit unit : problem.units()) {
            for (BranchToVisit branch : unit.branches()) {
                if (campaign.visit().branchMinutes(branch.targetLevel()).isEmpty()) {
                    missing.computeIfAbsent(branch.targetLevel(), level -> new ArrayList<>()).add(branch.code());
                }
            }
        }
        missing.forEach((level, branches) -> found.add("申报 " + level + " 星的支部有 " + branches.size() + " 个（如 "
                + branches.get(0) + "），活动文件的 visit.branch_minutes 没有 " + level + " 星的观摩分钟数"));
        return missing.isEmpty();
    }

    /** A visit must fit one window, and a unit's block one day. */
    private void checkLengths() {
        int longestWindow = 0;
        for (int w = 0; w < calendar.windows(); w++) {
            longestWindow = Math.max(longestWindow, calendar.windowTo()[w] - calendar.windowFrom()[w]);
        }
        int briefing = campaign.visit().unitBriefingMinutes();
        if (briefing > longestWindow) {
            found.add("单位汇报 " + briefing + " 分钟，长于最长的观摩时段 " + longestWindow + " 分钟");
        }
        int window = longestWindow;
        campaign.visit().branchMinutesByLevel().forEach((level, minutes) -> {
            if (minutes > window) {
                found.add(level + " 星支部观摩 " + minutes + " 分钟，长于最长的观摩时段 " + window + " 分钟");
            }
        });
        if (!campaign.rules().unitInOneBlock()) {
            return;
        }
        for (UnitToVisit unit : visited()) {
            if (calendar.fit(Blocks.slotsOf(problem, unit), calendar.dayStart()) == null) {
                found.add(unit.code() + " 需连续观摩 " + problem.unitMinutes(unit) + " 分钟（汇报和 " + unit.branches().size()
                        + " 个支部），一天的观摩时段（" + campaign.minutesPerDay() + " 分钟）排不下");
            }
        }
    }

    /** "工作量 8,950 分钟 > 可用 8,400 分钟：需增加一天或一个观摩组" (travel not counted: this much is certain). */
    private void checkCapacity() {
        if (problem.groups().isEmpty()) {
            return;
        }
        int work = visited().stream().mapToInt(problem::unitMinutes).sum() + linkingMinutesAtLeast();
        int capacity = problem.groups().size() * campaign.days().size() * campaign.minutesPerDay();
        if (work <= capacity) {
            return;
        }
        int short_ = work - capacity;
        int days = ceilDiv(short_, problem.groups().size() * campaign.minutesPerDay());
        int groups = ceilDiv(short_, campaign.days().size() * campaign.minutesPerDay());
        found.add("工作量 " + grouped(work) + " 分钟 > 可用 " + grouped(capacity) + " 分钟：需增加" + count(days, "天")
                + "或" + count(groups, "个观摩组"));
    }

    private int linkingMinutesAtLeast() {
        int linking = problem.groups().size() * campaign.rules().linkingBranchesPerGroup();
        int shortest = visited().stream().flatMap(unit -> unit.branches().stream()).mapToInt(problem::branchMinutes).min().orElse(0);
        return linking * shortest;
    }

    /** "U012 无可观摩的组：每组都有本单位人员". */
    private void checkCoverable() {
        if (problem.groups().isEmpty()) {
            return;
        }
        for (UnitToVisit unit : visited()) {
            List<Recusal> blocking = new ArrayList<>();
            for (GroupRecusals group : recusals.values()) {
                group.against(unit).ifPresent(blocking::add);
            }
            if (blocking.size() == recusals.size()) {
                boolean allHome = blocking.stream().allMatch(recusal -> "本单位".equals(recusal.reason()) && recusal.branchCode() == null);
                found.add(unit.code() + " 无可观摩的组：" + (allHome ? "每组都有本单位人员" : "每组都有须回避的人员"));
            }
        }
    }

    private void checkLinking() {
        int perGroup = campaign.rules().linkingBranchesPerGroup();
        if (perGroup == 0 || problem.groups().isEmpty()) {
            return;
        }
        if (problem.groups().size() < 2) {
            found.add("只有 1 个观摩组，无法安排联系支部（每组 " + perGroup + " 个，须由另一组观摩其单位）");
            return;
        }
        int needed = problem.groups().size() * perGroup;
        long candidates = visited().stream().filter(unit -> LinkingChoice.groupsThatMaySee(unit, recusals.values()) >= 2).count();
        if (candidates < needed) {
            found.add("可作联系支部的单位只有 " + candidates + " 个（须有两个组能观摩），少于所需的 " + needed + " 个");
        }
    }

    private void checkPins() {
        Map<String, UnitToVisit> units = problem.unitsByCode();
        Map<String, Integer> times = new HashMap<>();
        Map<String, List<PinnedLayout>> byGroupAndDay = new LinkedHashMap<>();
        for (PinnedVisit pin : problem.pinnedVisits()) {
            String what = "固定的 " + pin.unitCode() + "（" + ObservationGroup.label(pin.group()) + " " + pin.date() + " " + pin.start() + "）";
            UnitToVisit unit = units.get(pin.unitCode());
            Optional<ObservationGroup> group = problem.group(pin.group());
            int day = campaign.days().indexOf(pin.date());
            if (times.merge(pin.unitCode(), 1, Integer::sum) == 2) {
                found.add(pin.unitCode() + " 被固定了不止一次");
            }
            if (unit == null || unit.branches().isEmpty()) {
                found.add(what + "：" + pin.unitCode() + " 不是有申报支部的单位");
                continue;
            }
            if (group.isEmpty()) {
                found.add(what + "：没有" + ObservationGroup.label(pin.group()));
                continue;
            }
            if (day < 0) {
                found.add(what + "：" + pin.date() + " 不是观摩日期");
                continue;
            }
            Optional<Recusal> recused = recusals.get(pin.group()).against(unit);
            if (recused.isPresent()) {
                found.add(what + "：组员 " + recused.get().observerName() + " 须回避（" + recused.get().reason() + "）");
            }
            List<Slot> slots = Blocks.slotsOf(problem, unit);
            if (Blocks.of(problem, unit, calendar).size() > 1) {
                found.add(what + "：该单位一天排不下，须分段观摩，不能整体固定");
                continue;
            }
            int start = pin.start().toSecondOfDay() / 60;
            int[] starts = calendar.fit(slots, start);
            if (starts == null || starts[0] != start) {
                found.add(what + "：从 " + pin.start() + " 起，汇报和 " + unit.branches().size()
                        + " 个支部不能在当天的观摩时段内依次排下（单次观摩不能跨过休息）");
                continue;
            }
            byGroupAndDay.computeIfAbsent(pin.group() + "/" + day, key -> new ArrayList<>())
                    .add(new PinnedLayout(unit, starts[0], starts[starts.length - 1] + slots.get(slots.size() - 1).minutes()));
        }
        TravelTimes travel = new TravelTimes(campaign.travel());
        byGroupAndDay.values().forEach(layouts -> {
            layouts.sort(Comparator.comparingInt(PinnedLayout::start));
            for (int i = 1; i < layouts.size(); i++) {
                PinnedLayout before = layouts.get(i - 1);
                PinnedLayout after = layouts.get(i);
                int road = travel.minutes(before.unit(), after.unit());
                if (before.end() + road > after.start()) {
                    found.add("固定的 " + before.unit().code() + "（至 " + clock(before.end()) + "）与 " + after.unit().code()
                            + "（" + clock(after.start()) + " 起）之间不够 " + road + " 分钟路程");
                }
            }
        });
    }

    private record PinnedLayout(UnitToVisit unit, int start, int end) {
    }

    private List<UnitToVisit> visited() {
        return problem.units().stream().filter(unit -> !unit.branches().isEmpty()).toList();
    }

    private static String clock(int minute) {
        return LocalTime.ofSecondOfDay(minute * 60L).toString();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    static String grouped(int minutes) {
        return String.format(Locale.ROOT, "%,d", minutes);
    }

    /** "一天", "两天", "3 天"; "一个观摩组", "两个观摩组", "12 个观摩组". */
    static String count(int n, String unit) {
        String[] words = {"", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};
        if (n <= 10) {
            return words[n] + unit;
        }
        return n + " " + unit;
    }
}
