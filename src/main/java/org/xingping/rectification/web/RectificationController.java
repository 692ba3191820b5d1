package org.xingping.rectification.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.platform.AppSettings;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;
import org.xingping.rectification.DeadlineNeedsConfirmation;
import org.xingping.rectification.RectificationLedger;
import org.xingping.rectification.RectificationTask;
import org.xingping.rectification.RectificationTask.Severity;
import org.xingping.rectification.RectificationTasks;

/**
 * The ledger of a year (counts, filters, the task list, the export; the 工委 adds tasks there) and
 * a task's page (its history, the owner's answer, the verifier's decision). Who may do what is
 * decided by the services; the page only hides what the account cannot use.
 */
@Controller
@RequestMapping("/rectification")
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER', 'UNIT_COMMITTEE', 'BRANCH_SECRETARY')")
class RectificationController {

    private final RectificationTasks tasks;
    private final RectificationLedger ledger;
    private final CampaignManagement campaigns;
    private final AppSettings settings;
    private final Flash flash;

    RectificationController(RectificationTasks tasks, RectificationLedger ledger, CampaignManagement campaigns,
            AppSettings settings, Flash flash) {
        this.tasks = tasks;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.settings = settings;
        this.flash = flash;
    }

    /** The latest year that has tasks, else the current campaign's: rectification follows the year before. */
    @GetMapping
    String current() {
        return "redirect:/rectification/" + tasks.latestYear().orElse(settings.campaignYear());
    }

    @GetMapping("/{year}")
    String ledger(@PathVariable int year, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String state, @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) String item, @RequestParam(required = false) String text,
            @PageableDefault(size = 20) Pageable pageable, Model model) {
        CurrentUser user = CurrentUser.required();
        RectificationLedger.Filter filter = filter(year, unit, state, severity, item, text);
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("years", campaigns.all().stream().map(Campaign::getYear).map(String::valueOf).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("summary", ledger.summary(filter, user));
        model.addAttribute("page", ledger.page(filter, user, pageable));
        model.addAttribute("today", ledger.today());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("states", List.of("OPEN", "ANSWERED", "REOPENED", "CLOSED", "OVERDUE"));
        model.addAttribute("committee", user.isCommittee());
        model.addAttribute("exportLink", exportLink(year, unit, state, severity, item, text));
        return "rectification/ledger";
    }

    @GetMapping("/{year}/export")
    void export(@PathVariable int year, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String state, @RequestParam(required = false) Severity severity,
            @RequestParam(required = false) String item, @RequestParam(required = false) String text,
            HttpServletResponse response) throws IOException {
        response.setContentType(XlsxDownload.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(year + "年整改台账.xlsx", StandardCharsets.UTF_8).build().toString());
        ledger.export(filter(year, unit, state, severity, item, text), CurrentUser.required(),
                response.getOutputStream());
    }

    /** The 工委 adds a task for one branch, or for every branch of a unit when no branch is given. */
    @PostMapping("/{year}/tasks")
    String add(@PathVariable int year, @RequestParam(required = false) String branchCode,
            @RequestParam(required = false) String unitCode, @RequestParam(required = false) String itemCode,
            @RequestParam(required = false) Severity severity, @RequestParam(required = false) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(defaultValue = "false") boolean confirmNonWorkingDay, RedirectAttributes redirect) {
        RectificationTasks.NewTask task = new RectificationTasks.NewTask(itemCode, severity, text, deadline,
                confirmNonWorkingDay);
        try {
            if (branchCode != null && !branchCode.isBlank()) {
                long id = tasks.add(year, branchCode, task, CurrentUser.required());
                flash.success(redirect, "rectification.added", String.valueOf(id));
            } else {
                int count = tasks.addForUnit(year, unitCode == null ? "" : unitCode.strip(), task,
                        CurrentUser.required());
                flash.success(redirect, "rectification.addedForUnit", String.valueOf(count), unitCode);
            }
        } catch (DeadlineNeedsConfirmation warning) {
            flash.info(redirect, warning.messageKey(), warning.arguments());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/rectification/" + year;
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.required();
        RectificationTask task = tasks.task(id, user);
        model.addAttribute("task", task);
        model.addAttribute("year", String.valueOf(task.year()));
        model.addAttribute("steps", tasks.history(id, user));
        model.addAttribute("overdue", task.overdueOn(tasks.today()));
        model.addAttribute("mayAnswer", tasks.mayAnswer(task, user));
        model.addAttribute("mayVerify", tasks.mayVerify(task, user));
        model.addAttribute("maxFiles", String.valueOf(RectificationTasks.MAX_FILES));
        return "rectification/task";
    }

    @PostMapping("/tasks/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String measures,
            @RequestParam(required = false) String outcome,
            @RequestParam(name = "evidence", required = false) MultipartFile[] evidence, RedirectAttributes redirect) {
        try {
            tasks.answer(id, measures, outcome, uploads(evidence), CurrentUser.required());
            flash.success(redirect, "rectification.answered");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/rectification/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        try {
            tasks.accept(id, CurrentUser.required());
            flash.success(redirect, "rectification.accepted");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/rectification/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/reopen")
    String reopen(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            tasks.reopen(id, reason, CurrentUser.required());
            flash.success(redirect, "rectification.reopened");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/rectification/tasks/" + id;
    }

    @GetMapping("/tasks/{id}/evidence/{evidence}")
    void evidence(@PathVariable long id, @PathVariable long evidence, HttpServletResponse response)
            throws IOException {
        CurrentUser user = CurrentUser.required();
        RectificationTask.Evidence file = tasks.history(id, user).stream().flatMap(step -> step.evidence().stream())
                .filter(candidate -> candidate.id() == evidence).findFirst()
                .orElseThrow(() -> new org.xingping.rectification.RectificationRefused("rectification.noSuchEvidence"));
        response.setContentType(file.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = tasks.openEvidence(id, evidence, user)) {
            in.transferTo(response.getOutputStream());
        }
    }

    private static RectificationLedger.Filter filter(int year, String unit, String state, Severity severity,
            String item, String text) {
        return new RectificationLedger.Filter(year, unit, state, severity, item, text);
    }

    private static String exportLink(int year, String unit, String state, Severity severity, String item,
            String text) {
        var builder = org.springframework.web.util.UriComponentsBuilder.fromPath("/rectification/" + year + "/export");
        if (unit != null && !unit.isBlank()) builder.queryParam("unit", unit);
        if (state != null && !state.isBlank()) builder.queryParam("state", state);
        if (severity != null) builder.queryParam("severity", severity);
        if (item != null && !item.isBlank()) builder.queryParam("item", item);
        if (text != null && !text.isBlank()) builder.queryParam("text", text);
        return builder.encode().build().toUriString();
    }

    private static List<RectificationTasks.Upload> uploads(MultipartFile[] files) {
        List<RectificationTasks.Upload> uploads = new ArrayList<>();
        if (files == null) {
            return uploads;
        }
        for (MultipartFile file : files) {
            // A file input left empty still sends a part, with no name and no bytes.
            if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                    || file.getOriginalFilename().isBlank())) {
                continue;
            }
            try {
                uploads.add(new RectificationTasks.Upload(file.getOriginalFilename(), file.getInputStream()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }
}
