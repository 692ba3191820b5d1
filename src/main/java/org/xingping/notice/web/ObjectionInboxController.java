package org.xingping.notice.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

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
import org.xingping.notice.NoticeRefused;
import org.xingping.notice.Objection;
import org.xingping.notice.ObjectionStatus;
import org.xingping.notice.ObjectionSubmission;
import org.xingping.notice.Objections;
import org.xingping.notice.PublicNotices;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

/** The committee's objections inbox: the list, and one page per objection to handle it. */
@Controller
@RequestMapping("/notice/{year}/objections")
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
class ObjectionInboxController {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Objections objections;
    private final Flash flash;

    private final PublicNotices notices;

    ObjectionInboxController(Objections objections, PublicNotices notices, Flash flash) {
        this.objections = objections;
        this.notices = notices;
        this.flash = flash;
    }

    @GetMapping
    String inbox(@PathVariable int year, @RequestParam(required = false) ObjectionStatus status, Model model) {
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ObjectionStatus.values());
        model.addAttribute("objections", objections.list(year, status, CurrentUser.required()));
        model.addAttribute("notice", notices.find(year).orElse(null));
        model.addAttribute("units", notices.units(year));
        model.addAttribute("today", notices.today());
        return "notice/objections";
    }

    /** The inbox under its status filter, every objection of it, as the table shows them. */
    @GetMapping("/export")
    void export(@PathVariable int year, @RequestParam(required = false) ObjectionStatus status,
                HttpServletResponse response) throws IOException {
        List<Objection> inbox = objections.list(year, status, CurrentUser.required());
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        XlsxDownload.send(response, flash.text("export.objections.file", String.valueOf(year)) + ".xlsx",
                flash.text("export.objections.sheet"),
                List.of(flash.text("objection.receiptNumber"), flash.text("objection.receivedAt"),
                        flash.text("export.objections.branchCode"), flash.text("publicNotice.branch"),
                        flash.text("export.objections.unit"), flash.text("objection.objector"),
                        flash.text("export.objections.objectorUnit"), flash.text("objection.status"),
                        flash.text("publicNotice.held"), flash.text("objection.assignee")),
                rows -> inbox.forEach(objection -> rows.add(java.util.Arrays.asList(objection.receipt(),
                        minutes.format(objection.receivedAt()), objection.branchCode(), objection.branchName(),
                        objection.unitName(), objection.objectorName(), objection.objectorUnit(),
                        flash.text(objection.status().messageKey()), objection.onHold() ? flash.text("export.yes") : "",
                        objection.assignee()))));
    }

    /** An objection that came in writing, typed in by the committee with its seal and attachments scanned. */
    @PostMapping("/letter")
    String letter(@PathVariable int year, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            @RequestParam(required = false) String name, @RequestParam(required = false) String phone,
            @RequestParam(required = false) String branchCode, @RequestParam(required = false) String facts,
            @RequestParam(defaultValue = "false") boolean fromUnit, @RequestParam(required = false) String objectorUnit,
            @RequestParam(required = false) MultipartFile seal, @RequestParam(required = false) MultipartFile[] attachments,
            RedirectAttributes redirect) {
        try {
            Objection registered = objections.register(year, receivedOn, new ObjectionSubmission(name, phone, branchCode,
                    facts, fromUnit, fromUnit ? objectorUnit : null, fromUnit ? Uploads.of(seal) : null,
                    Uploads.of(attachments), null, null, null), CurrentUser.required());
            flash.success(redirect, "objection.letter.registered", registered.receipt());
            return "redirect:/notice/" + year + "/objections/" + registered.id();
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/notice/" + year + "/objections";
        }
    }

    @GetMapping("/{id}")
    String objection(@PathVariable int year, @PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.required();
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("objection", objections.get(year, id, user));
        model.addAttribute("files", objections.files(year, id, user));
        model.addAttribute("steps", objections.steps(year, id, user));
        model.addAttribute("assignees", objections.assignees());
        return "notice/objection";
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable int year, @PathVariable long id, @RequestParam(required = false) String assignee,
            RedirectAttributes redirect) {
        return handle(year, id, redirect, "objection.assigned",
                () -> objections.assign(year, id, assignee, CurrentUser.required()));
    }

    @PostMapping("/{id}/note")
    String note(@PathVariable int year, @PathVariable long id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return handle(year, id, redirect, "objection.noted", () -> objections.note(year, id, note, CurrentUser.required()));
    }

    @PostMapping("/{id}/hold")
    String hold(@PathVariable int year, @PathVariable long id, RedirectAttributes redirect) {
        return handle(year, id, redirect, "objection.held", () -> objections.hold(year, id, CurrentUser.required()));
    }

    @PostMapping("/{id}/answer")
    String answer(@PathVariable int year, @PathVariable long id,
            @RequestParam(required = false) Objections.Outcome outcome, @RequestParam(required = false) String answer,
            RedirectAttributes redirect) {
        return handle(year, id, redirect, "objection.answered",
                () -> objections.answer(year, id, outcome, answer, CurrentUser.required()));
    }

    @GetMapping("/{id}/letter")
    void letter(@PathVariable int year, @PathVariable long id, HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.required();
        byte[] letter = objections.replyLetter(year, id, user);
        Objection objection = objections.get(year, id, user);
        response.setContentType(DOCX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("异议答复函-" + objection.receipt() + ".docx", StandardCharsets.UTF_8).build().toString());
        response.getOutputStream().write(letter);
    }

    @GetMapping("/{id}/files/{fileId}")
    void file(@PathVariable int year, @PathVariable long id, @PathVariable long fileId, HttpServletResponse response)
            throws IOException {
        Objection.File file = objections.files(year, id, CurrentUser.required()).stream()
                .filter(candidate -> candidate.id() == fileId).findFirst()
                .orElseThrow(() -> new NoticeRefused("objection.fileNotFound"));
        try (InputStream in = objections.openFile(file)) {
            response.setContentType(file.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                    .filename(file.fileName(), StandardCharsets.UTF_8).build().toString());
            in.transferTo(response.getOutputStream());
        }
    }

    private String handle(int year, long id, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            flash.success(redirect, success);
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/notice/" + year + "/objections/" + id;
    }
}
