package org.xingping.scoring.web;


import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.xingping.campaign.CampaignManagement;
import org.xingping.observation.ObservationGroup;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;
import org.xingping.scoring.GroupReviews;
import org.xingping.scoring.ScoreSheets;
import org.xingping.scoring.ScoringRefused;

/**
 * The group leader's pages: the group's branches, a branch's scores side by side with consensus
 * and finalising, the group's summaries; and the committee's score ledger and the switch that opens
 * the groups' scores to each other. Who may see what is decided by {@link GroupReviews}; the roles
 * here only keep units and branches out altogether.
 */
@Controller
@RequestMapping("/scoring")
class GroupReviewController {

    private static final int COMMITTEE_LIST_LIMIT = 100;

    private final GroupReviews reviews;
    private final ScoreSheets sheets;
    private final CampaignManagement campaigns;
    private final Flash flash;

    GroupReviewController(GroupReviews reviews, ScoreSheets sheets, CampaignManagement campaigns, Flash flash) {
        this.reviews = reviews;
        this.sheets = sheets;
        this.campaigns = campaigns;
        this.flash = flash;
    }

    // --- the group's pages ---------------------------------------------------------------------------------

    @GetMapping("/group")
    @PreAuthorize("hasAnyRole('OBSERVER', 'GROUP_LEADER', 'COMMITTEE_LEADER')")
    String group(@RequestParam(required = false) Integer year, Model model) {
        int campaignYear = year(year);
        CurrentUser user = CurrentUser.required();
        model.addAttribute("year", campaignYear);
        model.addAttribute("group", reviews.groupOf(campaignYear, user).orElse(null));
        model.addAttribute("leads", reviews.leads(campaignYear, user));
        model.addAttribute("branches", reviews.branchesOf(campaignYear, user));
        model.addAttribute("disclosure", reviews.disclosure(campaignYear));
        return "scoring/group";
    }

    @GetMapping("/review/{code}")
    @PreAuthorize("hasAnyRole('OBSERVER', 'GROUP_LEADER', 'COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    String review(@PathVariable String code, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer group, Model model) {
        CurrentUser user = CurrentUser.required();
        model.addAttribute("review", reviews.review(year(year), code, group, user));
        model.addAttribute("committee", user.isCommittee());
        model.addAttribute("names", reviews.observerNames());
        return "scoring/review";
    }

    @PostMapping("/review/{code}/consensus")
    @PreAuthorize("hasAnyRole('GROUP_LEADER', 'COMMITTEE_LEADER')")
    String consensus(@PathVariable String code, @RequestParam int year, @RequestParam String item,
            @RequestParam(required = false) String points, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            reviews.setConsensus(year, code, item, points, reason, CurrentUser.required());
            flash.success(redirect, "review.consensus.set", item);
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:" + reviewPath(code, year) + "#item-" + item;
    }

