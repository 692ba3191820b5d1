package org.xingping.scoring.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.files.FileRefused;
import org.xingping.platform.web.Flash;
import org.xingping.scoring.Finding;
import org.xingping.scoring.PastProblems;
import org.xingping.scoring.SaveOutcome;
import org.xingping.scoring.ScoreSheet;
import org.xingping.scoring.ScoreSheets;
import org.xingping.scoring.ScoringRefused;
import org.xingping.scoring.SheetStatus;
import org.xingping.scoring.ValueChange;

/**
 * The observer's score sheet on a phone. Values and notes arrive one by one as JSON from the
 * sheet's script, which queues them while the network is away; findings and photos are forms.
 * Only the sheet's own observer reaches any of it.
 */
@Controller
@RequestMapping("/scoring")
@PreAuthorize("hasAnyRole('OBSERVER', 'GROUP_LEADER')")
class ScoringController {

    private final ScoreSheets sheets;
    private final CampaignManagement campaigns;
    private final Flash flash;
    /** Read lazily: rectification, which answers it, depends on scoring. */
    private final ObjectProvider<PastProblems> pastProblems;

    ScoringController(ScoreSheets sheets, CampaignManagement campaigns, Flash flash,
            ObjectProvider<PastProblems> pastProblems) {
        this.sheets = sheets;
        this.pastProblems = pastProblems;
        this.campaigns = campaigns;
        this.flash = flash;
    }

    /** A branch's sheet for the signed-in observer (the QR code on the printed itinerary comes here). */
    @GetMapping("/branch/{code}")
    String branch(@PathVariable String code) {
        ScoreSheet sheet = sheets.open(current().getYear(), code, CurrentUser.required());
        return "redirect:/scoring/sheets/" + sheet.id();
    }

    @GetMapping("/sheets/{id}")
    String sheet(@PathVariable long id, Model model) {
        ScoreSheet sheet = sheets.mine(id, CurrentUser.required());
        model.addAttribute("sheet", sheet);
        model.addAttribute("standard", sheets.standardOf(sheet.year()));
        model.addAttribute("engineTotal", sheets.engineTotal(sheet).orElse(null));
        model.addAttribute("declarationId", sheets.declarationOf(sheet.year(), sheet.branchCode())
                .map(DeclarationRow::id).orElse(null));
        model.addAttribute("severities", Finding.Severity.values());
        model.addAttribute("submitted", sheet.status() == SheetStatus.SUBMITTED);
        model.addAttribute("pageScripts", List.of("/assets/js/score-sheet.js"));
        // Only the sheet's own observer got this far: they see the branch's past problems, nobody else's.
        model.addAttribute("pastProblems", pastProblems.stream()
                .flatMap(past -> past.before(sheet.year(), sheet.branchCode()).stream()).toList());
        return "scoring/sheet";
    }

