package org.xingping.campaign.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignDocument;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.CampaignRefused;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.Unit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;
import org.xingping.standard.library.RatingStandardManagement;

/** Campaign years: the list, opening a year, its calendar and phase, its scope and its documents. */
@Controller
@RequestMapping("/campaigns")
class CampaignController {

    static final String EDITORS = "hasRole('COMMITTEE_ADMINISTRATOR')";

    private final CampaignManagement campaigns;
    private final RatingStandardManagement standards;
    private final OrganizationManagement registry;
    private final WorkingCalendar calendar;
    private final Flash flash;
    private final Clock clock;

    CampaignController(CampaignManagement campaigns, RatingStandardManagement standards,
            OrganizationManagement registry, WorkingCalendar calendar, Flash flash, Clock clock) {
        this.campaigns = campaigns;
        this.standards = standards;
        this.registry = registry;
        this.calendar = calendar;
        this.flash = flash;
        this.clock = clock;
    }

    @ModelAttribute("canEdit")
    boolean canEdit() {
        return CurrentUser.get().map(user -> user.hasRole(Role.COMMITTEE_ADMINISTRATOR)).orElse(false);
    }

    @GetMapping
    String list(Model model) {
        var scope = CurrentUser.required().scope();
        model.addAttribute("campaigns", campaigns.all().stream()
                .filter(campaign -> CampaignManagement.sees(campaign, scope)).toList());
        model.addAttribute("today", LocalDate.now(clock));
        return "campaign/campaigns";
    }

