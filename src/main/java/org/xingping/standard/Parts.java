package org.xingping.standard;

import java.math.BigDecimal;

/** The part sums: "base, bonus and deduction are the sums of their sections' (capped) scores". */
public record Parts(BigDecimal base, BigDecimal bonus, BigDecimal deduction) {

    /** The total without a formula: {@code base + bonus − deduction}. */
    public BigDecimal plainTotal() {
        return base.add(bonus).subtract(deduction);
    }

    public BigDecimal of(Part part) {
        return switch (part) {
            case BASE -> base;
            case BONUS -> bonus;
            case DEDUCTION -> deduction;
        };
    }
}
