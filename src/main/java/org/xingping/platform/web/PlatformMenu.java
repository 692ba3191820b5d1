package org.xingping.platform.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;

/** The platform's own menu entries. */
@Configuration(proxyBeanMethods = false)
class PlatformMenu {

    @Bean
    MenuEntry homeMenu() {
        return new MenuEntry("main", "menu.home", "/", "⌂", 0, EnumSet.allOf(Role.class));
    }

    @Bean
    MenuEntry usersMenu() {
        return new MenuEntry("system", "menu.users", "/admin/users", "☺", 900, Set.of(Role.SYSTEM_ADMINISTRATOR));
    }

    @Bean
    MenuEntry auditMenu() {
        return new MenuEntry("system", "menu.audit", "/admin/audit", "☰", 910, Set.of(Role.SYSTEM_ADMINISTRATOR));
    }

    @Bean
    MenuEntry apiTokenMenu() {
        return new MenuEntry("system", "menu.apiTokens", "/account/tokens", "⚷", 995, EnumSet.allOf(Role.class));
    }

    @Bean
    MenuEntry passwordMenu() {
        return new MenuEntry("system", "menu.password", "/account/password", "⚿", 990, EnumSet.allOf(Role.class));
    }
}
