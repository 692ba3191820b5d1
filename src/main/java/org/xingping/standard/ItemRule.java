package org.xingping.standard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How an item is scored ({@code rule.kind}): what the scorer enters and which item score follows.
 *
 * <table>
 * <caption>the five rules of the format</caption>
 * <tr><th>kind</th><th>scorer enters</th><th>item score</th></tr>
 * <tr><td>points</td><td>v, 0 ≤ v ≤ max, a multiple of step</td><td>v</td></tr>
 * <tr><td>deduct</td><td>a count n ≥ 0 of shortfalls</td><td>max(0, max − each·n)</td></tr>
 * <tr><td>count</td><td>a count n ≥ 0 of occurrences</td><td>min(max, each·n)</td></tr>
 * <tr><td>grade</td><td>one label</td><td>its points</td></tr>
 * <tr><td>check</td><td>yes or no</td><td>max or 0</td></tr>
 * </table>
 */
public sealed interface ItemRule {

    /** The {@code rule.kind} word of the file. */
    String kind();

    /**
     * The item score one scorer gives to an item with maximum {@code max} by entering
     * {@code entered} (surrounding blanks ignored).
     *
     * @throws IllegalScoreValue when the rule does not take the value
     */
    BigDecimal score(String entered, BigDecimal max);

    /** A number v, 0 ≤ v ≤ max, a multiple of {@code step}. */
    record Points(BigDecimal step) implements ItemRule {

        public static final BigDecimal DEFAULT_STEP = new BigDecimal("0.5");

        @Override
        public String kind() {
            return "points";
        }

        @Override
        public BigDecimal score(String entered, BigDecimal max) {
            BigDecimal value = EnteredNumbers.number(entered);
            if (value.signum() < 0 || value.compareTo(max) > 0) {
                throw new IllegalScoreValue("分值 " + entered.strip() + " 超出范围 0–" + max.toPlainString());
            }
            if (value.remainder(step).signum() != 0) {
                throw new IllegalScoreValue("分值 " + entered.strip() + " 不是步长 " + step.toPlainString() + " 的整数倍");
            }
            return value;
        }
    }

    /** A count n ≥ 0 of shortfalls, each costing {@code each} points: max(0, max − each·n). */
    record Deduct(BigDecimal each, String unit) implements ItemRule {

        @Override
        public String kind() {
            return "deduct";
        }

        @Override
        public BigDecimal score(String entered, BigDecimal max) {
            BigDecimal deducted = each.multiply(EnteredNumbers.count(entered, "扣分" + EnteredNumbers.unitOrTimes(unit) + "数"));
            return max.subtract(deducted).max(BigDecimal.ZERO);
        }
    }

    /** A count n ≥ 0 of occurrences, each worth {@code each} points: min(max, each·n). */
    record Count(BigDecimal each, String unit) implements ItemRule {

        @Override
        public String kind() {
            return "count";
        }

        @Override
        public BigDecimal score(String entered, BigDecimal max) {
            return each.multiply(EnteredNumbers.count(entered, "计分" + EnteredNumbers.unitOrTimes(unit) + "数")).min(max);
        }
    }

    /** One label of {@code grades} (label → points, each ≤ max), in the file's order. */
    record Grade(Map<String, BigDecimal> grades) implements ItemRule {

        public Grade {
            grades = Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        }

        @Override
        public String kind() {
            return "grade";
        }

        @Override
        public BigDecimal score(String entered, BigDecimal max) {
            BigDecimal points = grades.get(entered.strip());
            if (points == null) {
                throw new IllegalScoreValue("没有等次“" + entered.strip() + "”（可选：" + String.join("、", grades.keySet()) + "）");
            }
            return points;
        }
    }

    /** Yes or no: the item's maximum or nothing. Scorers write 是/否 (yes/no and true/false are taken too). */
    record Check() implements ItemRule {

        private static final Set<String> YES = Set.of("是", "yes", "y", "true");
        private static final Set<String> NO = Set.of("否", "no", "n", "false");

        @Override
        public String kind() {
            return "check";
        }

        @Override
        public BigDecimal score(String entered, BigDecimal max) {
            String answer = entered.strip().toLowerCase(Locale.ROOT);
            if (YES.contains(answer)) {
                return max;
            }
            if (NO.contains(answer)) {
                return BigDecimal.ZERO;
            }
            throw new IllegalScoreValue("应填“是”或“否”，而不是“" + entered.strip() + "”");
        }
    }
}
