package org.xingping.organization.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The registry's menu entries: who sees the lists, and who imports. */
@Configuration(proxyBeanMethods = false)
class OrganizationMenu {

    static final Set<Role> READERS = Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER,
            Role.SYSTEM_ADMINISTRATOR, Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY);

    @Bean
    MenuEntry organizationsMenu() {
        return new MenuEntry("registry", "menu.organizations", "/organizations", "☷", 100, READERS);
    }

    @Bean
    MenuEntry unitsMenu() {
        return new MenuEntry("registry", "menu.units", "/units", "▦", 110, READERS);
    }

    @Bean
    MenuEntry importMenu() {
        return new MenuEntry("registry", "menu.import", "/organizations/import", "⇪", 120,
                Set.of(Role.COMMITTEE_ADMINISTRATOR));
    }
}
