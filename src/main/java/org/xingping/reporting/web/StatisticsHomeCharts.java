package org.xingping.reporting.web;

import java.util.List;

import org.springframework.stereotype.Component;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.HomeChart;
import org.xingping.reporting.statistics.Dashboard;
import org.xingping.reporting.statistics.Statistics;
import org.xingping.reporting.statistics.StatisticsFilter;

/**
 * The statistics each role sees first on its home page: the committee the campaign's progress and
 * the levels against last year, a unit its progress and rectification, a branch its level and its
 * rectification; an observer its own group's visits and its own score sheets (nothing compared).
 */
@Component
class StatisticsHomeCharts implements HomeChart.Provider {

    private final Statistics statistics;
    private final Flash text;

    StatisticsHomeCharts(Statistics statistics, Flash text) {
        this.statistics = statistics;
        this.text = text;
    }

    @Override
    public List<HomeChart> charts(CurrentUser user) {
        if (user.hasRole(Role.GROUP_LEADER) || user.hasRole(Role.OBSERVER)) {
            return statistics.visits(user).isEmpty() ? List.of() : List.of(new HomeChart("home-chart-visits",
                    text.text(Dashboard.VISITS.messageKey()), "/statistics/data/visits", "/itinerary",
                    text.text("statistics.home.itinerary")));
        }
        if (!StatisticsController.ROLES.contains(user.role())) {
            return List.of();
        }
        try {
            // Checks there is a campaign to count and a scope to count in.
            statistics.select(StatisticsFilter.none(), user.scope());
        } catch (Refused nothingToCount) {
            return List.of();
        }
        List<Dashboard> dashboards = user.isCommittee() ? List.of(Dashboard.PROGRESS, Dashboard.STARS)
                : user.hasRole(Role.UNIT_COMMITTEE) ? List.of(Dashboard.PROGRESS, Dashboard.RECTIFICATION)
                : List.of(Dashboard.STARS, Dashboard.RECTIFICATION);
        return dashboards.stream().map(dashboard -> new HomeChart("home-chart-" + dashboard.path(),
                text.text(dashboard.messageKey()), "/statistics/data/" + dashboard.path(), "/statistics",
                text.text("statistics.home.open"))).toList();
    }

    @Override
    public List<String> scripts() {
        return StatisticsController.SCRIPTS;
    }
}
