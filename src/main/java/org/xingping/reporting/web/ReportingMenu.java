package org.xingping.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** Reporting's menu entries: the committee's review-meeting report and the statistics, after the designation in the year's order. */
@Configuration(proxyBeanMethods = false)
class ReportingMenu {

    @Bean
    MenuEntry reviewReportEntry() {
        return new MenuEntry("campaign", "menu.reviewReport", "/reports", "❏", 340, Role.COMMITTEE);
    }

    /** The statistics: the committee's of every unit, a unit's and a branch's of their own (observers score, they do not compare). */
    @Bean
    MenuEntry statisticsEntry() {
        return new MenuEntry("campaign", "menu.statistics", "/statistics", "▥", 350, StatisticsController.ROLES);
    }
}
