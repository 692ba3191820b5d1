package org.xingping.scoring;

/**
 * A group finalised its review of a branch: every member's sheet is FINALISED and the branch's
 * item scores (consolidated, or the leader's consensus) stand for the decision that follows.
 */
public record BranchReviewed(int year, String branchCode, int group) {
}
