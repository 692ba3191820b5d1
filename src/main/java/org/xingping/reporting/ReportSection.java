package org.xingping.reporting;

/**
 * The parts of the review-meeting report (讲评报告) the committee may include, in the order the
 * report gives them. The annex tables are not a numbered part: they follow the body.
 */
public enum ReportSection {
    /** The campaign in numbers: units, branches, groups, days, declarations and results, against last year. */
    NUMBERS,
    /** The strongest items and units, and the highlights the groups recorded. */
    ACHIEVEMENTS,
    /** The items with the most lost points across branches, with the groups' problems as examples. */
    PROBLEMS,
    /** Each group (members, units visited, its summary) and each unit (declared, rated, problems). */
    GROUPS_AND_UNITS,
    /** What each unit must fix and by when. */
    RECTIFICATION,
    /** The confirmed results by unit and level. */
    ANNEX;

    public String messageKey() {
        return "report.section." + name();
    }
}
