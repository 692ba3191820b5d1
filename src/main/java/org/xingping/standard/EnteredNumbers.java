package org.xingping.standard;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reading the numbers scorers enter for {@code points}, {@code deduct} and {@code count} items. */
final class EnteredNumbers {

    /** A plain decimal: digits with an optional sign and fraction; no exponent, no grouping. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private EnteredNumbers() {
    }

    static BigDecimal number(String entered) {
        String text = entered.strip();
        if (!DECIMAL.matcher(text).matches()) {
            throw new IllegalScoreValue("“" + text + "”不是数字");
        }
        return new BigDecimal(text);
    }

    /** A count n ≥ 0: a whole number ("2" or "2.0"), never negative. */
    static BigDecimal count(String entered, String what) {
        BigDecimal count = number(entered);
        if (count.signum() < 0) {
            throw new IllegalScoreValue(what + "不能为负数：" + entered.strip());
        }
        if (count.stripTrailingZeros().scale() > 0) {
            throw new IllegalScoreValue(what + "必须是整数：" + entered.strip());
        }
        return count;
    }

    static String unitOrTimes(String unit) {
        return unit == null || unit.isBlank() ? "次" : unit;
    }
}
