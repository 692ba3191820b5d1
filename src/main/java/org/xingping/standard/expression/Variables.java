package org.xingping.standard.expression;

import java.math.BigDecimal;

/** The values an expression's names stand for while it is evaluated. */
@FunctionalInterface
public interface Variables {

    /**
     * The value of a name the expression uses.
     *
     * @throws IllegalArgumentException when the name has no value (a loaded standard's
     *         expressions only use names the loader checked, so this is a programming error)
     */
    BigDecimal valueOf(String name);
}
