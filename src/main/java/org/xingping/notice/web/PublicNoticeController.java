package org.xingping.notice.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.notice.NoticedUnit;
import org.xingping.notice.Objection;
import org.xingping.notice.ObjectionSubmission;
import org.xingping.notice.Objections;
import org.xingping.notice.PublicNotice;
import org.xingping.notice.PublicNotices;
import org.xingping.platform.Refused;
import org.xingping.platform.web.Flash;

/**
 * The public notice and its objection form, for anyone without signing in, on a phone first. The
 * form works without scripts: a refused objection comes back with what was typed and the reason.
 */
@Controller
@RequestMapping("/public/notice/{year}")
class PublicNoticeController {

    private final PublicNotices notices;
    private final Objections objections;
    private final Flash flash;

    PublicNoticeController(PublicNotices notices, Objections objections, Flash flash) {
        this.notices = notices;
        this.objections = objections;
        this.flash = flash;
    }

    /** What the objection form sends; the files come as their own parts. */
    record ObjectionForm(String name, String phone, String branchCode, String facts, Boolean fromUnit,
                         String objectorUnit, String token, String website) {

        static ObjectionForm empty(String branchCode) {
            return new ObjectionForm("", "", branchCode, "", false, "", null, null);
        }

        /** An unticked box sends nothing at all. */
        boolean byUnit() {
            return Boolean.TRUE.equals(fromUnit);
        }
    }

    @GetMapping
    String notice(@PathVariable int year, Model model, HttpServletResponse response) {
        if (!prepare(year, model, response)) {
            return "notice/public-none";
        }
        return "notice/public";
    }

    @GetMapping("/objection")
    String form(@PathVariable int year, @RequestParam(required = false) String branch, Model model,
            HttpServletResponse response) {
        if (!prepare(year, model, response)) {
            return "notice/public-none";
        }
        model.addAttribute("form", ObjectionForm.empty(branch));
        model.addAttribute("token", objections.formToken(year));
        return "notice/public-objection";
    }

    @PostMapping("/objection")
    String send(@PathVariable int year, @ModelAttribute("form") ObjectionForm form,
            @RequestParam(required = false) MultipartFile seal,
            @RequestParam(required = false) MultipartFile[] attachments, HttpServletRequest request, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        List<ObjectionSubmission.Upload> files = Uploads.of(attachments);
        // The objecting unit's name only counts when the unit box is ticked.
        ObjectionSubmission submission = new ObjectionSubmission(form.name(), form.phone(), form.branchCode(),
                form.facts(), form.byUnit(), form.byUnit() ? form.objectorUnit() : null,
                form.byUnit() ? Uploads.of(seal) : null, files, form.token(), form.website(), request.getRemoteAddr());
        try {
            Objection objection = objections.receive(year, submission);
            redirect.addFlashAttribute("receipt", objection.receipt());
            redirect.addFlashAttribute("receivedAt", objection.receivedAt());
            redirect.addFlashAttribute("branchName", objection.branchName());
            return "redirect:/public/notice/" + year + "/receipt";
        } catch (Refused refused) {
            if (!prepare(year, model, response)) {
                return "notice/public-none";
            }
            response.setStatus(422);
            model.addAttribute("error", flash.text(refused.messageKey(), refused.arguments()));
            model.addAttribute("token", objections.formToken(year));
            return "notice/public-objection";
        }
    }

    @GetMapping("/receipt")
    String receipt(@PathVariable int year, Model model, HttpServletResponse response) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/public/notice/" + year;
        }
        prepare(year, model, response);
        return "notice/public-receipt";
    }

    /** The notice and its list in the model; false when the year has no notice. */
    private boolean prepare(int year, Model model, HttpServletResponse response) {
        model.addAttribute("year", String.valueOf(year));
        PublicNotice notice = notices.find(year).orElse(null);
        if (notice == null) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return false;
        }
        List<NoticedUnit> units = notices.units(year);
        model.addAttribute("notice", notice);
        model.addAttribute("units", units);
        model.addAttribute("receiving", notice.receivesObjectionsOn(notices.today()));
        model.addAttribute("notStarted", notice.notYetStartedOn(notices.today()));
        return true;
    }
}