    /** The observer found a past problem of the branch again. */
    @PostMapping("/sheets/{id}/past/{problem}/recurring")
    String markRecurring(@PathVariable long id, @PathVariable long problem, RedirectAttributes redirect) {
        ScoreSheet sheet = sheets.mine(id, CurrentUser.required());
        try {
            pastProblems.ifAvailable(past -> past.markRecurring(sheet.year(), sheet.branchCode(), problem,
                    sheet.observerName()));
            flash.success(redirect, "rectification.past.markedDone");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/scoring/sheets/" + id + "#past-problems";
    }

    /** One item's value from the sheet's script: 200 applied (or applied before), 409 changed elsewhere, 422 refused. */
    @PostMapping(path = "/sheets/{id}/values", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> enter(@PathVariable long id, @RequestBody ValueChange change) {
        CurrentUser user = CurrentUser.required();
        SaveOutcome outcome;
        try {
            outcome = sheets.enter(id, change, user);
        } catch (ScoreSheets.ResentWhileApplying resent) {
            outcome = sheets.replayed(id, change, user);
        } catch (Refused refused) {
            return ResponseEntity.unprocessableEntity().body(Map.of("message",
                    flash.text(refused.messageKey(), refused.arguments())));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", outcome.kind().name());
        body.put("item", outcome.current().itemCode());
        body.put("value", outcome.current().value());
        body.put("points", outcome.current().points().stripTrailingZeros().toPlainString());
        body.put("version", outcome.current().version());
        body.put("total", outcome.total().stripTrailingZeros().toPlainString());
        body.put("scored", outcome.scored());
        body.put("items", outcome.items());
        return ResponseEntity.status(outcome.kind() == SaveOutcome.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.OK)
                .body(body);
    }

    /** The notes, kept as typed; 409 when another device changed them first. */
    @PostMapping(path = "/sheets/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> notes(@PathVariable long id, @RequestBody NotesChange change) {
        CurrentUser user = CurrentUser.required();
        try {
            boolean saved = sheets.saveNotes(id, change.notes(), change.baseVersion(), user);
            ScoreSheet sheet = sheets.mine(id, user);
            return ResponseEntity.status(saved ? HttpStatus.OK : HttpStatus.CONFLICT).body(Map.of(
                    "notes", sheet.notes() == null ? "" : sheet.notes(), "version", sheet.notesVersion()));
        } catch (Refused refused) {
            return ResponseEntity.unprocessableEntity().body(Map.of("message",
                    flash.text(refused.messageKey(), refused.arguments())));
        }
    }

    record NotesChange(String notes, int baseVersion) {
    }

    @PostMapping("/sheets/{id}/findings")
    String addFinding(@PathVariable long id, @RequestParam Finding.Kind kind,
            @RequestParam(required = false) String item, @RequestParam(required = false) Finding.Severity severity,
            @RequestParam String text, @RequestParam String key, RedirectAttributes redirect) {
        try {
            sheets.addFinding(id, kind, item, severity, text, key, CurrentUser.required());
            flash.success(redirect, kind == Finding.Kind.PROBLEM ? "scoring.problemAdded" : "scoring.highlightAdded");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/scoring/sheets/" + id + "#findings";
    }

    @PostMapping("/sheets/{id}/findings/{finding}/delete")
    String removeFinding(@PathVariable long id, @PathVariable long finding, RedirectAttributes redirect) {
        sheets.removeFinding(id, finding, CurrentUser.required());
        flash.success(redirect, "scoring.findingRemoved");
        return "redirect:/scoring/sheets/" + id + "#findings";
    }

    @PostMapping("/sheets/{id}/photos")
    String addPhoto(@PathVariable long id, @RequestParam("photo") MultipartFile photo,
            @RequestParam(required = false) Long finding, @RequestParam String key, RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = photo.getInputStream()) {
            sheets.addPhoto(id, finding, photo.getOriginalFilename(), in, key, CurrentUser.required());
            flash.success(redirect, "scoring.photoAdded");
        } catch (FileRefused | ScoringRefused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/scoring/sheets/" + id + "#findings";
    }

    @GetMapping("/sheets/{id}/photos/{photo}")
    void photo(@PathVariable long id, @PathVariable long photo, HttpServletResponse response) throws IOException {
        ScoreSheet sheet = sheets.mine(id, CurrentUser.required());
        String type = sheet.photos().stream().filter(candidate -> candidate.id() == photo).findFirst()
                .orElseThrow(() -> new ScoringRefused("scoring.photoNotFound")).contentType();
        response.setContentType(type);
        response.setHeader("Cache-Control", "private, max-age=86400");
        try (InputStream in = sheets.openPhoto(id, photo, CurrentUser.required())) {
            in.transferTo(response.getOutputStream());
        }
    }

    @PostMapping("/sheets/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            sheets.submit(id, CurrentUser.required());
            flash.success(redirect, "scoring.submitted");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/scoring/sheets/" + id;
    }


    private Campaign current() {
        return campaigns.current().orElseThrow(() -> new ScoringRefused("declaration.noCampaign"));
    }
}
