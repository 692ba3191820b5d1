/**
 * The small arithmetic and comparison language of a standard's {@code formula}, {@code expr}
 * conditions and veto {@code when}: numbers, names, {@code + - * /}, parentheses,
 * {@code min(a,b)}, {@code max(a,b)} and one comparison, all over exact {@link java.math.BigDecimal}.
 * Internal to the standard module; the model wraps it in {@code Formula} and {@code Comparison}.
 */
package org.xingping.standard.expression;
