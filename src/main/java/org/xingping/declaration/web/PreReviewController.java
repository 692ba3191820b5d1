package org.xingping.declaration.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.web.Flash;

/** The unit party committee's queue of its branches' declarations: open, return, forward, forward many. */
@Controller
@RequestMapping("/declarations/review")
@PreAuthorize("hasRole('UNIT_COMMITTEE')")
class PreReviewController {

    private final DeclarationManagement declarations;
    private final CampaignManagement campaigns;
    private final WorkingCalendar calendar;
    private final Flash flash;
    private final Clock clock;

    PreReviewController(DeclarationManagement declarations, CampaignManagement campaigns, WorkingCalendar calendar,
            Flash flash, Clock clock) {
        this.declarations = declarations;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping
    String queue(Model model) {
        CurrentUser user = CurrentUser.required();
        var campaign = campaigns.current().filter(current -> CampaignManagement.sees(current, user.scope()));
        model.addAttribute("campaign", campaign.orElse(null));
        campaign.ifPresent(current -> {
            LocalDate today = LocalDate.now(clock);
            LocalDate deadline = current.calendar().preReviewDeadline();
            model.addAttribute("rows", declarations.rows(current.getId(), DeclarationFilter.everything(), user.scope()));
            model.addAttribute("deadline", deadline);
            model.addAttribute("overdue", today.isAfter(deadline));
            model.addAttribute("daysLeft", calendar.workingDaysBetween(today, deadline));
        });
        return "declaration/review";
    }

    /** The unit's queue as a sheet: every declaration of its unit in the current campaign, as listed. */
    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.required();
        Campaign campaign = campaigns.current().filter(current -> CampaignManagement.sees(current, user.scope()))
                .orElseThrow(() -> new Refused("declaration.noCampaign"));
        DeclarationSheet.send(response, flash, campaign,
                declarations.rows(campaign.getId(), DeclarationFilter.everything(), user.scope()));
    }

    @PostMapping("/forward")
    String forwardAll(@RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
        if (ids == null || ids.isEmpty()) {
            flash.error(redirect, "preReview.noneChosen");
            return "redirect:/declarations/review";
        }
        try {
            int forwarded = declarations.forwardAll(ids, CurrentUser.required());
            flash.success(redirect, "preReview.forwarded", forwarded);
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/declarations/review";
    }
}