    @PostMapping("/review/{code}/finalise")
    @PreAuthorize("hasAnyRole('GROUP_LEADER', 'COMMITTEE_LEADER')")
    String finalise(@PathVariable String code, @RequestParam int year, RedirectAttributes redirect) {
        try {
            reviews.finalise(year, code, CurrentUser.required());
            flash.success(redirect, "review.finalise.done", code);
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:" + reviewPath(code, year);
    }

    /** The signed-in observer's group's summaries; the committee names the group it reads. */
    @GetMapping("/summaries")
    @PreAuthorize("hasAnyRole('OBSERVER', 'GROUP_LEADER', 'COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    String summaries(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer group,
            Model model) {
        int campaignYear = year(year);
        CurrentUser user = CurrentUser.required();
        model.addAttribute("year", campaignYear);
        model.addAttribute("names", reviews.observerNames());
        if (group != null && user.isCommittee()) {
            model.addAttribute("groupLabel", ObservationGroup.label(group));
            model.addAttribute("leads", false);
            model.addAttribute("reader", true);
            model.addAttribute("slots", reviews.summariesOfGroup(campaignYear, group, user));
            return "scoring/summaries";
        }
        ObservationGroup own = reviews.groupOf(campaignYear, user)
                .orElseThrow(() -> new ScoringRefused("review.noGroup", String.valueOf(campaignYear)));
        model.addAttribute("groupLabel", own.label());
        model.addAttribute("leads", reviews.leads(campaignYear, user));
        model.addAttribute("reader", false);
        model.addAttribute("slots", reviews.summaries(campaignYear, user));
        model.addAttribute("me", reviews.observerName(user).orElse(""));
        return "scoring/summaries";
    }

    @PostMapping("/summaries")
    @PreAuthorize("hasAnyRole('GROUP_LEADER', 'COMMITTEE_LEADER')")
    String draft(@RequestParam int year, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String highlights, @RequestParam(required = false) String problems,
            @RequestParam(required = false) String impression, RedirectAttributes redirect) {
        try {
            reviews.draftSummary(year, unit, highlights, problems, impression, CurrentUser.required());
            flash.success(redirect, "review.summary.drafted");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/scoring/summaries?year=" + year + "#summary-" + (unit == null || unit.isBlank() ? "group" : unit);
    }

    @PostMapping("/summaries/{id}/answer")
    @PreAuthorize("hasAnyRole('OBSERVER', 'GROUP_LEADER', 'COMMITTEE_LEADER')")
    String answer(@PathVariable long id, @RequestParam int year, @RequestParam boolean agrees,
            @RequestParam(required = false) String dissent, RedirectAttributes redirect) {
        try {
            reviews.answer(year, id, agrees, dissent, CurrentUser.required());
            flash.success(redirect, agrees ? "review.summary.agreed" : "review.summary.dissented");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/scoring/summaries?year=" + year;
    }

    // --- the committee's pages -------------------------------------------------------------------------------

    @GetMapping("/committee")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    String committee(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            Model model) {
        int campaignYear = year(year);
        CurrentUser user = CurrentUser.required();
        model.addAttribute("year", campaignYear);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("disclosure", reviews.disclosure(campaignYear));
        model.addAttribute("branches", reviews.plannedBranches(campaignYear, q, COMMITTEE_LIST_LIMIT, user));
        model.addAttribute("limit", COMMITTEE_LIST_LIMIT);
        model.addAttribute("mayDisclose", user.hasRole(Role.COMMITTEE_ADMINISTRATOR));
        model.addAttribute("groups", reviews.groupNumbers(campaignYear));
        return "scoring/committee";
    }

    /** Every planned branch the search matches, not only the first {@value #COMMITTEE_LIST_LIMIT} the page shows. */
    @GetMapping("/committee/export")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    void exportCommittee(@RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        int campaignYear = year(year);
        List<GroupReviews.BranchStatus> branches = reviews.plannedBranches(campaignYear, q, Integer.MAX_VALUE,
                CurrentUser.required());
        XlsxDownload.send(response, flash.text("export.committee.file", String.valueOf(campaignYear)) + ".xlsx",
                flash.text("export.committee.sheet"),
                List.of(flash.text("export.committee.branchCode"), flash.text("review.committee.branch"),
                        flash.text("export.committee.unit"), flash.text("review.committee.group"),
                        flash.text("review.committee.state")),
                rows -> branches.forEach(branch -> rows.add(List.of(branch.branchCode(), branch.branchName(),
                        branch.unitName(), ObservationGroup.label(branch.group()),
                        branch.finalised() ? flash.text("review.finalisedTag")
                                : flash.text("review.submittedOf", branch.submitted(), branch.members())))));
    }

    @PostMapping("/committee/disclosure")
    @PreAuthorize("hasRole('COMMITTEE_ADMINISTRATOR')")
    String disclose(@RequestParam int year, @RequestParam boolean opened, RedirectAttributes redirect) {
        reviews.disclose(year, opened, CurrentUser.required());
        flash.success(redirect, opened ? "review.disclosure.openedNow" : "review.disclosure.closedNow");
        return "redirect:/scoring/committee?year=" + year;
    }

    @GetMapping("/ledger/{code}")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    String ledger(@PathVariable String code, @RequestParam(required = false) Integer year, Model model) {
        int campaignYear = year(year);
        model.addAttribute("year", campaignYear);
        model.addAttribute("branchCode", code);
        model.addAttribute("entries", sheets.ledger(campaignYear, code));
        Map<String, String> itemNames = new HashMap<>();
        sheets.standardOf(campaignYear).items().forEach(item -> itemNames.put(item.code(), item.name()));
        model.addAttribute("itemNames", itemNames);
        return "scoring/ledger";
    }

    /** A branch's score ledger, every entry in order, as the page lists them. */
    @GetMapping("/ledger/{code}/export")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    void exportLedger(@PathVariable String code, @RequestParam(required = false) Integer year,
            HttpServletResponse response) throws IOException {
        int campaignYear = year(year);
        var entries = sheets.ledger(campaignYear, code);
        Map<String, String> itemNames = new HashMap<>();
        sheets.standardOf(campaignYear).items().forEach(item -> itemNames.put(item.code(), item.name()));
        java.time.format.DateTimeFormatter seconds = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(java.time.ZoneId.systemDefault());
        XlsxDownload.send(response, flash.text("export.ledger.file", String.valueOf(campaignYear), code) + ".xlsx",
                flash.text("review.ledger.open"),
                List.of(flash.text("export.ledger.at"), flash.text("export.ledger.observer"), flash.text("review.committee.group"),
                        flash.text("export.ledger.itemCode"), flash.text("export.ledger.item"), flash.text("export.ledger.old"),
                        flash.text("export.ledger.new"), flash.text("export.ledger.points"), flash.text("export.ledger.reason")),
                rows -> entries.forEach(entry -> rows.add(java.util.Arrays.asList(seconds.format(entry.enteredAt()),
                        entry.observerName(), ObservationGroup.label(entry.group()), entry.itemCode(),
                        itemNames.get(entry.itemCode()), entry.oldValue(), entry.newValue(), entry.newPoints(),
                        entry.reason()))));
    }

    private int year(Integer year) {
        if (year != null) {
            return year;
        }
        return campaigns.current().orElseThrow(() -> new ScoringRefused("declaration.noCampaign")).getYear();
    }

    private static String reviewPath(String code, int year) {
        return UriComponentsBuilder.fromPath("/scoring/review/{code}").queryParam("year", year).buildAndExpand(code)
                .encode().toUriString();
    }
}
