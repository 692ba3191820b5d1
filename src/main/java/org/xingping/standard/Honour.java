package org.xingping.standard;

import java.util.List;
import java.util.OptionalInt;

/**
 * An honour above the levels, such as 红旗党支部: "the system proposes the branches whose final
 * level is at least {@code requiresStars} and that meet {@code requires}, ranked by total, at most
 * {@code maxCount} (all branches tied at the cut are proposed); the committee decides".
 */
public record Honour(String code, String name, StarLevel requiresStars, List<String> requires, OptionalInt maxCount) {

    public Honour {
        requires = List.copyOf(requires);
    }
}
