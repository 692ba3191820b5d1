package org.xingping.observation.planning;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.xingping.observation.PlanFigures;
import org.xingping.observation.PlanningOptions;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.ReferencePlanning;
import org.xingping.observation.Visit;
import org.xingping.observation.VisitPlan;
import org.xingping.observation.VisitPlanner;

/**
 * Prints the planner's figures on the reference campaign and on one ten times larger, beside the
 * sweep-and-nearest-neighbour plan staff would make and the lower bound on days (all visiting
 * minutes over the group-minutes of a day). The reference runs twice: stopped at its 10 s goal, and
 * until the plan stops improving. Goals: the reference feasible within 10 s, in four
 * days, workloads within 30 minutes, travel at most 0.8 of the sweep plan's; the tenfold campaign
 * feasible within 120 s in a 2 GB heap. Not a test: run it with {@code -Xmx2g} (README).
 *
 * <pre>java -Xmx2g -cp target/test-classes:target/classes:$(cat target/test-classpath.txt) \
 *     org.xingping.observation.planning.PlannerBenchmark [reference|tenfold|both] [tenfold seconds] [unimproved seconds]</pre>
 */
public final class PlannerBenchmark {

    private static final Duration REFERENCE_GOAL = Duration.ofSeconds(10);

    private PlannerBenchmark() {
    }

    public static void main(String[] args) {
        ch.qos.logback.classic.Logger solver = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold");
        solver.setLevel(ch.qos.logback.classic.Level.toLevel(System.getProperty("solver.log", "WARN")));
        // Micrometer warns each time a second region's solver registers its gauges; the plan command hides it too.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.micrometer")).setLevel(ch.qos.logback.classic.Level.ERROR);
        String which = args.length > 0 ? args[0] : "both";
        int tenfoldSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 180;
        Duration unimproved = args.length > 2 ? Duration.ofSeconds(Integer.parseInt(args[2])) : PlanningOptions.DEFAULT_UNIMPROVED;
        System.out.printf(Locale.ROOT, "processors %d, max heap %d MB, load average %.1f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, loadAverage());
        if (!which.equals("tenfold")) {
            // The goal is a plan within 10 s: first what the plan is when stopped there, then where it settles.
            run("reference, stopped at 10 s", ReferencePlanning::problem, PlanningOptions.untilNoImprovement()
                    .withUnimprovedLimit(unimproved).withTimeLimit(REFERENCE_GOAL));
            run("reference", ReferencePlanning::problem, PlanningOptions.untilNoImprovement().withUnimprovedLimit(unimproved));
        }
        if (!which.equals("reference")) {
            run("tenfold", TenfoldCampaign::problem, PlanningOptions.untilNoImprovement().withUnimprovedLimit(unimproved)
                    .withTimeLimit(Duration.ofSeconds(tenfoldSeconds)));
        }
    }

    private static void run(String name, Supplier<PlanningProblem> instance, PlanningOptions options) {
        PlanningProblem problem = instance.get();
        int branches = problem.units().stream().mapToInt(unit -> unit.branches().size()).sum();
        System.out.printf("%n== %s: %d units, %d branches, %d groups, %d days ==%n", name, problem.units().size(), branches,
                problem.groups().size(), problem.campaign().days().size());

        SweepPlan.Result sweep = SweepPlan.of(problem);
        resetPeaks();
        VisitPlan plan = new VisitPlanner().plan(problem, options, progress -> { });
        long peak = peakHeap();

        double visiting = plan.visits().stream().mapToInt(Visit::minutes).sum();
        double lowerBound = visiting / (problem.groups().size() * problem.campaign().minutesPerDay());
        System.out.printf("%-22s %-9s %5s %8s %8s %12s %12s %9s%n", "", "feasible", "days", "travel", "spread",
                "1st feasible", "final", "peak heap");
        print("planner (" + plan.run().regions() + " regions)", plan.feasible(), plan.figures(),
                plan.run().firstFeasible().map(PlannerBenchmark::seconds).orElse("never"), seconds(plan.run().elapsed()),
                (peak >> 20) + " MB");
        print("sweep + nearest", sweep.feasible(), sweep.figures(), "-", "-", "-");
        System.out.println("  sweep workloads " + sweep.figures().workloadByGroup().values().stream().limit(10).toList()
                + ", planner workloads " + plan.figures().workloadByGroup().values().stream().limit(10).toList());
        System.out.printf(Locale.ROOT, "%-22s %-9s %5.2f%n", "lower bound", "", lowerBound);
        System.out.printf(Locale.ROOT, "travel planner/sweep %.2f; score %s; load average %.1f; stopped by %s%n",
                (double) plan.figures().travelMinutes() / sweep.figures().travelMinutes(), plan.run().score(), loadAverage(),
                options.limit().map(limit -> "no improvement or " + limit.toSeconds() + " s").orElse("no improvement for "
                        + options.unimprovedLimit().toSeconds() + " s"));
        if (!plan.feasible()) {
            plan.brokenRules().stream().limit(10).forEach(rule -> System.out.println("  " + rule.describe()));
        }
    }

    private static void print(String who, boolean feasible, PlanFigures figures, String first, String last, String peak) {
        System.out.printf(Locale.ROOT, "%-22s %-9s %5d %8d %8d %12s %12s %9s%n", who, feasible ? "yes" : "NO",
                figures.daysUsed(), figures.travelMinutes(), figures.workloadSpread(), first, last, peak);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Times on a shared machine say little without how busy it was: the last minute's run queue. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of each heap pool's peak since the reset: an upper bound on the heap in use at once. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
