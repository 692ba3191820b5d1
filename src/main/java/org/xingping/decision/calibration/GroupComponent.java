package org.xingping.decision.calibration;

import java.util.List;

/**
 * Groups joined, directly or through other groups, by branches two of them saw. Severity can be
 * compared within one component and never across two (Weeks &amp; Williams 1964, "A note on the
 * determination of connectedness in an N-way cross classification", Technometrics 6: the additive
 * model's group effects are estimable exactly when the design is connected).
 *
 * @param groups the groups, in the order first observed
 */
public record GroupComponent(List<String> groups) {

    public GroupComponent {
        groups = List.copyOf(groups);
    }
}
