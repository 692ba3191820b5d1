package org.xingping.observation;

import java.util.Comparator;
import java.util.List;

/**
 * A visit plan (观摩安排): every visit of every group, what it costs, and the hard rules it breaks
 * as {@link PlanVerifier} finds them. A plan is feasible only when it breaks none; one that is not
 * says why and must not be published.
 */
public record VisitPlan(List<ObservationGroup> groups, List<Visit> visits, PlanFigures figures,
                        List<BrokenRule> brokenRules, PlanningRun run) {

    private static final Comparator<Visit> IN_ORDER = Comparator.comparingInt(Visit::group)
            .thenComparing(Visit::date).thenComparing(Visit::start).thenComparing(Visit::end);

    public VisitPlan {
        groups = List.copyOf(groups);
        visits = visits.stream().sorted(IN_ORDER).toList();
        brokenRules = List.copyOf(brokenRules);
    }

    public boolean feasible() {
        return brokenRules.isEmpty();
    }

    public Itinerary itinerary(ObservationGroup group) {
        return new Itinerary(group, visits.stream().filter(visit -> visit.group() == group.number()).toList());
    }

    public List<Itinerary> itineraries() {
        return groups.stream().map(this::itinerary).toList();
    }
}
