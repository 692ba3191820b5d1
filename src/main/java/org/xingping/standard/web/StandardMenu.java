package org.xingping.standard.web;

import java.util.EnumSet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The standards' menu entry: everyone reads the standard the year is rated by. */
@Configuration(proxyBeanMethods = false)
class StandardMenu {

    @Bean
    MenuEntry standardsMenu() {
        return new MenuEntry("campaign", "menu.standards", "/standards", "☆", 200, EnumSet.allOf(Role.class));
    }
}
