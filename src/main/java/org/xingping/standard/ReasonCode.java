package org.xingping.standard;

/**
 * Why a branch did not get more, one code per step of the format's order; the words are in
 * {@code reasons.properties} (Chinese) and {@code reasons_en.properties} (English).
 */
public enum ReasonCode {
    /** Step 1: the rounded total is below the next level's min. Arguments: total, stars, min. */
    BELOW_THRESHOLD,
    /** Step 1: the total reached a level whose prerequisite does not hold. Arguments: condition code, condition name. */
    MISSING_CONDITION,
    /** Step 2: a veto caps the level. Arguments: veto code, max stars, veto name. */
    VETO_CAP,
    /** Step 2: a veto leaves the branch unrated. Arguments: veto code, veto name. */
    VETO_NOT_RATED,
    /** Step 3: never above the level applied for. Arguments: target stars. */
    DECLARATION_CAP,
    /** Step 4: never more than maxStep above the current level. Arguments: max step, current stars. */
    PROMOTION_LIMIT,
    /** Step 5: a hard quota is full. Arguments: stars, cap. */
    QUOTA_FULL,
    /** A guidance quota exceeded: a warning of the evaluation, not of a branch. Arguments: stars, count, cap. */
    GUIDANCE_QUOTA_EXCEEDED
}
