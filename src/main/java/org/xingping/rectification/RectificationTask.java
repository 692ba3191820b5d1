package org.xingping.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A rectification task (整改任务). It is OPENED from a problem a group recorded on a branch's sheet
 * (or in its summary of a unit), or by the 工委 by hand; the owner (the branch, or the unit's party
 * committee for a unit's task) ANSWERS with measures, outcome and evidence; a verifier who is not
 * the owner (the 单位党委 for minor and moderate problems of a branch, the 工委 for serious ones and
 * for a unit's tasks) accepts it (CLOSED) or REOPENS it with a reason, and the owner answers again.
 * Overdue is not a state: an open or reopened task whose deadline has passed.
 */
public record RectificationTask(long id, int year, long unitId, String unitCode, String unitName, Long branchId,
        String branchCode, String branchName, Source source, String itemCode, String itemName, Severity severity,
        String text, String foundBy, Status status, Instant createdAt, LocalDate createdOn, LocalDate deadline,
        String answer, String outcome, String answeredBy, Instant answeredAt, String verifiedBy, Instant verifiedAt,
        int reopenCount, Instant remindedAt, Instant escalatedAt, Integer recurringYear) {

    public enum Status {
        OPEN, ANSWERED, REOPENED, CLOSED;

        /** Whether the owner may answer: the ball is in the owner's court. */
        public boolean awaitsOwner() {
            return this == OPEN || this == REOPENED;
        }

        public String messageKey() {
            return "rectification.status." + name();
        }
    }

    public enum Severity {
        MINOR, MODERATE, SERIOUS;

        public String messageKey() {
            return "scoring.severity." + name();
        }
    }

    /** Where a task came from: a sheet's problem, a group summary of a unit, or the 工委's hand. */
    public enum Source {
        SHEET, SUMMARY, MANUAL;

        public String messageKey() {
            return "rectification.source." + name();
        }
    }

    /** A step of the task as the history shows it. */
    public record Step(long id, String step, String actor, Instant at, String note, List<Evidence> evidence) {
    }

    /** A file handed in with an answer. */
    public record Evidence(long id, long stepId, String fileName, String contentType, long size) {
    }

    /** A task of a unit itself (from a group summary), owned by the unit's party committee. */
    public boolean ofUnit() {
        return branchId == null;
    }

    /** Overdue on {@code today}: still the owner's to answer and its deadline has passed. */
    public boolean overdueOn(LocalDate today) {
        return status.awaitsOwner() && deadline.isBefore(today);
    }

    /** The 工委 verifies serious problems and a unit's own tasks; the 单位党委 the rest. */
    public boolean verifiedByCommittee() {
        return severity == Severity.SERIOUS || ofUnit();
    }

    public String ownerName() {
        return ofUnit() ? unitName : branchName;
    }
}
