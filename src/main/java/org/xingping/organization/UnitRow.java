package org.xingping.organization;

import java.math.BigDecimal;

/** One line of the unit list, with how many organisations and branches it has. */
public record UnitRow(long id, String code, String name, String category, String site, BigDecimal latitude,
        BigDecimal longitude, int organizations, int branches) {
}
