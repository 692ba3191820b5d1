package org.xingping.organization;

import java.util.List;

/** An organisation as the table file writes it: unit and parent by code, levels by year. */
public record OrganizationExportRow(String code, String unitCode, String parentCode, OrganizationType type,
        String name, String secretary, Integer members, List<OrganizationLevel> levels) {
}
