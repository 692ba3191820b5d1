package org.xingping.platform.web;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Notifications;

/** One's notifications, newest first; reading them marks them read. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    /** As many as the page shows: the export holds the same notifications. */
    private static final int SHOWN = 100;

    private final Notifications notifications;
    private final Flash flash;

    NotificationController(Notifications notifications, Flash flash) {
        this.notifications = notifications;
        this.flash = flash;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("notices", notifications.latest(CurrentUser.required().id(), SHOWN));
        return "platform/notifications";
    }

    /** One's notifications as the page lists them, each in words. */
    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        var notices = notifications.latest(CurrentUser.required().id(), SHOWN);
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        XlsxDownload.send(response, flash.text("export.notifications.file") + ".xlsx", flash.text("notice.title"),
                List.of(flash.text("export.notifications.at"), flash.text("export.notifications.text"),
                        flash.text("export.notifications.read")),
                rows -> notices.forEach(notice -> rows.add(List.of(minutes.format(notice.createdAt()),
                        flash.text(notice.messageKey(), notice.arguments().toArray()),
                        notice.read() ? flash.text("export.yes") : ""))));
    }

    @PostMapping("/read")
    String markRead() {
        notifications.markAllRead(CurrentUser.required().id());
        return "redirect:/notifications";
    }
}
