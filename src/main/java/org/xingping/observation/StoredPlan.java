package org.xingping.observation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A campaign's visit plan as kept: a draft until the committee publishes it, the visits with the
 * ones a person fixed by hand marked pinned, its figures and any rule it breaks.
 */
public record StoredPlan(long id, boolean published, boolean feasible, int daysUsed, int travelMinutes,
        List<String> brokenRules, List<Visit> visits, List<PinnedVisit> pins, Instant plannedAt, String plannedBy,
        Optional<Instant> publishedAt) {
}
