package org.xingping.standard;

import java.math.BigDecimal;
import java.util.Map;

import org.xingping.standard.expression.ComparisonNode;
import org.xingping.standard.expression.ExpressionParser;

/**
 * A comparison ({@code >= <= > < == !=}) over the variables of the formula and the rounded
 * {@code total}, such as {@code appraisal >= 60}: the test of an {@code expr} condition and of a
 * veto's {@code when}.
 */
public final class Comparison extends StandardExpression {

    private final ComparisonNode node;

    private Comparison(String text, ComparisonNode node) {
        super(text, node::collectNames);
        this.node = node;
    }

    /**
     * Reads a comparison; the loader checks the names it uses.
     *
     * @throws IllegalArgumentException when it cannot be read; the message (in Chinese) says where and why
     */
    public static Comparison parse(String text) {
        return new Comparison(text, ExpressionParser.comparison(text));
    }

    /**
     * Whether the comparison holds for these values.
     *
     * @throws IllegalArgumentException when a name it reads has no value
     * @throws ArithmeticException on a division by zero
     */
    public boolean holds(Map<String, BigDecimal> values) {
        return node.holds(name -> Formula.valueOf(values, name));
    }
}
