package org.xingping.organization;

/** Why a rule refuses something: a message key and its arguments. */
public record Refusal(String column, String messageKey, Object... arguments) {

    OrganizationRefused toException() {
        return new OrganizationRefused(messageKey, arguments);
    }
}
