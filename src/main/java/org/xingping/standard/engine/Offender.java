package org.xingping.standard.engine;

import java.math.BigDecimal;

/** Deliberate breach, removed in the next commit: shows NoBinaryFloatingPointTest can fail. */
final class Offender {
    private Double cached;
    float weight(int a) { return a; }
    static BigDecimal share(BigDecimal total) {
        return BigDecimal.valueOf(total.doubleValue() * 0.3);
    }
}
