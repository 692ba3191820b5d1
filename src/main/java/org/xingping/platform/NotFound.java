package org.xingping.platform;

/** A request that names something (a code, a year) that does not exist. */
public class NotFound extends Refused {

    public NotFound(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
