package org.xingping.notice;

import java.time.Instant;

/**
 * An objection (异议) to a branch on the notice: who objected (a real name and a phone; for a unit,
 * its name, with its seal among the files), the facts, and its handling. Received, it waits for the
 * committee; assigned or noted, it is being investigated; it may put the branch on hold; its answer
 * upholds it (the branch goes back to the decision) or rejects it (the hold is released), once.
 */
public record Objection(long id, int year, String receipt, String branchCode, String branchName, String unitName,
                        String objectorName, String phone, String objectorUnit, String facts, ObjectionStatus status,
                        boolean onHold, String assignee, String answer, String answeredBy, Instant answeredAt,
                        Instant receivedAt) {

    public boolean fromUnit() {
        return objectorUnit != null && !objectorUnit.isBlank();
    }

    public boolean answered() {
        return status.answered();
    }

    /** A file that came with the objection: the unit's seal or an attachment. */
    public record File(long id, String kind, String fileName, String contentType, long size, String key) {

        public boolean seal() {
            return "SEAL".equals(kind);
        }
    }

    /** One step of the handling, as it happened. */
    public record Step(String step, String detail, String actor, Instant at) {

        public String messageKey() {
            return "objection.step." + step;
        }
    }
}
