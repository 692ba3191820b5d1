package org.xingping.organization;

import org.xingping.platform.Refused;

/** A change of the registry refused by one of its rules. */
public class OrganizationRefused extends Refused {

    public OrganizationRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
