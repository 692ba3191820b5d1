package org.xingping.platform.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.xingping.platform.AuditAction;
import org.xingping.platform.AuditLog;
import org.xingping.platform.AuditQuery;

/** The 系统管理员's search of the audit log, and its export. */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final AuditLog audit;
    private final Flash flash;

    AuditController(AuditLog audit, Flash flash) {
        this.audit = audit;
        this.flash = flash;
    }

    @GetMapping
    String search(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @PageableDefault(size = 20) Pageable pageable, Model model) {
        AuditQuery query = new AuditQuery(actor, action, null, text, from, to);
        model.addAttribute("query", query);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("page", audit.search(query, pageable));
        return "platform/audit";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String actor, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        AuditQuery query = new AuditQuery(actor, action, null, text, from, to);
        List<String> headers = Arrays.stream(new String[] {"audit.time", "audit.actor", "audit.action",
                "audit.subject", "audit.subjectId", "audit.summary", "audit.before", "audit.after", "audit.remote"})
                .map(flash::text).toList();
        XlsxDownload.send(response, flash.text("audit.exportFile") + ".xlsx", flash.text("audit.title"), headers,
                rows -> audit.forEach(query, event -> rows.add(List.of(TIME.format(event.occurredAt()),
                        nullToEmpty(event.actor()), flash.text(event.action().messageKey()),
                        nullToEmpty(event.subjectType()), nullToEmpty(event.subjectId()),
                        nullToEmpty(event.summary()), nullToEmpty(event.beforeState()),
                        nullToEmpty(event.afterState()), nullToEmpty(event.remoteAddress())))));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
