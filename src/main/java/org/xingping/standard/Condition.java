package org.xingping.standard;

/**
 * A named fact that levels, promotion and honours may require. The {@code code} is the name the
 * standard gives it under {@code conditions} (and the name declarations claim and facts record);
 * {@code name} is how it reads, e.g. 有经工委认定的党建创新项目或支部品牌.
 */
public sealed interface Condition {

    String code();

    String name();

    /** {@code kind} word of the file. */
    String kind();

    /** {@code kind: flag}: "a yes/no fact the committee records for a branch in the year". */
    record Flag(String code, String name) implements Condition {
        @Override
        public String kind() {
            return "flag";
        }
    }

    /**
     * {@code kind: history}: "true when the branch held at least {@code stars} stars in each of the
     * last {@code yearsBack} years" before the standard's year.
     */
    record History(String code, String name, StarLevel stars, int yearsBack) implements Condition {
        @Override
        public String kind() {
            return "history";
        }
    }

    /**
     * {@code kind: expr}: a comparison over the variables of the formula and the rounded
     * {@code total}, such as {@code appraisal >= 60}.
     */
    record Expr(String code, String name, Comparison expr) implements Condition {
        @Override
        public String kind() {
            return "expr";
        }
    }
}
