package org.xingping.scoring.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/**
 * Scoring's menu entries: the group's review for observers and leaders, the score ledger and the
 * typed-in paper sheets for the committee.
 */
@Configuration(proxyBeanMethods = false)
class ScoringMenu {

    @Bean
    MenuEntry groupReviewEntry() {
        return new MenuEntry("campaign", "menu.groupReview", "/scoring/group", "✎", 260,
                Set.of(Role.GROUP_LEADER, Role.OBSERVER));
    }

    @Bean
    MenuEntry scoreLedgerEntry() {
        return new MenuEntry("campaign", "menu.scoreLedger", "/scoring/committee", "☷", 270,
                Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER));
    }

    @Bean
    MenuEntry paperSheetsEntry() {
        return new MenuEntry("campaign", "menu.paperSheets", "/scoring/paper", "⎙", 280,
                Set.of(Role.COMMITTEE_ADMINISTRATOR));
    }
}
