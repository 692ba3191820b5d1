package org.xingping.platform.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.ScopeDirectory;

/** Each role's home page: who you are, what you see, where to go next. */
@Controller
class HomeController {

    private final ScopeDirectory directory;
    private final List<HomeCard.Provider> cards;

    HomeController(ScopeDirectory directory, List<HomeCard.Provider> cards) {
        this.directory = directory;
        this.cards = cards;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.required();
        user.unitId().flatMap(directory::unit).ifPresent(unit -> model.addAttribute("unit", unit));
        user.organizationId().flatMap(directory::organization)
                .ifPresent(organization -> model.addAttribute("organization", organization));
        model.addAttribute("cards", cards.stream().flatMap(provider -> provider.cards(user).stream()).toList());
        return "platform/home";
    }
}
