package org.xingping.observation.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.ReferencePlanning;
import org.xingping.observation.UnitToVisit;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * The solver with every assertion on: after each move the incremental score must equal one
 * computed from scratch, and the solution's clones must not share what they change. This is what
 * catches a timeline cached in place or a constraint stream that forgets an update.
 */
class PlannerIntegrityTest {

    @Test
    void theIncrementalScoreAlwaysEqualsTheScoreComputedFromScratch() {
        PlanningProblem reference = ReferencePlanning.problem();
        List<UnitToVisit> someUnits = reference.units().subList(0, 40);
        VisitSchedule schedule = new ScheduleBuilder(reference).build(new Region(someUnits, reference.groups()));
        SolverConfig config = new SolverConfig()
                .withSolutionClass(VisitSchedule.class)
                .withEntityClasses(GroupRoute.class)
                .withConstraintProviderClass(VisitConstraints.class)
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(new ConstructionHeuristicPhaseConfig(),
                        new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig().withStepCountLimit(300)));

        VisitSchedule solved = SolverFactory.<VisitSchedule>create(config).buildSolver().solve(schedule);

        assertThat(solved.score().isFeasible()).isTrue();
        assertThat(solved.routes().stream().mapToInt(route -> route.stops().size()).sum()).isEqualTo(solved.stops().size());
    }
}
