package org.xingping.rectification;

/** The past-tense steps of a rectification task, published as they happen. */
public final class RectificationEvents {

    private RectificationEvents() {
    }

    /** A task was opened for a branch (or a unit) from a problem, by hand or in bulk. */
    public record RectificationTaskOpened(long taskId, int year, Long branchId, long unitId, String severity) {
    }

    /** The owner answered with measures and evidence; the task waits for verification. */
    public record RectificationAnswered(long taskId, int year, Long branchId, long unitId, int evidence) {
    }

    /** The verifier accepted the answer: the task is closed. */
    public record RectificationVerified(long taskId, int year, Long branchId, long unitId, String verifiedBy) {
    }

    /** The verifier did not accept the answer and reopened the task, saying why. */
    public record RectificationReopened(long taskId, int year, Long branchId, long unitId, String reason) {
    }
}
