package org.xingping.notice;

/**
 * The committee upheld an objection: the branch went back to the decision board, with the answer
 * as the reason.
 */
public record ObjectionUpheld(int year, String receipt, String branchCode, String answer) {
}
