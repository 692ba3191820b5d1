package org.xingping.decision;

import java.util.List;

/**
 * A branch's levels by year, newest first, each with every event that set or changed it: what the
 * branch, its unit and the committee read to see where a level came from.
 */
public record BranchHistory(String branchCode, String branchName, String unitCode, String unitName,
                            List<YearOfLevel> years) {

    public BranchHistory {
        years = List.copyOf(years);
    }

    /**
     * The level of one year.
     *
     * @param stars      the level that stands; {@code null} when the registry records none that year
     * @param levelName  the level's name in that year's standard, empty when no campaign rated the year
     * @param designated a designation named the branch that year, so a veto event may lower its level
     * @param honours    the honours named that year, each marked when a veto event revoked it
     */
    public record YearOfLevel(int year, Integer stars, String levelName, boolean redFlag, boolean designated,
                              List<LevelEvent> events, List<NamedHonour> honours) {

        public YearOfLevel {
            events = List.copyOf(events);
            honours = List.copyOf(honours);
        }

        /** Whether a veto event could still lower it: it was designated and has a level left. */
        public boolean lowerable() {
            return designated && stars != null && stars > 0;
        }
    }

    public record NamedHonour(String code, String name, boolean revoked) {
    }
}
