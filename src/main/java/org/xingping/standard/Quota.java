package org.xingping.standard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quota on a level (five stars ≤ x %): "the cap is floor(maxShare × population)", where the
 * population is every branch in the campaign's scope ({@code all-branches}) or the evaluated
 * branches that have a level before any quota ({@code rated}). A {@code hard} quota is enforced,
 * a {@code guidance} quota only warns.
 */
public record Quota(StarLevel stars, BigDecimal maxShare, Population of, Mode mode) {

    /** floor(maxShare × population). */
    public int cap(int population) {
        return maxShare.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    public boolean isHard() {
        return mode == Mode.HARD;
    }

    /** {@code of}: which branches the share is taken of. */
    public enum Population {
        ALL_BRANCHES("all-branches", "全部支部"),
        RATED("rated", "获评星级的支部");

        private final String code;
        private final String label;

        Population(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    /** {@code mode}: whether the cap is enforced. */
    public enum Mode {
        HARD("hard", "刚性"),
        GUIDANCE("guidance", "指导性");

        private final String code;
        private final String label;

        Mode(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }
}
