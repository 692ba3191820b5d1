package org.xingping.decision.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import org.xingping.organization.OrganizationRow;
import org.xingping.organization.OrganizationType;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

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

    /** The branches the year's designation named, as the page lists them. */
    @GetMapping("/{year}/designation/export")
    @PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
    void exportNamed(@PathVariable int year, HttpServletResponse response) throws IOException {
        campaigns.require(year);
        var named = designations.named(year);
        XlsxDownload.send(response, flash.text("export.named.file", String.valueOf(year)) + ".xlsx",
                flash.text("designation.named"),
                List.of(flash.text("designation.unit"), flash.text("export.history.branchCode"),
                        flash.text("designation.branch"), flash.text("export.history.stars"),
                        flash.text("designation.level"), flash.text("designation.honours")),
                rows -> named.forEach(branch -> rows.add(List.of(branch.unitName(), branch.branchCode(),
                        branch.branchName(), branch.stars(), branch.levelName(), String.join("、", branch.honourNames())))));
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
            model.addAttribute("branches", unitBranches(user));
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

    /** A unit account's branches with their latest level: its history index. */
    private List<OrganizationRow> unitBranches(CurrentUser user) {
        long unit = user.unitId().orElseThrow(() -> new AccessDeniedException("no unit"));
        return registry.organizations(new OrganizationQuery(null, unit, null, OrganizationType.BRANCH, null, null),
                user.scope(), PageRequest.of(0, 1000)).getContent();
    }

    /**
     * The history index as a sheet: a unit account's branches with their latest level, or the
     * committee's latest lowering events, the rows the index shows.
     */
    @GetMapping("/history/export")
    void exportHistoryIndex(HttpServletResponse response) throws IOException {
        CurrentUser user = CurrentUser.required();
        if (user.role() == Role.UNIT_COMMITTEE) {
            List<OrganizationRow> branches = unitBranches(user);
            XlsxDownload.send(response, flash.text("export.history.branchesFile") + ".xlsx", flash.text("history.indexTitle"),
                    List.of(flash.text("export.history.branchCode"), flash.text("designation.branch"),
                            flash.text("export.history.levelYear"), flash.text("export.history.stars")),
                    rows -> branches.forEach(branch -> rows.add(java.util.Arrays.asList(branch.code(), branch.name(),
                            branch.levelYear(), branch.stars()))));
            return;
        }
        if (!user.isCommittee()) {
            throw new AccessDeniedException(user.getUsername() + " reads no level history");
        }
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
        var lowerings = designations.latestLowerings(LOWERINGS_SHOWN, user);
        XlsxDownload.send(response, flash.text("export.history.loweringsFile") + ".xlsx", flash.text("history.lowerings"),
                List.of(flash.text("history.when"), flash.text("export.history.branchCode"), flash.text("designation.branch"),
                        flash.text("export.history.year"), flash.text("export.history.from"), flash.text("export.history.to"),
                        flash.text("history.veto"), flash.text("history.reason")),
                rows -> lowerings.forEach(lowering -> rows.add(java.util.Arrays.asList(
                        minutes.format(lowering.event().recordedAt()), lowering.branchCode(), lowering.branchName(),
                        lowering.event().year(), lowering.event().fromStars(), lowering.event().toStars(),
                        lowering.event().vetoCode() + " " + lowering.event().vetoName(), lowering.event().reason()))));
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
