package org.xingping.decision.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The decision's menu entry: the committee's board. */
@Configuration(proxyBeanMethods = false)
class DecisionMenu {

    @Bean
    MenuEntry decisionEntry() {
        return new MenuEntry("campaign", "menu.decision", "/decision", "★", 280, Role.COMMITTEE);
    }
}
