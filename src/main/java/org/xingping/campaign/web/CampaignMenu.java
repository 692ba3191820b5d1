package org.xingping.campaign.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The campaign's menu entries. */
@Configuration(proxyBeanMethods = false)
class CampaignMenu {

    @Bean
    MenuEntry campaignsMenu() {
        return new MenuEntry("campaign", "menu.campaigns", "/campaigns", "◷", 190, EnumSet.allOf(Role.class));
    }

    @Bean
    MenuEntry calendarMenu() {
        return new MenuEntry("system", "menu.calendar", "/admin/calendar", "▤", 920, Set.of(Role.SYSTEM_ADMINISTRATOR));
    }
}
