package org.xingping.standard.expression;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Division as the standard format wants it: "all arithmetic is exact decimal (34 significant
 * digits where a division does not terminate)". Addition, subtraction and multiplication of
 * {@link BigDecimal} are exact already.
 */
public final class DecimalArithmetic {

    private static final int DECIMAL128_DIGITS = MathContext.DECIMAL128.getPrecision();

    private DecimalArithmetic() {
    }

    /**
     * The exact quotient when it terminates, else the quotient to 34 significant digits.
     *
     * @throws ArithmeticException when the divisor is zero
     */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        BigDecimal rounded = dividend.divide(divisor, MathContext.DECIMAL128);
        if (rounded.precision() < DECIMAL128_DIGITS) {
            // Fewer digits than the context allows: nothing was rounded away.
            return rounded;
        }
        try {
            // A terminating quotient longer than 34 digits is still exact by the format's words.
            return dividend.divide(divisor);
        } catch (ArithmeticException nonTerminating) {
            return rounded;
        }
    }
}
