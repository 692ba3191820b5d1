package org.xingping.reporting.web;

import org.xingping.reporting.statistics.Chart;

/**
 * A dashboard as the page draws it: the chart, its figures as JSON for ECharts, and the address
 * of the lists behind them (a figure's key is appended).
 */
record ChartView(String title, Chart chart, String json, String listBase) {

    /** The figure of a series at a position along the axis (a heatmap's column and row), or null. */
    public Chart.Point cell(int series, int x, int y) {
        return chart.series().get(series).points().stream().filter(point -> point.x() == x && point.y() == y)
                .findFirst().orElse(null);
    }

    public String path() {
        return chart.dashboard().path();
    }
}
