package org.xingping.scoring;

/** Where a score sheet stands. */
public enum SheetStatus {
    /** The observer is scoring. */
    OPEN,
    /** Handed in: a change now needs a reason. */
    SUBMITTED,
    /** The group finalised the branch: nothing changes any more. */
    FINALISED;

    public String messageKey() {
        return "scoring.status." + name();
    }
}
