package org.xingping.organization;

import java.util.List;

/**
 * What a party organisation is described by, as a form or a table row enters it: its unit and
 * parent by code, as people know them.
 */
public record OrganizationDetails(String code, String unitCode, String parentCode, OrganizationType type, String name,
        String secretary, Integer members, List<OrganizationLevel> levels) {
}
