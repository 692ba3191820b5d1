package org.xingping.reporting.statistics;

import java.util.Arrays;
import java.util.Locale;

import org.xingping.platform.Refused;

/**
 * The dashboards of the statistics page, each a chart and the lists behind its figures; and
 * {@link #VISITS}, an observer's own group's visits, drawn on the observer's home page only.
 */
public enum Dashboard {
    PROGRESS, STARS, TREND, KINDS, UNITS, CATEGORIES, HEATMAP, GROUPS, RECTIFICATION, VISITS;

    /** The dashboard's name in addresses: {@code /statistics/heatmap/list}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Groups and categories compare units and observers with one another: the committee's alone. */
    public boolean committeeOnly() {
        return this == CATEGORIES || this == GROUPS;
    }

    /** Whether the statistics page draws it: an observer's own visits are not compared there. */
    public boolean onStatisticsPage() {
        return this != VISITS;
    }

    public String messageKey() {
        return "statistics.dashboard." + path();
    }

    public static Dashboard of(String path) {
        return Arrays.stream(values()).filter(Dashboard::onStatisticsPage)
                .filter(dashboard -> dashboard.path().equals(path)).findFirst()
                .orElseThrow(() -> new Refused("statistics.unknownDashboard", path));
    }
}
