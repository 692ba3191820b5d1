package org.xingping.decision.calibration;

/**
 * Why a figure of the calibration cannot be computed; the words are in
 * {@code calibration.properties} (Chinese) and {@code calibration_en.properties} (English).
 */
public enum CalibrationReasonCode {
    /** No branch seen by two groups joins some groups to the others. Arguments: the number of parts, the parts listed. */
    GROUPS_NOT_CONNECTED,
    /** Only one group observed: there is no other group to compare it with. Arguments: the group. */
    ONE_GROUP,
    /** The linking branches fix the severities exactly, leaving no residual to judge their error by. */
    NO_SPARE_LINKS,
    /** Fewer than two members scored the item. Arguments: the number of members who did. */
    SINGLE_RATER,
    /** ICC(2,1) needs two branches every member scored. Arguments: the number there are. */
    TOO_FEW_COMPLETE_BRANCHES,
    /** No branch has the item scored by two members or more, so no two scores can be compared. */
    NO_PAIRABLE_SCORES,
    /** Every score is the same: agreement cannot be told from chance. Arguments: the score. */
    NO_VARIANCE
}
