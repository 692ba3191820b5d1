package org.xingping.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The item scores the observers gave one branch (each already through the item's rule), and any
 * consensus value the group leader put in place of an item's consolidated score. Built once with
 * {@link #builder(RatingStandard)}, then read-only.
 */
public final class ObservedScores {

    private static final int EXPECTED_SCORERS = 4;

    private final RatingStandard standard;
    private final BigDecimal[][] scores;
    private final int[] counts;
    private final BigDecimal[] consensus;

    private ObservedScores(Builder builder) {
        this.standard = builder.standard;
        this.scores = builder.scores;
        this.counts = builder.counts;
        this.consensus = builder.consensus;
    }

    public static Builder builder(RatingStandard standard) {
        return new Builder(standard);
    }

    /** The individual scores of an item, in the order they were added. */
    public List<BigDecimal> scoresOf(String itemCode) {
        int index = indexOf(standard, itemCode);
        return List.of(Arrays.copyOf(scores[index], counts[index]));
    }

    /** Codes of the items nobody scored: "a missing one is an input error". */
    public List<String> unscoredItems() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0 && consensus[i] == null) {
                missing.add(standard.items().get(i).code());
            }
        }
        return missing;
    }

    /**
     * The consolidation of the item at {@code index} of {@link RatingStandard#items()}: the
     * standard's {@code observation.consolidate}, rounded to 4 places half up.
     */
    public BigDecimal consolidated(int index) {
        return standard.consolidation().consolidate(scores[index], counts[index]);
    }

    /** The consensus value that replaces the consolidated score of the item at {@code index}, if any. */
    public Optional<BigDecimal> consensus(int index) {
        return Optional.ofNullable(consensus[index]);
    }

    public boolean hasScores(int index) {
        return counts[index] > 0;
    }

    public RatingStandard standard() {
        return standard;
    }

    private static int indexOf(RatingStandard standard, String itemCode) {
        int index = standard.indexOf(itemCode);
        if (index < 0) {
            throw new IllegalArgumentException("评分标准 " + standard.id() + " 中没有指标 " + itemCode);
        }
        return index;
    }

    /** Collects one branch's item scores. */
    public static final class Builder {

        private final RatingStandard standard;
        private final BigDecimal[][] scores;
        private final int[] counts;
        private final BigDecimal[] consensus;

        private Builder(RatingStandard standard) {
            this.standard = standard;
            int items = standard.items().size();
            this.scores = new BigDecimal[items][EXPECTED_SCORERS];
            this.counts = new int[items];
            this.consensus = new BigDecimal[items];
        }

        /** Adds one scorer's item score (the value after the item's rule, see {@link Item#score(String)}). */
        public Builder add(String itemCode, BigDecimal itemScore) {
            return add(indexOf(standard, itemCode), itemScore);
        }

        /** Adds one scorer's item score to the item at {@code index} of {@link RatingStandard#items()}. */
        public Builder add(int index, BigDecimal itemScore) {
            if (counts[index] == scores[index].length) {
                scores[index] = Arrays.copyOf(scores[index], scores[index].length * 2);
            }
            scores[index][counts[index]++] = itemScore;
            return this;
        }

        /** Puts the group's consensus value in place of the item's consolidated score; both stay on record. */
        public Builder consensus(String itemCode, BigDecimal value) {
            consensus[indexOf(standard, itemCode)] = value;
            return this;
        }

        public ObservedScores build() {
            return new ObservedScores(this);
        }
    }
}
