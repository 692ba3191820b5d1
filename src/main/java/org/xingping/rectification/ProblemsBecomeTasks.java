package org.xingping.rectification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.xingping.decision.RatingConfirmed;
import org.xingping.scoring.BranchReviewed;

/**
 * Opens tasks from the problems the groups recorded. A sheet's problems become tasks as soon as
 * the group finalises its review of the branch: the problem is settled then, and the branch can
 * start rectifying at once instead of waiting for the committee's decision (the notice does not
 * change what was found). A group's summary is redrafted until the meeting, so its problems become
 * the unit's task when the committee confirms the results. Both are idempotent: a finding or a
 * summary opens one task however often the event comes.
 *
 * <p>Listeners run after the step's transaction commits, in their own (as the other modules'
 * listeners do; {@code @ApplicationModuleListener} would need the events starter this build does
 * not carry).
 */
@Component
class ProblemsBecomeTasks {

    private final RectificationTasks tasks;

    ProblemsBecomeTasks(RectificationTasks tasks) {
        this.tasks = tasks;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(BranchReviewed reviewed) {
        tasks.openFromSheets(reviewed.year(), reviewed.branchCode());
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(RatingConfirmed confirmed) {
        tasks.openFromSummaries(confirmed.year());
    }
}
