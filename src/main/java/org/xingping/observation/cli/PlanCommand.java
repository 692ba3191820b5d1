package org.xingping.observation.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;
import org.xingping.observation.BrokenRule;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.Observer;
import org.xingping.observation.PlanFigures;
import org.xingping.observation.PlanRule;
import org.xingping.observation.PlanningImpossible;
import org.xingping.observation.PlanningOptions;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.PlanningProgress;
import org.xingping.observation.Visit;
import org.xingping.observation.VisitPlan;
import org.xingping.observation.VisitPlanner;
import org.xingping.platform.table.CsvOutput;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code plan --campaign C --units F --organizations F --declarations F --observers F [--seconds N]
 * [--out F]}: plans the observation visits with no database and writes the plan as CSV. Exit 0
 * planned, 1 input refused (every problem of every file listed, nothing written), 2 wrong usage,
 * 3 no plan keeps every rule (why, with figures; nothing written).
 *
 * <p>The groups are formed from the observers table ({@link org.xingping.observation.GroupFormation}),
 * as this command has no stored groups. The CSV written to a file starts with a UTF-8 byte-order
 * mark for Excel; on standard output it has none, and the summary then goes to standard error.
 */
@Command(name = "plan", mixinStandardHelpOptions = true, sortOptions = false, version = "XingPing plan 0.1",
        resourceBundle = "org.xingping.observation.cli.PlanHelp",
        description = {
                "按观摩活动文件和单位、党组织、申报、观摩人员表排出观摩安排：哪个组哪天几点观摩哪个单位的汇报和各申报支部，含联系支部；不使用数据库，结果写成 CSV。",
                "Plans the observation visits (which group sees which unit's briefing and declared branches, when), linking visits included, with no database, and writes CSV.",
                ""},
        footer = {"",
                "表格文件可为 CSV（UTF-8 或 GB18030，可带 BOM）或 XLSX（第一个工作表），",
                "表头用英文列名或中文列名。Table files are CSV (UTF-8 or GB18030, BOM allowed)",
                "or XLSX (first sheet), with English or Chinese headers:",
                "  units:         code(编码), name(名称), category(类别), site(办公地点),",
                "                 latitude(纬度), longitude(经度)",
                "  organizations: code(编码), unit_code(单位编码), parent_code(上级组织编码),",
                "                 type(类型), name(名称), ...",
                "  declarations:  branch_code(支部编码), kind(类型), current_level(现星级),",
                "                 target_level(申报星级), ...",
                "  observers:     name(姓名), role(职务), home_unit_code(所在单位编码),",
                "                 may_lead(可任组长)",
                "",
                "观摩组由观摩人员表组成：前若干名可任组长者任组长；同一单位的人员尽量同组，",
                "使每个单位都有组可以观摩；工委人员补足；每组不超过 members_per_group 人。",
                "Groups come from the observers table: the first who may lead lead them,",
                "colleagues of one unit sit together so every unit keeps a group that may",
                "see it, the committee's staff fill the seats, members_per_group at most.",
                "",
                "输出列 Columns: group, observer_names (;分隔), date, start, end,",
                "  unit_code, branch_code (汇报为空 empty for a briefing), linking (是/否)",
                "",
                "退出码 Exit codes:",
                "  0 完成 planned",
                "  1 输入被拒绝 input refused",
                "  2 用法错误 wrong usage",
                "  3 无法排出满足全部规则的安排（说明原因和数字，不写结果）",
                "    no plan keeps every rule (why, with figures; nothing written)"})
public class PlanCommand implements Callable<Integer> {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;
    static final int INFEASIBLE = 3;

    /** How often the search says how far it got, on standard error. */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    @Spec
    CommandSpec spec;

    @Option(names = "--campaign", required = true, paramLabel = "C",
            description = {"观摩活动文件（YAML，格式 xingping-campaign/1）", "the campaign file (YAML, format xingping-campaign/1)"})
    Path campaign;

    @Option(names = "--units", required = true, paramLabel = "F", description = {"单位表（含经纬度）", "the units table (with coordinates)"})
    Path units;

