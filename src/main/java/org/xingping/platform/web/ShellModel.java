package org.xingping.platform.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.xingping.platform.AppSettings;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Notifications;
import org.xingping.platform.XingPingProperties;

/** What the shell around every page needs: the account, its menu, the campaign year, links. */
@ControllerAdvice
class ShellModel {

    /** A menu entry as one page shows it. */
    record MenuLink(MenuEntry entry, boolean active) {
        public String section() {
            return entry.section();
        }
    }

    private final List<MenuEntry> entries;
    private final AppSettings settings;
    private final XingPingProperties properties;
    private final Notifications notifications;

    ShellModel(List<MenuEntry> entries, AppSettings settings, XingPingProperties properties,
            Notifications notifications) {
        this.notifications = notifications;
        this.entries = entries.stream().sorted(Comparator.comparingInt(MenuEntry::order)).toList();
        this.settings = settings;
        this.properties = properties;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.get().orElse(null);
    }

    @ModelAttribute("menu")
    List<MenuLink> menu(HttpServletRequest request) {
        return CurrentUser.get().map(user -> {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            List<MenuEntry> visible = entries.stream().filter(entry -> entry.visibleTo(user.role())).toList();
            // The most specific entry matching the address is the active one.
            MenuEntry active = visible.stream().filter(entry -> entry.matches(path))
                    .max(Comparator.comparingInt(entry -> entry.path().length())).orElse(null);
            return visible.stream().map(entry -> new MenuLink(entry, entry == active)).toList();
        }).orElse(List.of());
    }

    @ModelAttribute("campaignYear")
    Integer campaignYear() {
        return CurrentUser.get().isPresent() ? settings.campaignYear() : null;
    }

    /** Unread notifications, for the bell in the top bar. */
    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        return CurrentUser.get().map(user -> notifications.unread(user.id())).orElse(null);
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return properties.demo();
    }

    @ModelAttribute("links")
    QueryLinks links(HttpServletRequest request) {
        return new QueryLinks(request);
    }
}
