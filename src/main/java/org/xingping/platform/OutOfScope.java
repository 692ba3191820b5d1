package org.xingping.platform;

/**
 * A request for something that exists but lies outside the caller's data scope, asked for by
 * name (a unit's code, say). Answered with the reason, never by leaving it out silently: the
 * caller asked for exactly this.
 */
public class OutOfScope extends Refused {

    public OutOfScope(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
