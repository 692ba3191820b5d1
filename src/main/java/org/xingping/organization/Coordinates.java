package org.xingping.organization;

import java.math.BigDecimal;

/** Coordinates as people write them: 32.9818, not the database's 32.981800. */
final class Coordinates {

    private Coordinates() {
    }

    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
