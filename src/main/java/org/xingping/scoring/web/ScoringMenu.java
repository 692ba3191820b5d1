package org.xingping.scoring.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The scoring's menu entries for the committee. */
@Configuration(proxyBeanMethods = false)
class ScoringMenu {

    @Bean
    MenuEntry paperSheetsEntry() {
        return new MenuEntry("campaign", "menu.paperSheets", "/scoring/paper", "✎", 260,
                Set.of(Role.COMMITTEE_ADMINISTRATOR));
    }
}
