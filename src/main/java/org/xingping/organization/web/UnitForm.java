package org.xingping.organization.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.xingping.organization.Unit;
import org.xingping.organization.UnitDetails;

/** The unit form. */
record UnitForm(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 50) String category, @Size(max = 200) String site, @NotNull BigDecimal latitude,
        @NotNull BigDecimal longitude) {

    static UnitForm empty() {
        return new UnitForm("", "", "", "", null, null);
    }

    static UnitForm of(Unit unit) {
        return new UnitForm(unit.getCode(), unit.getName(), unit.getCategory(), unit.getSite(), unit.getLatitude(),
                unit.getLongitude());
    }

    UnitDetails details() {
        return new UnitDetails(code, name, category, site, latitude, longitude);
    }
}
