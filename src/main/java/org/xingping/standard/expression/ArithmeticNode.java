package org.xingping.standard.expression;

import java.math.BigDecimal;
import java.util.Set;

/** A parsed arithmetic expression: the tree the parser builds, evaluated over exact decimals. */
public sealed interface ArithmeticNode {

    BigDecimal evaluate(Variables variables);

    /** Adds the variable names this expression reads to {@code names}. */
    void collectNames(Set<String> names);

    record Literal(BigDecimal value) implements ArithmeticNode {
        @Override
        public BigDecimal evaluate(Variables variables) {
            return value;
        }

        @Override
        public void collectNames(Set<String> names) {
        }
    }

    record Name(String name) implements ArithmeticNode {
        @Override
        public BigDecimal evaluate(Variables variables) {
            return variables.valueOf(name);
        }

        @Override
        public void collectNames(Set<String> names) {
            names.add(name);
        }
    }

    record Negation(ArithmeticNode operand) implements ArithmeticNode {
        @Override
        public BigDecimal evaluate(Variables variables) {
            return operand.evaluate(variables).negate();
        }

        @Override
        public void collectNames(Set<String> names) {
            operand.collectNames(names);
        }
    }

    record Binary(Operator operator, ArithmeticNode left, ArithmeticNode right) implements ArithmeticNode {
        @Override
        public BigDecimal evaluate(Variables variables) {
            return operator.apply(left.evaluate(variables), right.evaluate(variables));
        }

        @Override
        public void collectNames(Set<String> names) {
            left.collectNames(names);
            right.collectNames(names);
        }
    }

    /** The binary operators and the two functions of the format: "+ − * /, min(a,b), max(a,b)". */
    enum Operator {
        ADD {
            @Override
            BigDecimal apply(BigDecimal a, BigDecimal b) {
                return a.add(b);
            }
        },
        SUBTRACT {
            @Override
            BigDecimal apply(BigDecimal a, BigDecimal b) {
                return a.subtract(b);
            }
        },
        MULTIPLY {
            @Override
            BigDecimal apply(BigDecimal a, BigDecimal b) {
                return a.multiply(b);
            }
        },
        DIVIDE {
            @Override
            BigDecimal apply(BigDecimal a, BigDecimal b) {
                return DecimalArithmetic.divide(a, b);
            }
        },
        MIN {
            @Override
            BigDecimal apply(BigDecimal a, BigDecimal b) {
                return a.min(b);
            }
        },
        MAX {
            @Override
            BigDecimal apply(BigDecimal a, BigDecimal b) {
                return a.max(b);
            }
        };

        abstract BigDecimal apply(BigDecimal a, BigDecimal b);
    }
}
