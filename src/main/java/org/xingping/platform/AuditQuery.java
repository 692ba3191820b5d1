package org.xingping.platform;

import java.time.LocalDate;

/** A search of the audit log; every field is optional. */
public record AuditQuery(String actor, AuditAction action, String subjectType, String text, LocalDate from,
        LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
