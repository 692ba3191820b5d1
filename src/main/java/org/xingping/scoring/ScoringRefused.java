package org.xingping.scoring;

import org.xingping.platform.Refused;

/** A scoring request refused for a reason the observer can act on, said in Chinese through its key. */
public class ScoringRefused extends Refused {

    public ScoringRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
