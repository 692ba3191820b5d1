package org.xingping.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** Reporting's menu entry: the committee's review-meeting report, after the designation in the year's order. */
@Configuration(proxyBeanMethods = false)
class ReportingMenu {

    @Bean
    MenuEntry reviewReportEntry() {
        return new MenuEntry("campaign", "menu.reviewReport", "/reports", "❏", 340, Role.COMMITTEE);
    }
}
