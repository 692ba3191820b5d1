package org.xingping.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure against last year's, worded as Chinese official writing words it: "是上年的3.7倍（增长270%）",
 * "比上年增长30%", "比上年减少20%", "与上年持平". Never "增加了N倍", which readers take two ways.
 *
 * @param messageKey the wording's key: {@code yoy.times}, {@code yoy.up}, {@code yoy.down},
 *                   {@code yoy.same} or {@code yoy.none}
 * @param ratio      this year over last year, one decimal (3.7)
 * @param percent    the change in per cent, whole (270), never negative: the key says which way
 */
public record YearOnYear(String messageKey, BigDecimal ratio, BigDecimal percent) {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static YearOnYear of(long current, long previous) {
        if (previous == 0) {
            return new YearOnYear("yoy.none", null, null);
        }
        BigDecimal now = BigDecimal.valueOf(current);
        BigDecimal then = BigDecimal.valueOf(previous);
        BigDecimal ratio = now.divide(then, 1, RoundingMode.HALF_UP);
        BigDecimal change = now.subtract(then).multiply(HUNDRED).divide(then, 0, RoundingMode.HALF_UP);
        int direction = now.compareTo(then);
        if (direction == 0) {
            return new YearOnYear("yoy.same", ratio, BigDecimal.ZERO);
        }
        if (direction < 0) {
            return new YearOnYear("yoy.down", ratio, change.negate());
        }
        // From twice last year on, "N倍" reads better than a percentage alone; both are given.
        return new YearOnYear(now.compareTo(then.multiply(TWO)) >= 0 ? "yoy.times" : "yoy.up", ratio, change);
    }

    /** The arguments of the wording: the ratio and the percentage, as plain numbers. */
    public Object[] arguments() {
        return new Object[] {ratio == null ? "" : ratio.stripTrailingZeros().toPlainString(),
                percent == null ? "" : percent.toPlainString()};
    }
}
