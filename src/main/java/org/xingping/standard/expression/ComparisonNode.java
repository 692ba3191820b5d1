package org.xingping.standard.expression;

import java.util.Set;

/** A parsed comparison {@code left op right}, the whole of an {@code expr} condition or a veto's {@code when}. */
public record ComparisonNode(ArithmeticNode left, Relation relation, ArithmeticNode right) {

    public boolean holds(Variables variables) {
        return relation.holds(left.evaluate(variables).compareTo(right.evaluate(variables)));
    }

    public void collectNames(Set<String> names) {
        left.collectNames(names);
        right.collectNames(names);
    }

    /** The six comparisons of the format: {@code >= <= > < == !=}, on numeric value (2.0 == 2). */
    public enum Relation {
        AT_LEAST(">="), AT_MOST("<="), GREATER(">"), LESS("<"), EQUAL("=="), NOT_EQUAL("!=");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(int comparison) {
            return switch (this) {
                case AT_LEAST -> comparison >= 0;
                case AT_MOST -> comparison <= 0;
                case GREATER -> comparison > 0;
                case LESS -> comparison < 0;
                case EQUAL -> comparison == 0;
                case NOT_EQUAL -> comparison != 0;
            };
        }
    }
}
