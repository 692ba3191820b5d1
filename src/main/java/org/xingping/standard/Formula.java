package org.xingping.standard;

import java.math.BigDecimal;
import java.util.Map;

import org.xingping.standard.expression.ArithmeticNode;
import org.xingping.standard.expression.ExpressionParser;

/**
 * The optional {@code formula}: how the total is made from the part names, the section codes and
 * {@code appraisal}, with {@code + − * /}, parentheses, {@code min(a,b)} and {@code max(a,b)},
 * e.g. {@code (base - deduction) * 0.7 + appraisal * 0.3}. Exact decimal arithmetic.
 */
public final class Formula extends StandardExpression {

    private final ArithmeticNode node;

    private Formula(String text, ArithmeticNode node) {
        super(text, node::collectNames);
        this.node = node;
    }

    /**
     * Reads a formula. The names it uses are not checked here; the loader checks them against
     * the standard.
     *
     * @throws IllegalArgumentException when it cannot be read; the message (in Chinese) says where and why
     */
    public static Formula parse(String text) {
        return new Formula(text, ExpressionParser.arithmetic(text));
    }

    /**
     * The formula's value.
     *
     * @throws IllegalArgumentException when a name it reads has no value
     * @throws ArithmeticException on a division by zero
     */
    public BigDecimal evaluate(Map<String, BigDecimal> values) {
        return node.evaluate(name -> valueOf(values, name));
    }

    static BigDecimal valueOf(Map<String, BigDecimal> values, String name) {
        BigDecimal value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no value for " + name);
        }
        return value;
    }
}
