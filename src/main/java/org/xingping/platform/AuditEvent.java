package org.xingping.platform;

import java.time.Instant;

/**
 * One line of the audit log: who did what to which record, when, from where, with the record's
 * state before and after as JSON. Written once, never changed.
 */
public record AuditEvent(long id, Instant occurredAt, String actor, AuditAction action, String subjectType,
        String subjectId, String summary, String beforeState, String afterState, String remoteAddress) {
}
