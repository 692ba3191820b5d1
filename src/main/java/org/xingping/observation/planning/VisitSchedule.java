package org.xingping.observation.planning;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The solver's view of one region: its groups' routes and the stops to share among them. */
@PlanningSolution
class VisitSchedule {

    @PlanningEntityCollectionProperty
    private List<GroupRoute> routes;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Stop> stops;
    @PlanningScore
    private HardSoftLongScore score;

    /** For the solver's cloning. */
    VisitSchedule() {
    }

    VisitSchedule(List<GroupRoute> routes, List<Stop> stops) {
        this.routes = routes;
        this.stops = stops;
    }

    List<GroupRoute> routes() {
        return routes;
    }

    List<Stop> stops() {
        return stops;
    }

    HardSoftLongScore score() {
        return score;
    }
}
