package org.xingping.organization;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules of an organisation's own fields, shared by the form and the import. */
final class OrganizationRules {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private OrganizationRules() {
    }

    /**
     * Levels are 0–5 stars, one per year; a red-flag branch (红旗党支部) is the honour above five
     * stars, so a red flag without five stars that year is a mistake.
     */
    static void checkLevels(List<OrganizationLevel> levels, List<Refusal> refusals) {
        Set<Integer> years = new HashSet<>();
        for (OrganizationLevel level : levels) {
            if (level.year() < FIRST_YEAR || level.year() > LAST_YEAR) {
                refusals.add(new Refusal("level_" + level.year(), "rule.levelYear", level.year()));
            }
            if (!years.add(level.year())) {
                refusals.add(new Refusal("level_" + level.year(), "rule.levelYearTwice", level.year()));
            }
            if (level.redFlag() && level.stars() != 5) {
                refusals.add(new Refusal("red_flag_" + level.year(), "rule.redFlagNeedsFiveStars", level.year(),
                        level.stars()));
            }
        }
    }
}
