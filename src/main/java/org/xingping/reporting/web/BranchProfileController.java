package org.xingping.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.xingping.decision.BranchHistory;
import org.xingping.platform.CurrentUser;
import org.xingping.reporting.profile.BranchProfile;
import org.xingping.reporting.profile.BranchProfiles;

/** The branch profile (支部档案) page; who may read which branch is the service's rule. */
@Controller
class BranchProfileController {

    private final BranchProfiles profiles;

    BranchProfileController(BranchProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/branches/{code}/profile")
    String profile(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        CurrentUser user = CurrentUser.required();
        BranchProfile profile = profiles.profile(code, year, user);
        model.addAttribute("profile", profile);
        model.addAttribute("committee", user.isCommittee());
        // The charts read their figures from data attributes: no inline script under the page's CSP.
        List<BranchHistory.YearOfLevel> oldestFirst = new ArrayList<>(profile.levels());
        Collections.reverse(oldestFirst);
        model.addAttribute("levelYears", joined(oldestFirst, level -> String.valueOf(level.year())));
        model.addAttribute("levelStars", joined(oldestFirst, level -> level.stars() == null ? "" : String.valueOf(level.stars())));
        List<BranchProfile.LostPoints> lost = profile.lostPoints();
        model.addAttribute("lostItems", joined(lost, BranchProfile.LostPoints::code));
        model.addAttribute("lostOwn", joined(lost, item -> plain(item.lost())));
        model.addAttribute("lostCategory", joined(lost, item -> plain(item.categoryAverage())));
        model.addAttribute("lostAll", joined(lost, item -> plain(item.allAverage())));
        model.addAttribute("pageScripts", List.of("/webjars/echarts/dist/echarts.min.js", "/assets/js/branch-profile.js"));
        return "reporting/profile";
    }

    private static <T> String joined(List<T> values, Function<T, String> text) {
        return values.stream().map(text).map(value -> Objects.requireNonNullElse(value, "")).collect(Collectors.joining("|"));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
