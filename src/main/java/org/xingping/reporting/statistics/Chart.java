package org.xingping.reporting.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * One dashboard's figures in the shape its chart and its accessible table both need: the labels
 * along the axis, one or more series of values, and for each value the key of the list behind it.
 *
 * @param dashboard which dashboard
 * @param type      {@code bar}, {@code hbar} (ranked, horizontal) or {@code heatmap}
 * @param x         the labels along the axis (a heatmap's columns)
 * @param y         a heatmap's rows; empty for bars
 * @param series    the values
 * @param notes     sentences under the chart (year over year, what "ranked" means)
 */
public record Chart(Dashboard dashboard, String type, List<String> x, List<String> y, List<Series> series,
        List<String> notes) {

    /** A named row of values; {@code stack} groups bars drawn on top of one another. */
    public record Series(String name, String stack, List<Point> points) {
    }

    /**
     * One figure: its value, where it stands (column, and row in a heatmap) and the key of the
     * list behind it, or null when there is none.
     */
    public record Point(int x, int y, BigDecimal value, String key) {
    }

    public boolean isEmpty() {
        return series.stream().allMatch(series -> series.points().isEmpty());
    }
}
