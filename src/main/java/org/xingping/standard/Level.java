package org.xingping.standard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A level the standard defines: "earned when the rounded total ≥ {@code min} and every condition
 * in {@code requires} holds".
 */
public record Level(StarLevel stars, String name, BigDecimal min, List<String> requires) {

    public Level {
        requires = List.copyOf(requires);
    }
}
