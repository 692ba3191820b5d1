package org.xingping.organization.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.xingping.organization.OrganizationDetails;
import org.xingping.organization.OrganizationLevel;
import org.xingping.organization.OrganizationType;
import org.xingping.organization.PartyOrganization;

/**
 * The organisation form: unit and parent by code, and its star levels by year as rows (an empty
 * row adds a year; a row with no stars is dropped).
 */
record OrganizationForm(@NotBlank @Size(max = 40) String code, @NotBlank String unitCode, String parentCode,
        @NotNull OrganizationType type, @NotBlank @Size(max = 200) String name, @Size(max = 100) String secretary,
        @PositiveOrZero Integer members, @Valid List<LevelRow> levels) {

    /** One year's level in the form. */
    record LevelRow(@Min(2000) @Max(2100) Integer year, @Min(0) @Max(5) Integer stars, boolean redFlag) {
    }

    static OrganizationForm empty(String unitCode, String parentCode) {
        return new OrganizationForm("", unitCode, parentCode, null, "", "", null,
                new ArrayList<>(List.of(new LevelRow(null, null, false))));
    }

    static OrganizationForm of(PartyOrganization organization, String unitCode, String parentCode) {
        List<LevelRow> rows = new ArrayList<>(organization.levels().stream()
                .map(level -> new LevelRow(level.year(), level.stars(), level.redFlag())).toList());
        rows.add(new LevelRow(null, null, false));
        return new OrganizationForm(organization.getCode(), unitCode, parentCode, organization.getType(),
                organization.getName(), organization.getSecretary(), organization.getMembers(), rows);
    }

    OrganizationDetails details() {
        List<OrganizationLevel> entered = levels == null ? List.of() : levels.stream()
                .filter(row -> row.year() != null && row.stars() != null)
                .map(row -> new OrganizationLevel(row.year(), row.stars(), row.redFlag())).toList();
        return new OrganizationDetails(code, unitCode, parentCode, type, name, secretary, members, entered);
    }
}
