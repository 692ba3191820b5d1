package org.xingping.decision.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/**
 * The designation's menu entries: the designation for the committee, and level histories for the
 * committee and for unit and branch accounts, each reading only their own.
 */
@Configuration(proxyBeanMethods = false)
class DesignationMenu {

    @Bean
    MenuEntry designationEntry() {
        return new MenuEntry("campaign", "menu.designation", "/decision/designation", "✪", 320,
                Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER));
    }

    @Bean
    MenuEntry levelHistoryEntry() {
        return new MenuEntry("campaign", "menu.levelHistory", "/decision/history", "◴", 330,
                Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER, Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY));
    }
}
