package org.xingping.reporting.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.xingping.declaration.DeclarationStatus;
import org.xingping.decision.BranchHistory;
import org.xingping.rectification.RectificationTask;
import org.xingping.scoring.Finding;
import org.xingping.standard.DeclarationKind;

/**
 * One branch on one page (支部档案): who it is, its levels over the years, this year's declaration,
 * its self score against the observed score of a rated year, the items it loses points on against
 * its peers, its problems and their rectification, and its honours.
 *
 * @param year   the rated year the score sections are of
 * @param years  the campaign years one may choose, newest first
 * @param levels the levels by year, newest first, as the level history has them
 */
public record BranchProfile(Header header, List<BranchHistory.YearOfLevel> levels, Optional<ThisYear> declaration,
                            int year, List<Integer> years, Scores scores, List<LostPoints> lostPoints,
                            List<Problem> problems, List<RectificationTask> tasks, List<HonourOfYear> honours) {

    public BranchProfile {
        levels = List.copyOf(levels);
        years = List.copyOf(years);
        lostPoints = List.copyOf(lostPoints);
        problems = List.copyOf(problems);
        tasks = List.copyOf(tasks);
        honours = List.copyOf(honours);
    }

    /**
     * Who the branch is.
     *
     * @param stars     the level of its latest recorded year; {@code null} when it holds none on record
     * @param levelYear the year of that level
     */
    public record Header(String code, String name, String unitCode, String unitName, String unitCategory,
                         String secretary, Integer members, Integer stars, Integer levelYear, boolean redFlag) {
    }

    /** The branch's declaration in the current campaign. */
    public record ThisYear(long id, int year, DeclarationKind kind, int currentLevel, int targetLevel,
                           DeclarationStatus status, BigDecimal selfScore, List<String> claims) {

        public ThisYear {
            claims = List.copyOf(claims);
        }
    }

    /**
     * Self score against observed score in a rated year.
     *
     * @param declared  the branch declared in the year (so it has self scores)
     * @param published the observed scores may be shown to this reader: always to the committee, to a
     *                  unit or branch account once the committee confirmed the year's results
     * @param observed  a group finalised its review of the branch
     * @param totalUsed the total the confirmed result used (raw or adjusted, as the committee chose)
     */
    public record Scores(boolean declared, BigDecimal selfTotal, boolean published, boolean observed,
                         BigDecimal observedTotal, BigDecimal totalUsed, Integer resultStars, String resultLevel,
                         List<SectionScores> sections) {

        public Scores {
            sections = List.copyOf(sections);
        }
    }

    /** A section of the standard with its items; observed points are null where not published or not scored. */
    public record SectionScores(String code, String name, BigDecimal max, BigDecimal self, BigDecimal observed,
                                List<ItemScores> items) {

        public SectionScores {
            items = List.copyOf(items);
        }
    }

    public record ItemScores(String code, String name, BigDecimal max, BigDecimal self, BigDecimal observed) {
    }

    /**
     * An item the branch lost points on, against the average points lost by the observed branches of
     * units of its category and by all observed branches of the year.
     *
     * @param aboveCategory how many points more than its category's average it lost (the ranking)
     */
    public record LostPoints(String code, String name, BigDecimal max, BigDecimal lost, BigDecimal categoryAverage,
                             BigDecimal allAverage, BigDecimal aboveCategory) {
    }

    /** A problem a group recorded on the branch in the year. */
    public record Problem(String itemCode, String itemName, Finding.Severity severity, String text) {
    }

    /**
     * An honour of a year: a designated honour (perhaps revoked later), or with a null {@code name}
     * the red flag the registry records for a year no designation named.
     */
    public record HonourOfYear(int year, String name, boolean revoked) {
    }
}
