package org.xingping.observation;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long the planner may search. It always stops once the plan has not improved for
 * {@code unimprovedLimit}; with a {@code timeLimit} it also stops when that much time has passed,
 * all regions together, whichever comes first.
 *
 * @param timeLimit       the most time planning may take, or {@code null} for none
 * @param unimprovedLimit how long a region's search goes on without a better plan
 * @param threads         how many regions are solved at once
 */
public record PlanningOptions(Duration timeLimit, Duration unimprovedLimit, int threads) {

    /** Long enough for the reference campaign to settle within a few percent of its best. */
    public static final Duration DEFAULT_UNIMPROVED = Duration.ofSeconds(15);

    public PlanningOptions {
        Objects.requireNonNull(unimprovedLimit, "unimprovedLimit");
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread");
        }
        if (timeLimit != null && (timeLimit.isNegative() || timeLimit.isZero())) {
            throw new IllegalArgumentException("A time limit must be positive");
        }
    }

    /** Until the plan stops improving, with a region per processor at once. */
    public static PlanningOptions untilNoImprovement() {
        return new PlanningOptions(null, DEFAULT_UNIMPROVED, Runtime.getRuntime().availableProcessors());
    }

    public PlanningOptions withTimeLimit(Duration limit) {
        return new PlanningOptions(limit, unimprovedLimit, threads);
    }

    public PlanningOptions withUnimprovedLimit(Duration limit) {
        return new PlanningOptions(timeLimit, limit, threads);
    }

    public PlanningOptions withThreads(int count) {
        return new PlanningOptions(timeLimit, unimprovedLimit, count);
    }

    public Optional<Duration> limit() {
        return Optional.ofNullable(timeLimit);
    }
}
