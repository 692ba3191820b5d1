package org.xingping.notice.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.decision.RatingDecisions;
import org.xingping.notice.NoticedUnit;
import org.xingping.notice.Objections;
import org.xingping.notice.PublicNotice;
import org.xingping.notice.PublicNotices;
import org.xingping.platform.AppSettings;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

/**
 * The committee's notice of a year: before opening, the draft (period and wording) to edit; once
 * open, its period, its objections and closing.
 */
@Controller
@RequestMapping("/notice")
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
class NoticeController {

    private final PublicNotices notices;
    private final Objections objections;
    private final RatingDecisions decisions;
    private final AppSettings settings;
    private final Flash flash;

    NoticeController(PublicNotices notices, Objections objections, RatingDecisions decisions, AppSettings settings,
            Flash flash) {
        this.notices = notices;
        this.objections = objections;
        this.decisions = decisions;
        this.settings = settings;
        this.flash = flash;
    }

    @GetMapping
    String current() {
        return "redirect:/notice/" + settings.campaignYear();
    }

    @GetMapping("/{year}")
    String notice(@PathVariable int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) String contact, Model model) {
        CurrentUser user = CurrentUser.required();
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("confirmed", decisions.confirmation(year).isPresent());
        PublicNotice notice = notices.find(year).orElse(null);
        model.addAttribute("notice", notice);
        if (notice == null && decisions.confirmation(year).isPresent()) {
            model.addAttribute("draft", notices.draft(year, startsOn, contact, user));
        }
        if (notice != null) {
            model.addAttribute("units", notices.units(year));
            model.addAttribute("counts", objections.counts(year, user));
            model.addAttribute("receiving", notice.receivesObjectionsOn(notices.today()));
            model.addAttribute("ended", notice.periodEndedBy(notices.today()));
        }
        return "notice/notice";
    }

    /** The branches on (or for) the year's notice, unit by unit, as the page lists them. */
    @GetMapping("/{year}/export")
    void export(@PathVariable int year, HttpServletResponse response) throws IOException {
        List<NoticedUnit> units = notices.units(year);
        XlsxDownload.send(response, flash.text("export.notice.file", String.valueOf(year)) + ".xlsx",
                flash.text("publicNotice.list"),
                List.of(flash.text("export.notice.unitCode"), flash.text("publicNotice.unit"),
                        flash.text("export.notice.branchCode"), flash.text("publicNotice.branch"),
                        flash.text("export.notice.stars"), flash.text("publicNotice.level"),
                        flash.text("publicNotice.honours"), flash.text("publicNotice.held")),
                rows -> units.forEach(unit -> unit.branches().forEach(branch -> rows.add(List.of(unit.unitCode(),
                        unit.unitName(), branch.branchCode(), branch.branchName(), branch.stars(), branch.levelName(),
                        String.join("、", branch.honourNames()), branch.held() ? flash.text("export.yes") : "")))));
    }

    @PostMapping("/{year}/open")
    String open(@PathVariable int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) String title, @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        try {
            PublicNotice notice = notices.open(year, new PublicNotices.OpenNotice(startsOn, title, body),
                    CurrentUser.required());
            flash.success(redirect, "publicNotice.opened", notice.startsOn().toString(), notice.endsOn().toString());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/notice/" + year;
    }

    @PostMapping("/{year}/close")
    String close(@PathVariable int year, RedirectAttributes redirect) {
        try {
            notices.close(year, CurrentUser.required());
            flash.success(redirect, "publicNotice.closed", String.valueOf(year));
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/notice/" + year;
    }
}
