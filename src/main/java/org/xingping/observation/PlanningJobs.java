package org.xingping.observation;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * The solver runs the committee starts from the plan page, one per campaign at a time, in the
 * background: the page polls their progress and can stop them; a finished run becomes the
 * campaign's draft. Runs live in this instance's memory, so the page that started one polls the
 * instance that runs it (sessions stick to nothing else).
 */
@Service
public class PlanningJobs {

    private static final Logger log = LoggerFactory.getLogger(PlanningJobs.class);

    /** Where a run stands, for the page. */
    public record Status(boolean running, Optional<PlanningProgress> progress, Optional<String> outcome,
            List<String> obstacles) {
    }

    private final ObservationManagement observation;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "visit-planner");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();

    PlanningJobs(ObservationManagement observation) {
        this.observation = observation;
    }

    private static final class Job {
        final VisitPlanner planner = new VisitPlanner();
        volatile PlanningProgress progress;
        volatile boolean running = true;
        volatile String outcome;
        volatile List<String> obstacles = List.of();
    }

    /**
     * Starts planning a campaign unless a run is on; what can be known before solving (too much
     * work, a unit no group may see) comes back at once as the run's obstacles.
     */
    public Status start(int year, Duration limit) {
        Job running = jobs.get(year);
        if (running != null && running.running) {
            return status(year);
        }
        PlanningProblem problem = observation.problem(year);
        Job job = new Job();
        jobs.put(year, job);
        List<String> obstacles = VisitPlanner.obstacles(problem);
        if (!obstacles.isEmpty()) {
            job.obstacles = obstacles;
            job.running = false;
            return status(year);
        }
        Set<String> pinned = new HashSet<>();
        problem.pinnedVisits().forEach(pin -> pinned.add(pin.unitCode()));
        PlanningOptions options = PlanningOptions.untilNoImprovement().withTimeLimit(limit)
                .withUnimprovedLimit(Duration.ofSeconds(10)).withThreads(1);
        runner.submit(new DelegatingSecurityContextRunnable(() -> {
            try {
                VisitPlan plan = job.planner.plan(problem, options, progress -> job.progress = progress);
                observation.saveDraft(year, plan.visits(), pinned);
                job.outcome = plan.feasible() ? "feasible" : "infeasible";
            } catch (PlanningImpossible impossible) {
                job.obstacles = impossible.reasons();
            } catch (RuntimeException failure) {
                log.error("Planning the {} campaign failed", year, failure);
                job.outcome = "failed";
            } finally {
                job.running = false;
            }
        }));
        return status(year);
    }

    public void stop(int year) {
        Job job = jobs.get(year);
        if (job != null) {
            job.planner.stop();
        }
    }

    public Status status(int year) {
        Job job = jobs.get(year);
        if (job == null) {
            return new Status(false, Optional.empty(), Optional.empty(), List.of());
        }
        return new Status(job.running, Optional.ofNullable(job.progress), Optional.ofNullable(job.outcome),
                job.obstacles);
    }

    @PreDestroy
    void shutdown() {
        jobs.values().forEach(job -> job.planner.stop());
        runner.shutdownNow();
    }
}
