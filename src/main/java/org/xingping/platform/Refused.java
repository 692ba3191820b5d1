package org.xingping.platform;

/**
 * A request refused by a rule, for a reason people can read: a message key and its arguments, so
 * a page says it in the user's language and an import or a command in Chinese. Each module refuses
 * with its own subclass; pages catch this one.
 */
public class Refused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public Refused(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
