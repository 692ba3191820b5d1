package org.xingping.decision;

/**
 * A declared branch the board cannot rank yet: no group has finalised its review, or what is
 * recorded cannot be evaluated (the reason says which, in Chinese). It blocks confirmation.
 */
public record AwaitingBranch(String branchCode, String branchName, String unitCode, String unitName, String reason) {
}
