package org.xingping.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Score sheets as the tests speak of them: {@code Scores.allFull(standard)}, or
 * {@code Scores.on(standard).allFull().entered("A2", "否").build()}. Values are entered as an
 * observer writes them (a number, a grade label, 是/否) and go through each item's rule.
 */
public final class Scores {

    private final RatingStandard standard;
    private final Map<String, List<String>> entered = new LinkedHashMap<>();
    private final Map<String, BigDecimal> consensus = new LinkedHashMap<>();

    private Scores(RatingStandard standard) {
        this.standard = standard;
    }

    public static Scores on(RatingStandard standard) {
        return new Scores(standard);
    }

    /** Every item at its maximum, entered by one observer. */
    public static ObservedScores allFull(RatingStandard standard) {
        return on(standard).allFull().build();
    }

    /** Every item at its maximum except the bonus and deduction sections, which stay at zero. */
    public static ObservedScores fullBaseOnly(RatingStandard standard) {
        return on(standard).allFull().nothingOutsideBase().build();
    }

    /** Every item at its maximum, as one observer enters it for the item's rule. */
    public Scores allFull() {
        for (Item item : standard.items()) {
            entered.put(item.code(), List.of(fullEntry(item)));
        }
        return this;
    }

    /** Bonus and deduction items at zero (no bonus earned, nothing deducted). */
    public Scores nothingOutsideBase() {
        for (Section section : standard.sections()) {
            if (section.part() != Part.BASE) {
                section.items().forEach(item -> entered.put(item.code(), List.of(zeroEntry(item))));
            }
        }
        return this;
    }

    /** What each observer entered for one item (one value per observer). */
    public Scores entered(String itemCode, String... values) {
        standard.item(itemCode).orElseThrow();
        entered.put(itemCode, List.of(values));
        return this;
    }

    /** Every observer's entries for every item: each item gets the same values. */
    public Scores everyItemEnteredBy(int observers) {
        for (Map.Entry<String, List<String>> entry : entered.entrySet()) {
            List<String> copies = new ArrayList<>();
            for (int i = 0; i < observers; i++) {
                copies.add(entry.getValue().get(0));
            }
            entry.setValue(copies);
        }
        return this;
    }

    /** The group's consensus value in place of the consolidated score. */
    public Scores consensus(String itemCode, String value) {
        consensus.put(itemCode, new BigDecimal(value));
        return this;
    }

    public ObservedScores build() {
        ObservedScores.Builder builder = ObservedScores.builder(standard);
        entered.forEach((code, values) -> {
            Item item = standard.item(code).orElseThrow();
            values.forEach(value -> builder.add(code, item.score(value)));
        });
        consensus.forEach(builder::consensus);
        return builder.build();
    }

    static String fullEntry(Item item) {
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Points) {
            return item.max().toPlainString();
        }
        if (rule instanceof ItemRule.Deduct) {
            return "0";
        }
        if (rule instanceof ItemRule.Count count) {
            return item.max().divide(count.each(), 0, RoundingMode.CEILING).toPlainString();
        }
        if (rule instanceof ItemRule.Grade grade) {
            return grade.grades().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return "是";
    }

    static String zeroEntry(Item item) {
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Points || rule instanceof ItemRule.Count) {
            return "0";
        }
        if (rule instanceof ItemRule.Deduct deduct) {
            return item.max().divide(deduct.each(), 0, RoundingMode.CEILING).toPlainString();
        }
        if (rule instanceof ItemRule.Grade grade) {
            return grade.grades().entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        return "否";
    }
}
