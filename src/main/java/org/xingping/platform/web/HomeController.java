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
    private final List<HomeChart.Provider> charts;

    HomeController(ScopeDirectory directory, List<HomeCard.Provider> cards, List<HomeChart.Provider> charts) {
        this.directory = directory;
        this.cards = cards;
        this.charts = charts;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUser.required();
        user.unitId().flatMap(directory::unit).ifPresent(unit -> model.addAttribute("unit", unit));
        user.organizationId().flatMap(directory::organization)
                .ifPresent(organization -> model.addAttribute("organization", organization));
        model.addAttribute("cards", cards.stream().flatMap(provider -> provider.cards(user).stream()).toList());
        List<HomeChart> drawn = new java.util.ArrayList<>();
        java.util.Set<String> scripts = new java.util.LinkedHashSet<>();
        for (HomeChart.Provider provider : charts) {
            List<HomeChart> mine = provider.charts(user);
            if (!mine.isEmpty()) {
                drawn.addAll(mine);
                scripts.addAll(provider.scripts());
            }
        }
        model.addAttribute("charts", drawn);
        model.addAttribute("pageScripts", List.copyOf(scripts));
        return "platform/home";
    }
}
