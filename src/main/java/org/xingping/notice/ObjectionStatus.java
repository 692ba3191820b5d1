package org.xingping.notice;

/** Where an objection's handling stands; the last two are answers. */
public enum ObjectionStatus {
    RECEIVED, INVESTIGATING, UPHELD, REJECTED;

    public boolean answered() {
        return this == UPHELD || this == REJECTED;
    }

    public String messageKey() {
        return "objection.status." + name();
    }
}
