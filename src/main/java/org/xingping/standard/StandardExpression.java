package org.xingping.standard;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * An expression a standard writes as text: its {@code formula}, or the comparison of an
 * {@code expr} condition or a veto's {@code when}. Keeps the text as written, for pages and
 * messages, and the names it reads, which the loader checked against the standard.
 */
public abstract sealed class StandardExpression permits Formula, Comparison {

    private final String text;
    private final Set<String> names;

    /** @param collectNames adds the names the parsed expression reads to the set it is given */
    StandardExpression(String text, Consumer<Set<String>> collectNames) {
        this.text = text;
        Set<String> collected = new TreeSet<>();
        collectNames.accept(collected);
        this.names = Collections.unmodifiableSet(collected);
    }

    /** The expression as the standard writes it. */
    public String text() {
        return text;
    }

    /** The variable names the expression reads. */
    public Set<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return text;
    }
}
