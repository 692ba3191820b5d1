package org.xingping.observation.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The observation's menu entries: the committee prepares it, observers read their itinerary. */
@Configuration(proxyBeanMethods = false)
class ObservationMenu {

    @Bean
    MenuEntry observationEntry() {
        return new MenuEntry("campaign", "menu.observation", "/observation", "⚑", 240,
                Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER));
    }

    @Bean
    MenuEntry itineraryEntry() {
        return new MenuEntry("campaign", "menu.itinerary", "/itinerary", "⚐", 250,
                Set.of(Role.GROUP_LEADER, Role.OBSERVER, Role.COMMITTEE_LEADER));
    }
}
