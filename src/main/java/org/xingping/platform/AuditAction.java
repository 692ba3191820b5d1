package org.xingping.platform;

/** What an audit event records. */
public enum AuditAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGOUT,
    CREATED,
    UPDATED,
    DELETED,
    IMPORTED,
    PASSWORD_CHANGED,
    PASSWORD_RESET;

    public String messageKey() {
        return "audit.action." + name();
    }
}
