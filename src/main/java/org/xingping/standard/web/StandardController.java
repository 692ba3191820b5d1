package org.xingping.standard.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
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
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.library.RatingStandardManagement;
import org.xingping.standard.library.StandardChangeRefused;
import org.xingping.standard.StandardProblem;
import org.xingping.standard.StandardRefused;
import org.xingping.standard.library.StoredStandard;

/**
 * The standards: everyone signed in reads them (branches assess themselves by them, observers
 * score by them); the committee's staff load and remove them.
 */
@Controller
@RequestMapping("/standards")
class StandardController {

    static final String EDITORS = "hasRole('COMMITTEE_ADMINISTRATOR')";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final RatingStandardManagement standards;
    private final ScoringSheet sheet;
    private final Flash flash;

    StandardController(RatingStandardManagement standards, ScoringSheet sheet, Flash flash) {
        this.standards = standards;
        this.sheet = sheet;
        this.flash = flash;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("standards", standards.list());
        model.addAttribute("canEdit", canEdit());
        return "standard/standards";
    }

    /** Every stored standard, as the list shows it. */
    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        XlsxDownload.send(response, flash.text("export.standards.file") + ".xlsx", flash.text("standard.title"),
                List.of(flash.text("standard.id"), flash.text("standard.name"), flash.text("standard.year"),
                        flash.text("standard.issuer"), flash.text("standard.uploaded"), flash.text("standard.state")),
                rows -> standards.list().forEach(stored -> rows.add(List.of(stored.id(), stored.name(), stored.year(),
                        stored.issuer(), MINUTES.format(stored.uploadedAt()) + " " + stored.uploadedBy(),
                        stored.frozenFor().map(year -> flash.text("standard.frozenFor", year))
                                .orElse(flash.text("standard.editable"))))));
    }

    @PostMapping
    @PreAuthorize(EDITORS)
    String upload(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty()) {
            return refused(model, List.of(flash.text("standard.noFile")));
        }
        try {
            StoredStandard stored = standards.upload(file.getBytes());
            flash.success(redirect, "standard.loaded", stored.id(), stored.name());
            return "redirect:/standards/" + stored.id();
        } catch (StandardRefused refused) {
            return refused(model, refused.problems().stream().map(StandardProblem::describe).toList());
        } catch (StandardChangeRefused refused) {
            return refused(model, List.of(flash.text(refused.messageKey(), refused.arguments())));
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable String id, Model model) {
        model.addAttribute("stored", standards.require(id));
        model.addAttribute("standard", standards.standard(id));
        model.addAttribute("canEdit", canEdit());
        return "standard/standard";
    }

    @GetMapping("/{id}/download")
    void download(@PathVariable String id, HttpServletResponse response) throws IOException {
        StoredStandard stored = standards.require(id);
        response.setContentType("application/yaml; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(stored.id() + ".yaml", StandardCharsets.UTF_8).build().toString());
        response.getOutputStream().write(stored.source().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{id}/sheet.pdf")
    void scoringSheet(@PathVariable String id, HttpServletResponse response) throws IOException {
        RatingStandard standard = standards.standard(id);
        response.setContentType("application/pdf");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                .filename(standard.id() + "-" + flash.text("sheet.title") + ".pdf", StandardCharsets.UTF_8).build()
                .toString());
        sheet.write(standard, LocaleContextHolder.getLocale(), response.getOutputStream());
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(EDITORS)
    String delete(@PathVariable String id, RedirectAttributes redirect) {
        try {
            standards.delete(id);
            flash.success(redirect, "standard.deleted", id);
        } catch (StandardChangeRefused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/standards";
    }

    private String refused(Model model, List<String> problems) {
        model.addAttribute("problems", problems);
        return list(model);
    }

    private static boolean canEdit() {
        return CurrentUser.get().map(user -> user.hasRole(Role.COMMITTEE_ADMINISTRATOR)).orElse(false);
    }
}
