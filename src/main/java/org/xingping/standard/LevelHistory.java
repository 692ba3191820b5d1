package org.xingping.standard;

import java.util.Map;

/** 历年星级: the level a branch held in each past year; a year not recorded counts as not rated. */
public record LevelHistory(Map<Integer, StarLevel> byYear) {

    public static final LevelHistory NONE = new LevelHistory(Map.of());

    public LevelHistory {
        byYear = Map.copyOf(byYear);
    }

    public StarLevel in(int year) {
        return byYear.getOrDefault(year, StarLevel.NOT_RATED);
    }

    /** "held at least {@code stars} stars in each of the last {@code years} years" before {@code year}. */
    public boolean heldAtLeast(StarLevel stars, int years, int year) {
        for (int back = 1; back <= years; back++) {
            if (in(year - back).isBelow(stars)) {
                return false;
            }
        }
        return true;
    }
}
