package org.xingping.standard.expression;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.BinaryOperator;

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
        ADD(BigDecimal::add),
        SUBTRACT(BigDecimal::subtract),
        MULTIPLY(BigDecimal::multiply),
        DIVIDE(DecimalArithmetic::divide),
        MIN(BigDecimal::min),
        MAX(BigDecimal::max);

        private final BinaryOperator<BigDecimal> operation;

        Operator(BinaryOperator<BigDecimal> operation) {
            this.operation = operation;
        }

        BigDecimal apply(BigDecimal a, BigDecimal b) {
            return operation.apply(a, b);
        }
    }
}
