package org.xingping.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The planner facade as the pages will use it: progress, pins, a stop button, and what it refuses. */
class VisitPlannerTest {

    private static final PlanningOptions TWO_SECONDS = PlanningOptions.untilNoImprovement().withTimeLimit(Duration.ofSeconds(2));

    @Test
    void plansTheSmallCampaignKeepingEveryRuleAndReportsProgress() {
        List<PlanningProgress> progress = new CopyOnWriteArrayList<>();

        VisitPlan plan = new VisitPlanner().plan(SmallCampaign.problem(), TWO_SECONDS, progress::add);

        assertThat(plan.brokenRules()).isEmpty();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.visits()).hasSize(3 + 4 + 2);
        assertThat(plan.run().firstFeasible()).isPresent();
        assertThat(progress).isNotEmpty().last().satisfies(last -> {
            assertThat(last.feasible()).isTrue();
            assertThat(last.score()).startsWith("0hard/");
        });
        assertThat(plan.itineraries()).hasSize(2);
    }

    @Test
    void keepsAVisitFixedByHandAndPlansTheRestAroundIt() {
        PinnedVisit pin = new PinnedVisit(2, SmallCampaign.DAY_TWO, LocalTime.of(14, 30), "U1");
        PlanningProblem problem = SmallCampaign.problem().withPinnedVisits(List.of(pin));

        VisitPlan plan = new VisitPlanner().plan(problem, TWO_SECONDS, progress -> { });

        assertThat(plan.brokenRules()).isEmpty();
        assertThat(plan.visits()).filteredOn(visit -> visit.unitCode().equals("U1") && !visit.linking())
                .extracting(Visit::group, Visit::date)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(2, SmallCampaign.DAY_TWO));
        assertThat(plan.visits()).filteredOn(visit -> visit.unitCode().equals("U1") && visit.isBriefing())
                .extracting(Visit::start).containsExactly(LocalTime.of(14, 30));
    }

    @Test
    void refusesBeforeAnySearchWhatCannotBePlanned() {
        PlanningProblem problem = SmallCampaign.problem()
                .withPinnedVisits(List.of(new PinnedVisit(2, SmallCampaign.DAY_ONE, LocalTime.of(9, 0), "U3")));

        PlanningImpossible impossible = catchThrowableOfType(PlanningImpossible.class,
                () -> new VisitPlanner().plan(problem, TWO_SECONDS, progress -> { }));

        assertThat(impossible.reasons()).containsExactly("固定的 U3（第 2 组 2021-11-23 09:00）：组员 黎明 须回避（本单位）");
        assertThat(VisitPlanner.obstacles(problem)).isEqualTo(impossible.reasons());
    }

    @Test
    void stoppedItReturnsSoonWithEveryVisitPlaced() throws Exception {
        VisitPlanner planner = new VisitPlanner();
        CountDownLatch constructed = new CountDownLatch(1);
        CompletableFuture<VisitPlan> planning = CompletableFuture.supplyAsync(() -> planner.plan(ReferencePlanning.problem(),
                PlanningOptions.untilNoImprovement(), progress -> {
                    if (progress.regionsPlaced() == progress.regions()) {
                        constructed.countDown();
                    }
                }));
        assertThat(constructed.await(60, TimeUnit.SECONDS)).isTrue();
        long stoppedAt = System.nanoTime();

        planner.stop();
        VisitPlan plan = planning.get(30, TimeUnit.SECONDS);

        assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(Duration.ofSeconds(5));
        assertThat(plan.run().stoppedEarly()).isTrue();
        assertThat(plan.visits()).hasSize(105 + 712 + 10);
    }
}
