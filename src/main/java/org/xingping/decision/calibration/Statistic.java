package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure of the calibration, or why it cannot be computed: a standard error, an agreement
 * coefficient, an adjusted total. The board shows the number or the reason, never NaN.
 */
public sealed interface Statistic {

    /** The figure, rounded to 4 places. */
    record Computed(BigDecimal value) implements Statistic {
    }

    record NotComputable(CalibrationReason reason) implements Statistic {
    }

    /** The estimate rounded to 4 places half up; a non-finite one is a bug, never a figure. */
    static Statistic of(double estimate) {
        return new Computed(Decimals.of(estimate));
    }

    static Statistic of(BigDecimal value) {
        return new Computed(value);
    }

    static Statistic notComputable(CalibrationReason reason) {
        return new NotComputable(reason);
    }

    /** The figure if there is one. */
    default Optional<BigDecimal> computed() {
        return this instanceof Computed figure ? Optional.of(figure.value()) : Optional.empty();
    }
}
