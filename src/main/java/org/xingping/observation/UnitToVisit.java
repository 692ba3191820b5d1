package org.xingping.observation;

import java.util.List;
import java.util.Objects;

/**
 * A unit with declared branches: where it is, and the branches a group sees there after the
 * unit's briefing.
 *
 * @param site the office site (办公地点) as the units table names it, or {@code null}; see
 *             {@link TravelTimes} for how two units are found to share one
 */
public record UnitToVisit(String code, String name, String site, double latitude, double longitude,
                          List<BranchToVisit> branches) {

    public UnitToVisit {
        Objects.requireNonNull(code, "code");
        name = name == null ? code : name;
        site = site == null || site.isBlank() ? null : site.strip();
        branches = List.copyOf(branches);
        if (Double.isNaN(latitude) || Double.isNaN(longitude)) {
            throw new IllegalArgumentException("Unit " + code + " needs coordinates");
        }
    }
}
