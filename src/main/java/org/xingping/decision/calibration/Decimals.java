package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where the calibration leaves binary floating point. The statistics run in {@code double}: they
 * estimate, they do not decide a star. Every figure handed out (offsets, standard errors,
 * adjusted totals, agreement) is a {@code BigDecimal} rounded half up to 4 places, the places of a
 * consolidated item score (standard-format.md), so the board and the stored record show exactly
 * what was computed and a raw total less an offset adds up to the adjusted total to the last digit.
 */
final class Decimals {

    static final int SCALE = 4;

    private Decimals() {
    }

    static BigDecimal of(double value) {
        if (!Double.isFinite(value)) {
            // Every degenerate case is caught before this point and told with a reason.
            throw new ArithmeticException("not a finite estimate: " + value);
        }
        return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP);
    }
}