    @Option(names = "--organizations", required = true, paramLabel = "F",
            description = {"党组织表：支部所属单位", "the organisations table: which unit each branch belongs to"})
    Path organizations;

    @Option(names = "--declarations", required = true, paramLabel = "F",
            description = {"申报表：要观摩的支部及其申报星级", "declarations: the branches to visit and the level they applied for"})
    Path declarations;

    @Option(names = "--observers", required = true, paramLabel = "F",
            description = {"观摩人员表：组长、组员和所在单位（回避）", "observers: leaders, members and their units (recusal)"})
    Path observers;

    @Option(names = "--seconds", paramLabel = "N",
            description = {"最多用 N 秒规划；省略时规划到结果不再改进为止",
                    "plan for at most N seconds; without it, until the plan stops improving"})
    Integer seconds;

    @Option(names = "--out", paramLabel = "F",
            description = {"结果 CSV 文件（UTF-8 带 BOM）；省略时写到标准输出（不带 BOM）", "the plan CSV (UTF-8 with BOM); standard output (no BOM) if omitted"})
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usageProblem = usageProblem();
        if (usageProblem.isPresent()) {
            err.println("用法错误：" + usageProblem.get());
            err.println("用 plan --help 查看用法。 See plan --help.");
            err.flush();
            return USAGE;
        }
        quietSolverLogging();
        PlanInput.Read input;
        try {
            input = PlanInput.read(campaign, units, organizations, declarations, observers);
        } catch (TableRefused refused) {
            return refuse(refused.problems().stream().map(TableProblem::describe).toList());
        }
        PlanningOptions options = PlanningOptions.untilNoImprovement();
        if (seconds != null) {
            options = options.withTimeLimit(Duration.ofSeconds(seconds));
        }
        VisitPlan plan;
        try {
            plan = new VisitPlanner().plan(input.problem(), options, new ProgressLine(err));
        } catch (PlanningImpossible impossible) {
            return infeasible(impossible.reasons(), List.of());
        }
        if (!plan.feasible()) {
            return infeasible(explain(input.problem(), plan), plan.brokenRules());
        }
        report(input, plan);
        return DONE;
    }

    private Optional<String> usageProblem() {
        for (Path file : new Path[] {campaign, units, organizations, declarations, observers}) {
            if (!Files.isRegularFile(file)) {
                return Optional.of("找不到文件 " + file);
            }
        }
        if (seconds != null && seconds <= 0) {
            return Optional.of("--seconds 应为正整数，而不是 " + seconds);
        }
        if (out != null && Files.isDirectory(out)) {
            return Optional.of("--out " + out + " 是目录，应为文件");
        }
        return Optional.empty();
    }

    /**
     * Without Spring nobody configures the logging, and logback's default would print each of the
     * solver's steps, and a warning from its metrics each time a second region starts; the
     * command's own lines say what a person needs.
     */
    private static void quietSolverLogging() {
        quiet("ai.timefold", ch.qos.logback.classic.Level.WARN);
        quiet("io.micrometer", ch.qos.logback.classic.Level.ERROR);
    }

    private static void quiet(String logger, ch.qos.logback.classic.Level level) {
        if (LoggerFactory.getLogger(logger) instanceof ch.qos.logback.classic.Logger quieted) {
            quieted.setLevel(level);
        }
    }

    private void report(PlanInput.Read input, VisitPlan plan) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!input.leftOut().isEmpty()) {
            err.println("提示：" + input.leftOut().stream().map(Observer::name).collect(Collectors.joining("、"))
                    + " 未分入观摩组（每组最多 " + input.problem().campaign().membersPerGroup() + " 人）");
        }
        String csv = PlanCsv.render(plan);
        if (out == null) {
            stdout.print(csv);
            stdout.flush();
            err.println(summary(plan, "已写到标准输出"));
        } else {
            CsvOutput.writeWithBom(out, csv);
            stdout.println(summary(plan, "已写入 " + out));
        }
        stdout.flush();
        err.flush();
    }

    /** "规划完成：可行，用 4 天，路程 812 分钟，工作量最长 第 2 组 1,620 分钟、最短 第 5 组 1,598 分钟；…". */
    static String summary(VisitPlan plan, String destination) {
        PlanFigures figures = plan.figures();
        long linking = plan.visits().stream().filter(Visit::linking).count();
        return "规划完成：可行，用 " + figures.daysUsed() + " 天，路程 " + minutes(figures.travelMinutes())
                + "，工作量最长 " + busiest(figures, true) + "、最短 " + busiest(figures, false)
                + "；" + plan.groups().size() + " 个组共 " + plan.visits().size() + " 次观摩（含联系支部 " + linking + " 次）"
                + "，用时 " + plan.run().elapsed().toSeconds() + " 秒；结果" + destination + "。";
    }

    private static String busiest(PlanFigures figures, boolean longest) {
        int figure = longest ? figures.longestWorkload() : figures.shortestWorkload();
        int group = figures.workloadByGroup().entrySet().stream().filter(entry -> entry.getValue() == figure)
                .map(Map.Entry::getKey).findFirst().orElse(0);
        return ObservationGroup.label(group) + " " + minutes(figure);
    }

    private static String minutes(int minutes) {
        return String.format(Locale.ROOT, "%,d 分钟", minutes);
    }

    /** Why the best plan found breaks a rule: the work against the time, then each rule broken, a few examples each. */
    private static List<String> explain(PlanningProblem problem, VisitPlan plan) {
        List<String> reasons = new ArrayList<>();
        PlanFigures figures = plan.figures();
        int visiting = plan.visits().stream().mapToInt(Visit::minutes).sum();
        reasons.add("最好的安排（搜索 " + plan.run().elapsed().toSeconds() + " 秒）仍违反规则：观摩 " + minutes(visiting)
                + " 加路程 " + minutes(figures.travelMinutes()) + "，可用 " + minutes(problem.campaign().capacityMinutes())
                + "（" + problem.groups().size() + " 个组 × " + problem.campaign().days().size() + " 天 × "
                + problem.campaign().minutesPerDay() + " 分钟）");
        Map<PlanRule, List<BrokenRule>> byRule = new LinkedHashMap<>();
        plan.brokenRules().forEach(rule -> byRule.computeIfAbsent(rule.rule(), r -> new ArrayList<>()).add(rule));
        byRule.forEach((rule, broken) -> {
            reasons.add(rule.label() + "：" + broken.size() + " 处，如 " + broken.get(0).detail());
        });
        return reasons;
    }

    private int infeasible(List<String> reasons, List<BrokenRule> broken) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("无法排出满足全部规则的观摩安排，未写出结果：");
        reasons.forEach(reason -> err.println("  " + reason));
        if (!broken.isEmpty()) {
            err.println("可增加观摩日期或观摩组，或用 --seconds 给更长的时间再试。");
        }
        err.flush();
        return INFEASIBLE;
    }

    private int refuse(List<String> problems) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("输入被拒绝，共 " + problems.size() + " 处问题，未写出结果：");
        problems.forEach(problem -> err.println("  " + problem));
        err.flush();
        return REFUSED;
    }

    /** Says how far the search got, at most every few seconds, so a long run shows it is alive. */
    private static final class ProgressLine implements java.util.function.Consumer<PlanningProgress> {

        private final PrintWriter err;
        private Duration next = PROGRESS_EVERY;

        ProgressLine(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void accept(PlanningProgress progress) {
            if (progress.elapsed().compareTo(next) < 0) {
                return;
            }
            next = progress.elapsed().plus(PROGRESS_EVERY);
            err.println("规划中：已用 " + progress.elapsed().toSeconds() + " 秒，" + progress.regionsPlaced() + "/"
                    + progress.regions() + " 个区域已排完，" + (progress.feasible() ? "已可行" : "尚不可行")
                    + "，当前最优 " + progress.score());
            err.flush();
        }
    }
}
