package org.xingping.notice.web;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xingping.platform.Role;
import org.xingping.platform.web.MenuEntry;

/** The notice's menu entry: the committee's notice and its objections. */
@Configuration(proxyBeanMethods = false)
class NoticeMenu {

    @Bean
    MenuEntry noticeEntry() {
        return new MenuEntry("campaign", "menu.notice", "/notice", "⚖", 300,
                Set.of(Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER));
    }
}
