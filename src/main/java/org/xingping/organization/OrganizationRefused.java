package org.xingping.organization;

/**
 * A change of the registry refused by one of its rules, with the message key (and arguments)
 * that says why, so a form shows it in the user's language and an import in Chinese.
 */
public class OrganizationRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public OrganizationRefused(String messageKey, Object... arguments) {
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
