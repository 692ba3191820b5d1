package org.xingping.standard;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.xingping.standard.expression.ArithmeticNode;
import org.xingping.standard.expression.ExpressionParser;

/**
 * The optional {@code formula}: how the total is made from the part names, the section codes and
 * {@code appraisal}, with {@code + − * /}, parentheses, {@code min(a,b)} and {@code max(a,b)},
 * e.g. {@code (base - deduction) * 0.7 + appraisal * 0.3}. Exact decimal arithmetic.
 */
public final class Formula {

    private final String text;
    private final ArithmeticNode node;
    private final Set<String> names;

    private Formula(String text, ArithmeticNode node) {
        this.text = text;
        this.node = node;
        Set<String> collected = new TreeSet<>();
        node.collectNames(collected);
        this.names = Set.copyOf(collected);
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

    public String text() {
        return text;
    }

    /** The variable names the formula reads. */
    public Set<String> names() {
        return names;
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

    @Override
    public String toString() {
        return text;
    }
}
