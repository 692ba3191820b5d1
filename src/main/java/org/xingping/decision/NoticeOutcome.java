package org.xingping.decision;

import java.util.Set;

/**
 * What the public notice of a campaign's results says to the decision, which cannot know the notice
 * module (that module builds on this one): whether the notice is closed, and which branches an
 * objection holds back from being named. Designation waits for a closed notice.
 */
public interface NoticeOutcome {

    enum NoticeStatus {
        NOT_STARTED, OPEN, CLOSED
    }

    NoticeStatus status(int year);

    /** Branches an objection put on hold and no answer has released yet. */
    Set<String> branchesOnHold(int year);
}
