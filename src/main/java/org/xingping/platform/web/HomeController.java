package org.xingping.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.ScopeDirectory;

/** Each role's home page: who you are, what you see, where to go next. */
@Controller
class HomeController {

    private final ScopeDirectory directory;

    HomeController(ScopeDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.required();
        user.unitId().flatMap(directory::unit).ifPresent(unit -> model.addAttribute("unit", unit));
        user.organizationId().flatMap(directory::organization)
                .ifPresent(organization -> model.addAttribute("organization", organization));
        return "platform/home";
    }
}
