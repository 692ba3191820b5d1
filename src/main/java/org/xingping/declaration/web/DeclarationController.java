package org.xingping.declaration.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.xingping.declaration.Declaration;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRefused;
import org.xingping.declaration.DeclarationStatus;
import org.xingping.declaration.EvidenceFile;
import org.xingping.declaration.SubmissionRefused;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.standard.DeclarationKind;
import org.xingping.standard.RatingStandard;

/**
 * A declaration's page: the branch fills it in (self-assessment saved item by item as it is
 * entered, evidence, claims) and submits; its unit returns or forwards it; the committee reads it.
 */
@Controller
@RequestMapping("/declarations")
class DeclarationController {

    private final DeclarationManagement declarations;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;
    private final Flash flash;

    DeclarationController(DeclarationManagement declarations, CampaignManagement campaigns,
            OrganizationManagement registry, Flash flash) {
        this.declarations = declarations;
        this.campaigns = campaigns;
        this.registry = registry;
        this.flash = flash;
    }

    /** The branch's own declaration in the current campaign, or the form that starts it. */
    @GetMapping("/mine")
    String mine(Model model) {
        CurrentUser user = CurrentUser.required();
        var mine = declarations.mine(user);
        if (mine.isPresent()) {
            return "redirect:/declarations/" + mine.get().getId();
        }
        var campaign = campaigns.current();
        model.addAttribute("campaign", campaign.orElse(null));
        campaign.ifPresent(current -> {
            long branch = user.organizationId().orElseThrow();
            model.addAttribute("standard", declarations.standardOfCampaign(current));
            model.addAttribute("held", declarations.heldLevel(branch, current.getYear()));
            model.addAttribute("kinds", DeclarationKind.values());
            model.addAttribute("branch", registry.organization(branch, user.scope()));
        });
        return "declaration/start";
    }

    @PostMapping
    String start(@RequestParam(required = false) DeclarationKind kind, @RequestParam(defaultValue = "0") int target,
            RedirectAttributes redirect) {
        try {
            Declaration declaration = declarations.start(CurrentUser.required(), kind, target);
            flash.success(redirect, "declaration.started");
            return "redirect:/declarations/" + declaration.getId();
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/declarations/mine";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.required();
        Declaration declaration = declarations.read(id, user);
        RatingStandard standard = declarations.standardOf(declaration);
        Campaign campaign = declarations.campaignOf(declaration);
        model.addAttribute("declaration", declaration);
        model.addAttribute("standard", standard);
        model.addAttribute("campaign", campaign);
        model.addAttribute("branch", registry.organization(declaration.getBranchId(), DataScope.all()));
        model.addAttribute("unit", registry.unit(declaration.getUnitId(), DataScope.all()));
        model.addAttribute("score", declarations.selfScore(declaration));
        model.addAttribute("rounds", declarations.rounds(id));
        model.addAttribute("evidence", declarations.evidence(id));
        boolean own = user.hasRole(Role.BRANCH_SECRETARY)
                && user.organizationId().filter(branch -> branch == declaration.getBranchId()).isPresent();
        model.addAttribute("editable", own && declaration.getStatus().editable());
        model.addAttribute("reviewable", user.hasRole(Role.UNIT_COMMITTEE)
                && user.unitId().filter(unit -> unit == declaration.getUnitId()).isPresent()
                && declaration.getStatus() == DeclarationStatus.SUBMITTED);
        model.addAttribute("kinds", DeclarationKind.values());
        return "declaration/declaration";
    }

    @PostMapping("/{id}/target")
    String retarget(@PathVariable long id, @RequestParam DeclarationKind kind, @RequestParam int target,
            RedirectAttributes redirect) {
        try {
            declarations.retarget(id, CurrentUser.required(), kind, target);
            flash.success(redirect, "declaration.retargeted");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/declarations/" + id;
    }

    /** One item saved as it is entered; answers the item's row and asks the score panel to reload (htmx). */
    @PostMapping("/{id}/items/{code}")
    String assess(@PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "") String value,
            @RequestParam(required = false) String note, Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUser.required();
        try {
            declarations.assess(id, user, code, value, note);
        } catch (DeclarationRefused refused) {
            model.addAttribute("itemError", flash.text(refused.messageKey(), refused.arguments()));
            model.addAttribute("enteredValue", value);
        }
        Declaration declaration = declarations.read(id, user);
        RatingStandard standard = declarations.standardOf(declaration);
        model.addAttribute("declaration", declaration);
        model.addAttribute("standard", standard);
        model.addAttribute("item", standard.item(code).orElseThrow(() -> new DeclarationRefused(
                "declaration.unknownItem", code)));
        model.addAttribute("score", declarations.selfScore(declaration));
        model.addAttribute("evidence", declarations.evidence(id));
        model.addAttribute("editable", true);
        // The score panel reloads itself on this event: a table row and a panel do not travel well in one answer.
        response.setHeader("HX-Trigger", "self-score-changed");
        return "declaration/declaration :: item-row";
    }

    /** The self score panel, reloaded after each saved item. */
    @GetMapping("/{id}/score")
    String score(@PathVariable long id, Model model) {
        Declaration declaration = declarations.read(id, CurrentUser.required());
        model.addAttribute("declaration", declaration);
        model.addAttribute("score", declarations.selfScore(declaration));
        return "declaration/declaration :: score-panel";
    }

    @PostMapping("/{id}/claims/{code}")
    String claim(@PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "false") boolean claimed,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            declarations.claim(id, CurrentUser.required(), code, claimed, note);
            flash.success(redirect, claimed ? "declaration.claimed" : "declaration.claimWithdrawn");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/declarations/" + id + "#claims";
    }

