package org.xingping.standard.library;

/** A change of the stored standards refused for a reason people can read (a message key and arguments). */
public class StandardChangeRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public StandardChangeRefused(String messageKey, Object... arguments) {
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
