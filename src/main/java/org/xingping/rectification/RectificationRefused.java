package org.xingping.rectification;

import org.xingping.platform.Refused;

/** The rectification module refuses a request: the message key and its arguments say why. */
public class RectificationRefused extends Refused {

    public RectificationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
