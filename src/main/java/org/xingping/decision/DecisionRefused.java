package org.xingping.decision;

import org.xingping.platform.Refused;

/** The decision module refuses a request: the message key and its arguments say why, in Chinese. */
public class DecisionRefused extends Refused {

    public DecisionRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
