package org.xingping.organization;

import java.math.BigDecimal;

/** What a unit is described by, as a form or a table row enters it. */
public record UnitDetails(String code, String name, String category, String site, BigDecimal latitude,
        BigDecimal longitude) {
}
