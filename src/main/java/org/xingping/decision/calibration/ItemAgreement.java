package org.xingping.decision.calibration;

/**
 * How well the members of one group agreed on one item, over the branches the group saw.
 *
 * @param item the item's code
 * @param branches branches of the group with at least one score of the item
 * @param completeBranches of those, the ones every member who scored the item scored: the
 *                         branches ICC(2,1) is computed on
 * @param icc ICC(2,1) of Shrout &amp; Fleiss: two-way random, absolute agreement, single rater
 * @param alpha Krippendorff's alpha for interval data, which keeps the branches a member missed
 */
public record ItemAgreement(String item, int branches, int completeBranches, Statistic icc, Statistic alpha) {
}
