package org.xingping.rectification.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The ledger's menu entry: the 工委 sees every unit's tasks, a unit its own, a branch its own. */
@Configuration(proxyBeanMethods = false)
class RectificationMenu {

    @Bean
    MenuEntry rectificationEntry() {
        return new MenuEntry("campaign", "menu.rectification", "/rectification", "✔", 320,
                Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER, Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY));
    }
}
