package org.xingping.scoring.web;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;
import org.xingping.platform.web.Flash;
import org.xingping.scoring.ScoreImport;

/**
 * The committee's staff type in the paper score sheets (the printable 评分表 is the fallback when a
 * phone cannot be used) as a scores table, and load it into the current campaign.
 */
@Controller
@RequestMapping("/scoring/paper")
@PreAuthorize("hasRole('COMMITTEE_ADMINISTRATOR')")
class PaperSheetsController {

    private final ScoreImport scores;
    private final CampaignManagement campaigns;
    private final Flash flash;

    PaperSheetsController(ScoreImport scores, CampaignManagement campaigns, Flash flash) {
        this.scores = scores;
        this.campaigns = campaigns;
        this.flash = flash;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("campaign", campaigns.current().orElse(null));
        return "scoring/paper";
    }

    @PostMapping
    String load(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        Campaign campaign = campaigns.current().orElseThrow(() -> new Refused("declaration.noCampaign"));
        try (InputStream in = file.getInputStream()) {
            ScoreImport.Imported imported = scores.importFile(campaign.getYear(), file.getOriginalFilename(), in,
                    CurrentUser.required().getUsername(), flash.text("paper.note", file.getOriginalFilename()));
            flash.success(redirect, "paper.imported", imported.sheets(), imported.values());
            return "redirect:/scoring/paper";
        } catch (TableRefused refused) {
            model.addAttribute("campaign", campaign);
            model.addAttribute("problems", refused.problems().stream().map(TableProblem::describe).toList());
            return "scoring/paper";
        }
    }
}
