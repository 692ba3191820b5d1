package org.xingping.declaration.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The declarations' menu entries, one per role that works with them. */
@Configuration(proxyBeanMethods = false)
class DeclarationMenu {

    @Bean
    MenuEntry myDeclarationMenu() {
        return new MenuEntry("campaign", "menu.myDeclaration", "/declarations/mine", "✎", 210,
                Set.of(Role.BRANCH_SECRETARY));
    }

    @Bean
    MenuEntry preReviewMenu() {
        return new MenuEntry("campaign", "menu.preReview", "/declarations/review", "✓", 220,
                Set.of(Role.UNIT_COMMITTEE));
    }

    @Bean
    MenuEntry declarationsMenu() {
        return new MenuEntry("campaign", "menu.declarations", "/declarations", "≣", 230,
                Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER));
    }
}
