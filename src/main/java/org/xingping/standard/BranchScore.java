package org.xingping.standard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A branch's scores before any level is decided: its item scores (consolidated, or the consensus
 * value where the group put one), its section scores (capped), the part sums, the exact total and
 * the total rounded as the standard says, which every threshold, ranking and comparison uses.
 */
public final class BranchScore {

    private final RatingStandard standard;
    private final BigDecimal[] consolidated;
    private final BigDecimal[] itemScores;
    private final BigDecimal[] sectionScores;
    private final Parts parts;
    private final BigDecimal exactTotal;
    private final BigDecimal total;

    /** Arrays are in the order of {@link RatingStandard#items()} and {@link RatingStandard#sections()}. */
    public BranchScore(RatingStandard standard, BigDecimal[] consolidated, BigDecimal[] itemScores,
                       BigDecimal[] sectionScores, Parts parts, BigDecimal exactTotal) {
        this.standard = standard;
        this.consolidated = consolidated.clone();
        this.itemScores = itemScores.clone();
        this.sectionScores = sectionScores.clone();
        this.parts = parts;
        this.exactTotal = exactTotal;
        this.total = standard.rounding().apply(exactTotal);
    }

    /** The item's score as it counts: the consensus value if the group put one, else the consolidated one. */
    public BigDecimal item(String itemCode) {
        return itemScores[index(itemCode)];
    }

    /** The consolidation of the observers' scores of the item, which stays on record beside a consensus. */
    public BigDecimal consolidated(String itemCode) {
        return consolidated[index(itemCode)];
    }

    /** Item scores as they count, by item code, in the standard's order. */
    public Map<String, BigDecimal> items() {
        return byCode(standard.items(), Item::code, itemScores);
    }

    /** Section scores (after each section's cap), by section code, in the standard's order. */
    public Map<String, BigDecimal> sections() {
        return byCode(standard.sections(), Section::code, sectionScores);
    }

    private static <T> Map<String, BigDecimal> byCode(List<T> parts, Function<T, String> code, BigDecimal[] values) {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            byCode.put(code.apply(parts.get(i)), values[i]);
        }
        return Collections.unmodifiableMap(byCode);
    }

    public Parts parts() {
        return parts;
    }

    /** The total as the arithmetic gave it, before rounding. */
    public BigDecimal exactTotal() {
        return exactTotal;
    }

    /** The total rounded to the standard's scale and mode: what thresholds and rankings compare. */
    public BigDecimal total() {
        return total;
    }

    private int index(String itemCode) {
        int index = standard.indexOf(itemCode);
        if (index < 0) {
            throw new IllegalArgumentException("评分标准 " + standard.id() + " 中没有指标 " + itemCode);
        }
        return index;
    }
}
