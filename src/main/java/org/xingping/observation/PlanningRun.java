package org.xingping.observation;

import java.time.Duration;
import java.util.Optional;

/**
 * How a plan was found.
 *
 * @param elapsed            from the start of planning to the plan returned
 * @param firstFeasibleAfter when every part of the campaign first had a plan keeping every hard
 *                           rule, or {@code null} when none did
 * @param stoppedEarly       whether {@link VisitPlanner#stop()} cut it short
 * @param regions            how many parts the campaign was split into and solved apart
 * @param score              the solver's last score, summed over the parts ("0hard/-5230soft")
 */
public record PlanningRun(Duration elapsed, Duration firstFeasibleAfter, boolean stoppedEarly, int regions,
                          String score) {

    public Optional<Duration> firstFeasible() {
        return Optional.ofNullable(firstFeasibleAfter);
    }
}
