package org.xingping.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * {@code observation.consolidate}: how the item scores of the observers who scored one item of one
 * branch become the branch's item score, "rounded to 4 decimal places, half up".
 */
public enum Consolidation {

    MEAN("mean", "平均值"),
    /** "median of an even count is the mean of the middle two". */
    MEDIAN("median", "中位数"),
    /** "drops one highest and one lowest when there are five scorers or more, else it is the mean". */
    TRIMMED_MEAN("trimmed-mean", "去掉一个最高分和一个最低分后的平均值");

    /** Decimal places of a consolidated item score. */
    public static final int SCALE = 4;

    private static final int TRIMMING_FROM = 5;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final String code;
    private final String label;

    Consolidation(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /**
     * Consolidates the first {@code count} scores of {@code scores}; the array is not changed.
     *
     * @throws IllegalArgumentException when there is no score: a missing score is an input error
     */
    public BigDecimal consolidate(BigDecimal[] scores, int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("an item needs at least one score");
        }
        if (count == 1) {
            return scores[0].setScale(SCALE, RoundingMode.HALF_UP);
        }
        return switch (this) {
            case MEAN -> mean(scores, 0, count);
            case MEDIAN -> median(sorted(scores, count));
            case TRIMMED_MEAN -> count >= TRIMMING_FROM
                    ? mean(sorted(scores, count), 1, count - 1)
                    : mean(scores, 0, count);
        };
    }

    private static BigDecimal mean(BigDecimal[] scores, int from, int to) {
        BigDecimal sum = scores[from];
        for (int i = from + 1; i < to; i++) {
            sum = sum.add(scores[i]);
        }
        // divide(…, scale, HALF_UP) is the exact mean rounded once, never a rounded rounding.
        return sum.divide(BigDecimal.valueOf(to - from), SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal median(BigDecimal[] sorted) {
        int middle = sorted.length / 2;
        if (sorted.length % 2 == 1) {
            return sorted[middle].setScale(SCALE, RoundingMode.HALF_UP);
        }
        return sorted[middle - 1].add(sorted[middle]).divide(TWO, SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal[] sorted(BigDecimal[] scores, int count) {
        BigDecimal[] copy = Arrays.copyOf(scores, count);
        Arrays.sort(copy);
        return copy;
    }
}
