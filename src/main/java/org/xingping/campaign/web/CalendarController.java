package org.xingping.campaign.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.CalendarDay;
import org.xingping.campaign.CampaignRefused;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

/** The 系统管理员's page of the working-day calendar: holidays and make-up working days by year. */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

    private final WorkingCalendar calendar;
    private final Flash flash;
    private final Clock clock;

    CalendarController(WorkingCalendar calendar, Flash flash, Clock clock) {
        this.calendar = calendar;
        this.flash = flash;
        this.clock = clock;
    }

    @GetMapping
    String show(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("years", calendar.years());
        model.addAttribute("days", calendar.year(shown));
        model.addAttribute("kinds", CalendarDay.Kind.values());
        return "campaign/calendar";
    }

    /** The marked days of the shown year, as the page lists them. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) Integer year, HttpServletResponse response) throws IOException {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        var days = calendar.year(shown);
        DateTimeFormatter weekday = DateTimeFormatter.ofPattern("EEEE", Locale.SIMPLIFIED_CHINESE);
        XlsxDownload.send(response, flash.text("export.calendar.file", String.valueOf(shown)) + ".xlsx",
                flash.text("calendar.title"),
                List.of(flash.text("calendar.day"), flash.text("calendar.weekday"), flash.text("calendar.kind"),
                        flash.text("calendar.name")),
                rows -> days.forEach(day -> rows.add(java.util.Arrays.asList(day.day().toString(),
                        weekday.format(day.day()), flash.text(day.kind().messageKey()), day.name()))));
    }

    @PostMapping
    String mark(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @RequestParam CalendarDay.Kind kind, @RequestParam String name, RedirectAttributes redirect) {
        try {
            calendar.mark(new CalendarDay(day, kind, name));
            flash.success(redirect, "calendar.marked", day);
        } catch (CampaignRefused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/admin/calendar?year=" + day.getYear();
    }

    @PostMapping("/clear")
    String clear(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            RedirectAttributes redirect) {
        calendar.clear(day);
        flash.success(redirect, "calendar.cleared", day);
        return "redirect:/admin/calendar?year=" + day.getYear();
    }
}
