package org.xingping.platform.table;

import java.util.Objects;

/**
 * One column of a table contract: the English name that is the canonical key of every cell, the
 * Chinese name a header may use instead, and whether the header must have it.
 */
public record Column(String name, String chineseName, boolean required) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chineseName, "chineseName");
        if (name.isBlank() || chineseName.isBlank()) {
            throw new IllegalArgumentException("A column needs an English and a Chinese name");
        }
    }

    public static Column required(String name, String chineseName) {
        return new Column(name, chineseName, true);
    }

    public static Column optional(String name, String chineseName) {
        return new Column(name, chineseName, false);
    }
}
