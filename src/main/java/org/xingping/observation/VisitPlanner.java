package org.xingping.observation;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.xingping.observation.planning.SolvingSession;

/**
 * Plans the observation visits of a campaign: which group sees which unit, on which day, from
 * when to when, with the linking visits, keeping every hard rule of the campaign and spending as
 * little time on the road as it can, with workloads balanced and the last day finishing early.
 * Plain Java: a page runs it on a thread of its own, shows its progress and may {@link #stop()} it;
 * the {@code plan} command runs it in the foreground.
 *
 * <pre>{@code
 * VisitPlanner planner = new VisitPlanner();
 * VisitPlan plan = planner.plan(problem, PlanningOptions.untilNoImprovement(), progress -> show(progress));
 * if (!plan.feasible()) { plan.brokenRules().forEach(rule -> say(rule.describe())); }
 * }</pre>
 *
 * One planner plans once at a time; make one per run.
 */
public final class VisitPlanner {

    private volatile SolvingSession session;
    private volatile boolean stopped;

    /** What makes the problem impossible before any search, each reason in Chinese with its figures. */
    public static List<String> obstacles(PlanningProblem problem) {
        return SolvingSession.obstacles(problem);
    }

    /**
     * The best plan found within the options' limits. Never feasible unless it keeps every hard
     * rule as {@link PlanVerifier} checks it.
     *
     * @param progress told each time the best plan improves, from the solver's threads
     * @throws PlanningImpossible when {@link #obstacles} finds any reason, before any search
     */
    public VisitPlan plan(PlanningProblem problem, PlanningOptions options, Consumer<PlanningProgress> progress) {
        Objects.requireNonNull(progress, "progress");
        List<String> obstacles = obstacles(problem);
        if (!obstacles.isEmpty()) {
            throw new PlanningImpossible(obstacles);
        }
        SolvingSession current = new SolvingSession(problem, options, progress);
        session = current;
        if (stopped) {
            current.stop();
        }
        try {
            return current.solve();
        } finally {
            session = null;
        }
    }

    /** Cuts the search short: {@link #plan} returns the best plan so far, complete, soon after. */
    public void stop() {
        stopped = true;
        SolvingSession current = session;
        if (current != null) {
            current.stop();
        }
    }
}
