package org.xingping.observation.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.xingping.observation.BrokenRule;
import org.xingping.observation.PlanFigures;
import org.xingping.observation.PlanVerifier;
import org.xingping.observation.PlanningOptions;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.PlanningProgress;
import org.xingping.observation.PlanningRun;
import org.xingping.observation.Visit;
import org.xingping.observation.VisitPlan;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * One planning run: the campaign split into regions ({@link Regions}), each region solved on its
 * own, several at once when there are threads for it, the solved regions put back together and
 * checked by {@link PlanVerifier}.
 *
 * <p>Two stages. First every region is constructed (each stop inserted where it costs least), in
 * a solver nothing stops: it takes a second or two a region, leaves every stop placed, and is
 * usually feasible already, so the whole campaign has a plan early. Then each region is searched
 * from there, the ones still breaking a rule first, until it stops improving, within its share of
 * the time left, or until {@link #stop()}. A stopped run therefore still returns every visit.
 */
public final class SolvingSession {

    /**
     * Late acceptance compares a move with the score this many steps ago. Timefold's default of
     * 400 wanders for long on the reference campaign (travel about the sweep plan's after 10 s);
     * 30 reaches 0.8 of it in that time and settles within a few minutes' travel of 400's best,
     * in half the time (README, Benchmarks).
     */
    private static final int LATE_ACCEPTANCE_SIZE = 30;

    private final PlanningProblem problem;
    private final PlanningOptions options;
    private final Consumer<PlanningProgress> listener;
    private final List<Solver<VisitSchedule>> searching = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;
    private long startedNanos;
    private RegionState[] states = new RegionState[0];

    public SolvingSession(PlanningProblem problem, PlanningOptions options, Consumer<PlanningProgress> listener) {
        this.problem = problem;
        this.options = options;
        this.listener = listener;
    }

    /** What makes the problem impossible before any search, in Chinese; empty when nothing does. */
    public static List<String> obstacles(PlanningProblem problem) {
        return Obstacles.of(problem);
    }

    /** The best plan found, checked; call from one thread, once. */
    public VisitPlan solve() {
        startedNanos = System.nanoTime();
        List<Region> regions = Regions.of(problem);
        ScheduleBuilder builder = new ScheduleBuilder(problem);
        states = new RegionState[regions.size()];
        for (int i = 0; i < states.length; i++) {
            states[i] = new RegionState();
        }
        int threads = Math.min(options.threads(), regions.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        List<VisitSchedule> solved;
        try {
            List<Callable<VisitSchedule>> construction = new ArrayList<>();
            for (int i = 0; i < regions.size(); i++) {
                int index = i;
                construction.add(() -> construct(index, builder.build(regions.get(index))));
            }
            List<VisitSchedule> constructed = all(pool.invokeAll(construction));
            solved = search(pool, constructed, threads);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while planning", e);
        } finally {
            pool.shutdownNow();
        }
        List<Visit> visits = new ArrayList<>();
        long broken = 0;
        long soft = 0;
        for (VisitSchedule schedule : solved) {
            visits.addAll(builder.visits(schedule));
            broken -= schedule.score().hardScore();
            soft -= schedule.score().softScore();
        }
        List<BrokenRule> brokenRules = new PlanVerifier(problem).verify(visits);
        PlanningRun run = new PlanningRun(elapsed(), firstFeasible(), stopped, regions.size(), -broken + "hard/" + -soft + "soft");
        return new VisitPlan(problem.groups(), visits, PlanFigures.of(problem, visits), brokenRules, run);
    }

    /** Ends the search; each region keeps its best plan, every stop placed. Returns at once. */
    public void stop() {
        stopped = true;
        searching.forEach(Solver::terminateEarly);
    }

    private VisitSchedule construct(int index, VisitSchedule schedule) {
        RegionState state = states[index];
        VisitSchedule constructed = solver(List.of(new ConstructionHeuristicPhaseConfig()), state).solve(schedule);
        state.constructed = true;
        record(state, constructed.score());
        return constructed;
    }

    /** Searches every region from its construction, those still breaking a rule first. */
    private List<VisitSchedule> search(ExecutorService pool, List<VisitSchedule> constructed, int threads)
            throws InterruptedException {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < constructed.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> constructed.get(i).score().isFeasible()).thenComparing(i -> i));
        AtomicInteger waiting = new AtomicInteger(order.size());
        List<Future<VisitSchedule>> searched = new ArrayList<>();
        for (int index : order) {
            searched.add(pool.submit(() -> search(index, constructed.get(index), waiting.getAndDecrement(), threads)));
        }
        List<VisitSchedule> solved = new ArrayList<>(constructed);
        for (int i = 0; i < order.size(); i++) {
            solved.set(order.get(i), get(searched.get(i)));
        }
        return solved;
    }

    private VisitSchedule search(int index, VisitSchedule constructed, int regionsLeft, int threads) {
        Optional<Duration> share = share(regionsLeft, threads);
        if (stopped || share.filter(time -> time.toMillis() <= 0).isPresent()) {
            return constructed;
        }
        TerminationConfig termination = new TerminationConfig().withUnimprovedSpentLimit(options.unimprovedLimit());
        // The solver takes whole milliseconds.
        share.ifPresent(time -> termination.setSpentLimit(Duration.ofMillis(time.toMillis())));
        Solver<VisitSchedule> solver = solver(List.of(new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                .withTerminationConfig(termination)), states[index]);
        searching.add(solver);
        try {
            return stopped ? constructed : solver.solve(constructed);
        } finally {
            searching.remove(solver);
        }
    }

    /**
     * With a time limit, a region about to be searched gets an equal part of what is left of it
     * among the regions still to search, times the threads searching at once, and never more than
     * what is left; without one, the unimproved limit alone bounds it.
     */
    private Optional<Duration> share(int regionsLeft, int threads) {
        return options.limit().map(limit -> {
            Duration left = limit.minus(elapsed());
            Duration share = left.multipliedBy(Math.min(threads, regionsLeft)).dividedBy(regionsLeft);
            return share.compareTo(left) < 0 ? share : left;
        });
    }

    private Solver<VisitSchedule> solver(List<PhaseConfig> phases, RegionState state) {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(VisitSchedule.class)
                .withEntityClasses(GroupRoute.class)
                .withConstraintProviderClass(VisitConstraints.class)
                .withPhaseList(phases);
        Solver<VisitSchedule> solver = SolverFactory.<VisitSchedule>create(config).buildSolver();
        solver.addEventListener(event -> {
            if (event.isNewBestSolutionInitialized()) {
                record(state, event.getNewBestScore());
            }
        });
        return solver;
    }

    private void record(RegionState state, Object score) {
        HardSoftLongScore best = (HardSoftLongScore) score;
        state.best = best;
        if (best.isFeasible() && state.firstFeasibleNanos == 0) {
            state.firstFeasibleNanos = System.nanoTime() - startedNanos;
        }
        report();
    }

    private synchronized void report() {
        long broken = 0;
        long soft = 0;
        int placed = 0;
        boolean feasible = true;
        for (RegionState state : states) {
            if (state.best == null || !state.constructed) {
                feasible = false;
                continue;
            }
            placed++;
            broken -= state.best.hardScore();
            soft -= state.best.softScore();
            feasible &= state.best.isFeasible();
        }
        listener.accept(new PlanningProgress(elapsed(), states.length, placed, feasible, broken, soft));
    }

    /** When every region had a feasible plan: the latest region's first feasible moment. */
    private Duration firstFeasible() {
        long latest = 0;
        for (RegionState state : states) {
            if (state.firstFeasibleNanos == 0) {
                return null;
            }
            latest = Math.max(latest, state.firstFeasibleNanos);
        }
        return Duration.ofNanos(latest);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static List<VisitSchedule> all(List<Future<VisitSchedule>> futures) throws InterruptedException {
        List<VisitSchedule> done = new ArrayList<>();
        for (Future<VisitSchedule> future : futures) {
            done.add(get(future));
        }
        return done;
    }

    private static VisitSchedule get(Future<VisitSchedule> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Planning a region failed", e.getCause());
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "visit-planner-" + count.incrementAndGet());
            // A page that has moved on or a finished command must not wait for a solver thread.
            thread.setDaemon(true);
            return thread;
        };
    }

    /** What one region's solvers have reported; written by its solver thread, read by the reporter. */
    private static final class RegionState {
        volatile HardSoftLongScore best;
        volatile boolean constructed;
        volatile long firstFeasibleNanos;
    }
}
