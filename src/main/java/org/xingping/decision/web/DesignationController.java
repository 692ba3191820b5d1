package org.xingping.decision.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.BranchHistory;
import org.xingping.decision.DesignationReadiness;
import org.xingping.decision.Designations;
import org.xingping.decision.LevelEvent;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationQuery;
import org.xingping.organization.OrganizationType;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;

/**
 * The designation page (status, the button, who was named and who is held, the document) for the
 * committee, and each branch's level history with the veto-event form. Who may read a history is
 * the service's rule.
 */
@Controller
@RequestMapping("/decision")
class DesignationController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final int LOWERINGS_SHOWN = 50;

    private final Designations designations;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;
    private final Flash flash;

    DesignationController(Designations designations, CampaignManagement campaigns, OrganizationManagement registry,
                          Flash flash) {
        this.designations = designations;
        this.campaigns = campaigns;
        this.registry = registry;
        this.flash = flash;
    }

    /** The menu's entry: the current campaign's designation. */
    @GetMapping("/designation")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    String currentDesignation() {
        int year = campaigns.current().orElseThrow(() -> new Refused("declaration.noCampaign")).getYear();
        return "redirect:/decision/" + year + "/designation";
    }

    @GetMapping("/{year}/designation")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    String designation(@PathVariable int year, Model model) {
        campaigns.require(year);
        DesignationReadiness readiness = designations.readiness(year);
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("readiness", readiness);
        model.addAttribute("refusal", readiness.refusal()
                .map(refused -> flash.text(refused.messageKey(), refused.arguments())).orElse(null));
        model.addAttribute("named", designations.named(year));
        return "decision/designation";
    }

    @PostMapping("/{year}/designation")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    String designate(@PathVariable int year, RedirectAttributes redirect) {
        try {
            var designation = designations.designate(year, CurrentUser.required());
            flash.success(redirect, "designation.done", String.valueOf(designation.year()),
                    String.valueOf(designations.named(year).size()));
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/decision/" + year + "/designation";
    }

    @GetMapping("/{year}/designation/document")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    ResponseEntity<byte[]> document(@PathVariable int year) {
        byte[] document = designations.document(year);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(year + "年度星级党支部命名通报.docx", StandardCharsets.UTF_8).build().toString())
                .body(document);
    }

    /**
     * Where the history starts: a branch account goes to its own branch; a unit account sees its
     * branches; the committee finds a branch by code and sees the latest veto events.
     */
    @GetMapping("/history")
    String historyIndex(@RequestParam(required = false) String code, Model model) {
        CurrentUser user = CurrentUser.required();
        if (user.role() == Role.BRANCH_SECRETARY) {
            long own = user.organizationId().orElseThrow(() -> new AccessDeniedException("no branch"));
            return "redirect:/decision/history/" + registry.organization(own, user.scope()).getCode();
        }
        if (user.role() == Role.UNIT_COMMITTEE) {
            long unit = user.unitId().orElseThrow(() -> new AccessDeniedException("no unit"));
            model.addAttribute("branches", registry.organizations(new OrganizationQuery(null, unit, null,
                    OrganizationType.BRANCH, null, null), user.scope(), PageRequest.of(0, 1000)).getContent());
            return "decision/history-index";
        }
        if (!user.isCommittee()) {
            throw new AccessDeniedException(user.getUsername() + " reads no level history");
        }
        if (code != null && !code.isBlank()) {
            if (registry.organizationByCode(code.strip()).isPresent()) {
                return "redirect:/decision/history/" + code.strip();
            }
            model.addAttribute("notFound", flash.text("designation.branchUnknown", code.strip()));
        }
        model.addAttribute("code", code);
        model.addAttribute("lowerings", designations.latestLowerings(LOWERINGS_SHOWN, user));
        return "decision/history-index";
    }

    @GetMapping("/history/{branchCode}")
    String history(@PathVariable String branchCode, Model model) {
        CurrentUser user = CurrentUser.required();
        BranchHistory history = designations.history(branchCode, user);
        model.addAttribute("history", history);
        model.addAttribute("mayRecord", user.isCommittee());
        // A branch account's history index is this page itself.
        model.addAttribute("showBack", user.role() != Role.BRANCH_SECRETARY);
        if (user.isCommittee()) {
            Map<Integer, Object> vetoes = new LinkedHashMap<>();
            history.years().stream().filter(BranchHistory.YearOfLevel::lowerable)
                    .forEach(year -> vetoes.put(year.year(), designations.vetoes(year.year())));
            model.addAttribute("vetoes", vetoes);
        }
        return "decision/history";
    }

    @PostMapping("/history/{branchCode}/veto")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    String recordVetoEvent(@PathVariable String branchCode, @RequestParam int year, @RequestParam String veto,
                           @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            LevelEvent event = designations.recordVetoEvent(branchCode, year, veto, reason, CurrentUser.required());
            flash.success(redirect, "designation.veto.recorded", branchCode, String.valueOf(event.fromStars()),
                    String.valueOf(event.toStars()));
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/decision/history/" + branchCode;
    }
}