    @PostMapping("/{id}/evidence")
    String addEvidence(@PathVariable long id, @RequestParam String subject, @RequestParam String code,
            @RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            EvidenceFile evidence = declarations.addEvidence(id, CurrentUser.required(), subject, code,
                    file.getOriginalFilename(), in);
            flash.success(redirect, "declaration.evidenceAdded", evidence.fileName(), code);
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/declarations/" + id + (EvidenceFile.CLAIM.equals(subject) ? "#claim-" : "#item-") + code;
    }

    @PostMapping("/{id}/evidence/{evidenceId}/delete")
    String removeEvidence(@PathVariable long id, @PathVariable long evidenceId, RedirectAttributes redirect) {
        try {
            declarations.removeEvidence(evidenceId, CurrentUser.required());
            flash.success(redirect, "declaration.evidenceRemoved");
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/declarations/" + id;
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    void evidence(@PathVariable long id, @PathVariable long evidenceId, HttpServletResponse response)
            throws IOException {
        CurrentUser user = CurrentUser.required();
        EvidenceFile evidence = declarations.evidenceFile(evidenceId);
        if (evidence.declarationId() != id) {
            throw new DeclarationRefused("declaration.evidenceNotFound");
        }
        try (InputStream in = declarations.openEvidence(evidenceId, user)) {
            response.setContentType(evidence.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                    .filename(evidence.fileName(), StandardCharsets.UTF_8).build().toString());
            in.transferTo(response.getOutputStream());
        }
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        try {
            declarations.submit(id, CurrentUser.required());
            flash.success(redirect, "declaration.submitted");
        } catch (SubmissionRefused refused) {
            redirect.addFlashAttribute("refusals", refused.refusals().stream()
                    .map(reason -> flash.text(reason.messageKey(), reason.arguments())).toList());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/declarations/" + id;
    }

    @PostMapping("/{id}/return")
    String returnToBranch(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        try {
            declarations.returnToBranch(id, CurrentUser.required(), comment);
            flash.success(redirect, "preReview.returned");
            return "redirect:/declarations/review";
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/declarations/" + id;
        }
    }

    @PostMapping("/{id}/forward")
    String forward(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        try {
            declarations.forward(id, CurrentUser.required(), comment);
            flash.success(redirect, "preReview.forwarded", 1);
            return "redirect:/declarations/review";
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/declarations/" + id;
        }
    }
}
