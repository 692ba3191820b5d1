package org.xingping.notice;

/** Someone objected to a branch on the notice; the objection waits in the committee's inbox. */
public record ObjectionReceived(int year, String receipt, String branchCode) {
}
