package org.xingping.rectification;

import java.time.LocalDate;

import org.xingping.campaign.WorkingCalendar;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;

/**
 * The rules of issue 8 as small named checks, each refusing with its reason: who owns a task, who
 * may verify it, when it may be closed, and which deadline may be set.
 */
final class RectificationRules {

    private RectificationRules() {
    }

    /** Whether the account is the task's owner: the branch's secretary, or the unit's committee for a unit's task. */
    static boolean owns(CurrentUser user, RectificationTask task) {
        if (task.ofUnit()) {
            return user.hasRole(Role.UNIT_COMMITTEE) && user.unitId().filter(unit -> unit == task.unitId()).isPresent();
        }
        return user.hasRole(Role.BRANCH_SECRETARY)
                && user.organizationId().filter(branch -> branch.equals(task.branchId())).isPresent();
    }

    /** Whether the account may read the task: the committee all, a unit its unit, a branch its own. */
    static boolean sees(CurrentUser user, RectificationTask task) {
        return switch (user.role()) {
            case COMMITTEE_ADMINISTRATOR, COMMITTEE_LEADER -> true;
            case UNIT_COMMITTEE -> user.unitId().filter(unit -> unit == task.unitId()).isPresent();
            case BRANCH_SECRETARY -> owns(user, task);
            default -> false;
        };
    }

    /** Only the owner answers, and only while the task waits for it. */
    static void answering(CurrentUser user, RectificationTask task) {
        if (!owns(user, task)) {
            throw new RectificationRefused("rectification.notYourTask", task.ownerName());
        }
        if (!task.status().awaitsOwner()) {
            throw new RectificationRefused("rectification.notAwaitingAnswer");
        }
    }

    /**
     * Someone other than the owner verifies: the 工委 for serious problems and a unit's own tasks,
     * otherwise the unit's party committee (or the 工委).
     */
    static void verifying(CurrentUser user, RectificationTask task) {
        if (owns(user, task)) {
            throw new RectificationRefused("rectification.ownerVerifies");
        }
        if (task.status() != RectificationTask.Status.ANSWERED) {
            throw new RectificationRefused("rectification.notAnswered");
        }
        boolean committee = user.isCommittee();
        boolean unitCommittee = user.hasRole(Role.UNIT_COMMITTEE)
                && user.unitId().filter(unit -> unit == task.unitId()).isPresent();
        if (task.verifiedByCommittee() ? !committee : !(committee || unitCommittee)) {
            throw new RectificationRefused(task.verifiedByCommittee() ? "rectification.committeeVerifies"
                    : "rectification.unitVerifies");
        }
    }

    /** A task is closed only on evidence handed in with its latest answer. */
    static void closing(int evidenceOfLatestAnswer) {
        if (evidenceOfLatestAnswer == 0) {
            throw new RectificationRefused("rectification.noEvidence");
        }
    }

    /**
     * A deadline is not before the task's creation; on a non-working day only once confirmed
     * (a warning, not an error: a Saturday may be meant).
     */
    static void deadline(LocalDate deadline, LocalDate createdOn, boolean confirmed, WorkingCalendar calendar) {
        if (deadline.isBefore(createdOn)) {
            throw new RectificationRefused("rectification.deadlineBeforeCreation", deadline.toString(),
                    createdOn.toString());
        }
        if (!confirmed && !calendar.isWorkingDay(deadline)) {
            throw new DeadlineNeedsConfirmation(deadline.toString());
        }
    }
}