    /** The campaigns the account sees, as the list shows them. */
    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        var scope = CurrentUser.required().scope();
        LocalDate today = LocalDate.now(clock);
        XlsxDownload.send(response, flash.text("export.campaigns.file") + ".xlsx", flash.text("campaign.title"),
                List.of(flash.text("campaign.year"), flash.text("campaign.name"), flash.text("campaign.standard"),
                        flash.text("campaign.phase"), flash.text("campaign.declarationDeadline"),
                        flash.text("campaign.observationDays")),
                rows -> campaigns.all().stream().filter(campaign -> CampaignManagement.sees(campaign, scope))
                        .forEach(campaign -> rows.add(List.of(campaign.getYear(), campaign.getName(),
                                campaign.getStandardId(), flash.text(campaign.phaseOn(today).messageKey()),
                                String.valueOf(campaign.calendar().declarationDeadline()),
                                campaign.calendar().observationStart() + " – " + campaign.calendar().observationEnd()))));
    }

    @GetMapping("/new")
    @PreAuthorize(EDITORS)
    String create(Model model) {
        List<String> categories = registry.categories();
        model.addAttribute("form", CampaignForm.blank(LocalDate.now(clock).getYear(), categories));
        return form(model);
    }

    @PostMapping
    @PreAuthorize(EDITORS)
    String open(@Valid @ModelAttribute("form") CampaignForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (form.getStandardId() == null || form.getStandardId().isBlank()) {
            binding.rejectValue("standardId", "campaign.standardRequired");
        }
        if (binding.hasErrors()) {
            return form(model);
        }
        Set<String> categories = form.getCategories() == null ? Set.of() : Set.copyOf(form.getCategories());
        Set<Long> units = registry.allUnits().stream().filter(unit -> categories.contains(unit.getCategory()))
                .map(Unit::getId).collect(Collectors.toSet());
        try {
            Campaign campaign = campaigns.open(new CampaignManagement.OpenCampaign(form.getYear(), form.getName(),
                    form.getStandardId(), form.calendar(), units));
            flash.success(redirect, "campaign.openedFlash", campaign.getYear(), campaign.getName(), units.size());
            return "redirect:/campaigns/" + campaign.getYear();
        } catch (Refused refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return form(model);
        }
    }

    @GetMapping("/{year}")
    String show(@PathVariable int year, Model model) {
        Campaign campaign = campaigns.require(year);
        var scope = CurrentUser.required().scope();
        if (!CampaignManagement.sees(campaign, scope)) {
            throw new org.springframework.security.access.AccessDeniedException("campaign outside the scope");
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("campaign", campaign);
        model.addAttribute("dates", campaign.calendar());
        model.addAttribute("phase", campaign.phaseOn(today));
        model.addAttribute("today", today);
        model.addAttribute("workingDaysLeft", workingDaysLeft(campaign, today));
        model.addAttribute("scopeByCategory", scopeByCategory(campaign));
        model.addAttribute("documents", campaigns.documents(year));
        model.addAttribute("current", campaigns.current().map(c -> c.getYear() == year).orElse(false));
        model.addAttribute("form", CampaignForm.of(campaign));
        return "campaign/campaign";
    }

    @PostMapping("/{year}")
    @PreAuthorize(EDITORS)
    String reschedule(@PathVariable int year, @Valid @ModelAttribute("form") CampaignForm form, BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            flash.error(redirect, "campaign.calendarInvalid");
            return "redirect:/campaigns/" + year;
        }
        try {
            campaigns.reschedule(year, form.getName(), form.calendar());
            flash.success(redirect, "campaign.rescheduled", year);
        } catch (CampaignRefused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/campaigns/" + year;
    }

    @PostMapping("/{year}/current")
    String makeCurrent(@PathVariable int year, RedirectAttributes redirect) {
        Campaign campaign = campaigns.require(year);
        if (!CampaignManagement.sees(campaign, CurrentUser.required().scope())) {
            throw new org.springframework.security.access.AccessDeniedException("campaign outside the scope");
        }
        campaigns.makeCurrent(year);
        flash.success(redirect, "campaign.madeCurrent", year);
        return "redirect:/campaigns/" + year;
    }

    @PostMapping("/{year}/documents")
    @PreAuthorize(EDITORS)
    String addDocument(@PathVariable int year, @RequestParam String title, @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            CampaignDocument document = campaigns.addDocument(year, title, file.getOriginalFilename(), in);
            flash.success(redirect, "campaign.documentAdded", document.title());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/campaigns/" + year;
    }

    @PostMapping("/{year}/documents/{id}/delete")
    @PreAuthorize(EDITORS)
    String removeDocument(@PathVariable int year, @PathVariable long id, RedirectAttributes redirect) {
        campaigns.removeDocument(id);
        flash.success(redirect, "campaign.documentRemoved");
        return "redirect:/campaigns/" + year;
    }

    @GetMapping("/{year}/documents/{id}")
    void document(@PathVariable int year, @PathVariable long id, HttpServletResponse response) throws IOException {
        CampaignDocument document = campaigns.document(id)
                .orElseThrow(() -> new CampaignRefused("campaign.documentNotFound"));
        try (InputStream in = campaigns.openDocument(id, CurrentUser.required().scope())) {
            response.setContentType(document.contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(document.fileName(), StandardCharsets.UTF_8).build().toString());
            response.setContentLengthLong(document.size());
            in.transferTo(response.getOutputStream());
        }
    }

    private String form(Model model) {
        model.addAttribute("standards", standards.list());
        model.addAttribute("categories", unitsByCategory());
        return "campaign/campaign-form";
    }

    private Map<String, Long> unitsByCategory() {
        return registry.allUnits().stream()
                .collect(Collectors.groupingBy(Unit::getCategory, TreeMap::new, Collectors.counting()));
    }

    private Map<String, Long> scopeByCategory(Campaign campaign) {
        return registry.allUnits().stream().filter(unit -> campaign.includesUnit(unit.getId()))
                .collect(Collectors.groupingBy(Unit::getCategory, TreeMap::new, Collectors.counting()));
    }

    /** Working days left to each date still ahead, for the calendar's table. */
    private Map<String, Integer> workingDaysLeft(Campaign campaign, LocalDate today) {
        var dates = campaign.calendar();
        Map<String, Integer> left = new TreeMap<>();
        Map<String, LocalDate> named = Map.of("declarationDeadline", dates.declarationDeadline(),
                "preReviewDeadline", dates.preReviewDeadline(), "observationStart", dates.observationStart(),
                "observationEnd", dates.observationEnd(), "noticeStart", dates.noticeStart(),
                "designationDate", dates.designationDate());
        named.forEach((name, date) -> {
            if (!date.isBefore(today)) {
                left.put(name, calendar.workingDaysBetween(today, date));
            }
        });
        return left;
    }
}
