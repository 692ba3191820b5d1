package org.xingping.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the total is rounded "before any threshold is compared": to {@code scale} decimal places
 * by {@code mode}. Default {@code {scale: 2, mode: half-up}}.
 */
public record Rounding(int scale, Mode mode) {

    public static final Rounding DEFAULT = new Rounding(2, Mode.HALF_UP);

    public BigDecimal apply(BigDecimal total) {
        return total.setScale(scale, mode.roundingMode);
    }

    /** The rounding modes a standard may name. */
    public enum Mode {
        HALF_UP("half-up", RoundingMode.HALF_UP),
        HALF_EVEN("half-even", RoundingMode.HALF_EVEN),
        DOWN("down", RoundingMode.DOWN);

        private final String code;
        private final RoundingMode roundingMode;

        Mode(String code, RoundingMode roundingMode) {
            this.code = code;
            this.roundingMode = roundingMode;
        }

        /** The word the standard file uses: {@code half-up}, {@code half-even}, {@code down}. */
        public String code() {
            return code;
        }
    }
}
