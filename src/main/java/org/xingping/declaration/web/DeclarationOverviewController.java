package org.xingping.declaration.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationImport;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationOverview;
import org.xingping.declaration.DeclarationRow;
import org.xingping.declaration.DeclarationStatus;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;
import org.xingping.platform.web.Flash;
import org.xingping.standard.DeclarationKind;

/** The committee's overview of the year's declarations: figures, year over year, the list, export and import. */
@Controller
@RequestMapping("/declarations")
@PreAuthorize("hasAnyRole('COMMITTEE_ADMINISTRATOR', 'COMMITTEE_LEADER')")
class DeclarationOverviewController {

    private final CampaignManagement campaigns;
    private final DeclarationManagement declarations;
    private final DeclarationOverview overview;
    private final DeclarationImport importer;
    private final OrganizationManagement registry;
    private final Flash flash;

    DeclarationOverviewController(CampaignManagement campaigns, DeclarationManagement declarations,
            DeclarationOverview overview, DeclarationImport importer, OrganizationManagement registry, Flash flash) {
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.overview = overview;
        this.importer = importer;
        this.registry = registry;
        this.flash = flash;
    }

    @ModelAttribute("kinds")
    DeclarationKind[] kinds() {
        return DeclarationKind.values();
    }

    @ModelAttribute("statuses")
    DeclarationStatus[] statuses() {
        return DeclarationStatus.values();
    }

    @GetMapping
    String overview(@ModelAttribute("filter") DeclarationFilter filter, @PageableDefault(size = 50) Pageable pageable,
            Model model) {
        var campaign = campaigns.current();
        model.addAttribute("campaign", campaign.orElse(null));
        campaign.ifPresent(current -> {
            var scope = CurrentUser.required().scope();
            model.addAttribute("overview", overview.of(current, scope));
            List<DeclarationRow> rows = declarations.rows(current.getId(), filter, scope);
            int from = (int) Math.min(pageable.getOffset(), rows.size());
            int to = Math.min(from + pageable.getPageSize(), rows.size());
            model.addAttribute("page", new PageImpl<>(rows.subList(from, to), pageable, rows.size()));
            model.addAttribute("categories", registry.categories());
        });
        return "declaration/overview";
    }

    @GetMapping("/export")
    void export(@ModelAttribute("filter") DeclarationFilter filter, HttpServletResponse response) throws IOException {
        Campaign campaign = campaigns.current().orElseThrow(() -> new Refused("declaration.noCampaign"));
        List<DeclarationRow> rows = declarations.rows(campaign.getId(), filter, CurrentUser.required().scope());
        DeclarationSheet.send(response, flash, campaign, rows);
    }

    @GetMapping("/import")
    @PreAuthorize("hasRole('COMMITTEE_ADMINISTRATOR')")
    String importPage(Model model) {
        model.addAttribute("campaign", campaigns.current().orElse(null));
        return "declaration/import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasRole('COMMITTEE_ADMINISTRATOR')")
    String importFile(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        Campaign campaign = campaigns.current().orElseThrow(() -> new Refused("declaration.noCampaign"));
        try (InputStream in = file.getInputStream()) {
            var imported = importer.importFile(campaign.getYear(), file.getOriginalFilename(), in,
                    CurrentUser.required().getUsername());
            flash.success(redirect, "declaration.imported", imported.total(), imported.created(), imported.replaced());
            return "redirect:/declarations";
        } catch (TableRefused refused) {
            model.addAttribute("campaign", campaign);
            model.addAttribute("problems", refused.problems().stream().map(TableProblem::describe).toList());
            return "declaration/import";
        }
    }
}
