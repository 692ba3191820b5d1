/**
 * Scoring (评分): each observer's score sheet of each branch their group visits, saved value by
 * value and never lost (an append-only ledger of every value entered, idempotent and optimistically
 * locked changes), with the highlights, problems and photos they record; and the group's review of
 * each branch (the members' scores side by side, their consolidation, the leader's consensus, the
 * group's summaries, finalising with {@link org.xingping.scoring.BranchReviewed}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Scoring")
package org.xingping.scoring;
