package org.xingping.platform.web;

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

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("notices", notifications.latest(CurrentUser.required().id(), 100));
        return "platform/notifications";
    }

    @PostMapping("/read")
    String markRead() {
        notifications.markAllRead(CurrentUser.required().id());
        return "redirect:/notifications";
    }
}
