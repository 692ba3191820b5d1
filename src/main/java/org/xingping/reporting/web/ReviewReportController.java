package org.xingping.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.xingping.campaign.CampaignManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.web.Flash;
import org.xingping.reporting.ReportSection;
import org.xingping.reporting.ReviewReport;
import org.xingping.reporting.ReviewReports;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The committee's review-report page: what the campaign still lacks, the parts to include, its own
 * paragraphs, the date; generating answers with the DOCX or PDF, or the page again with the
 * reason it was refused and every word the committee typed kept.
 */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
class ReviewReportController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final ReviewReports reports;
    private final CampaignManagement campaigns;
    private final Flash flash;
    private final Clock clock;

    ReviewReportController(ReviewReports reports, CampaignManagement campaigns, Flash flash, Clock clock) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.flash = flash;
        this.clock = clock;
    }

    /** The menu's entry: the current campaign's report. */
    @GetMapping({"", "/review"})
    String current() {
        int year = campaigns.current().orElseThrow(() -> new Refused("declaration.noCampaign")).getYear();
        return "redirect:/reports/" + year + "/review";
    }

    @GetMapping("/{year}/review")
    ModelAndView page(@PathVariable int year) {
        ReviewReportForm form = new ReviewReportForm();
        form.setDate(LocalDate.now(clock));
        return page(year, form);
    }

    @PostMapping("/{year}/review")
    ModelAndView generate(@PathVariable int year, @ModelAttribute("form") ReviewReportForm form,
                          HttpServletResponse response) throws IOException {
        try {
            ReviewReport report = reports.compose(year, form.request(LocalDate.now(clock)), CurrentUser.required());
            byte[] file = form.pdf() ? reports.pdf(report) : reports.docx(report);
            response.setContentType(form.pdf() ? "application/pdf" : DOCX);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(year + "年度讲评报告." + (form.pdf() ? "pdf" : "docx"), StandardCharsets.UTF_8).build().toString());
            response.setContentLength(file.length);
            response.getOutputStream().write(file);
            // No view: the file is the answer.
            return null;
        } catch (Refused refused) {
            ModelAndView page = page(year, form);
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            page.addObject("refusal", flash.text(refused.messageKey(), refused.arguments()));
            return page;
        }
    }

    private ModelAndView page(int year, ReviewReportForm form) {
        ReviewReports.Readiness readiness = reports.readiness(year);
        ModelAndView page = new ModelAndView("reporting/review");
        page.addObject("year", String.valueOf(year));
        page.addObject("readiness", readiness);
        page.addObject("missing", readiness.missing().stream()
                .map(missing -> flash.text(missing.messageKey(), missing.arguments().toArray())).toList());
        page.addObject("form", form);
        page.addObject("sections", List.of(ReportSection.values()));
        page.addObject("deadline", reports.deadline(form.getDate() == null ? LocalDate.now(clock) : form.getDate()));
        page.addObject("workingDays", String.valueOf(ReviewReports.DEADLINE_WORKING_DAYS));
        return page;
    }
}
