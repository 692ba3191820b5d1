package org.xingping.reporting.statistics;

/**
 * What the statistics page was asked for, as typed: the campaign year, a unit category, a unit
 * code; each may be empty. {@link Statistics#select} checks it against the data and the caller's
 * scope before any figure is counted.
 */
public record StatisticsFilter(Integer year, String category, String unit) {

    public static StatisticsFilter none() {
        return new StatisticsFilter(null, null, null);
    }

    boolean hasCategory() {
        return category != null && !category.isBlank();
    }

    boolean hasUnit() {
        return unit != null && !unit.isBlank();
    }
}
