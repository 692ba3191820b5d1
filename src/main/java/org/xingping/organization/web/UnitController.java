package org.xingping.organization.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationRefused;
import org.xingping.organization.Unit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

/** The unit list, a unit's form, and the export. */
@Controller
@RequestMapping("/units")
class UnitController {

    private final OrganizationManagement registry;
    private final Flash flash;

    UnitController(OrganizationManagement registry, Flash flash) {
        this.registry = registry;
        this.flash = flash;
    }

    @ModelAttribute("canEdit")
    boolean canEdit() {
        return RegistryAccess.canEdit();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
            @PageableDefault(size = 20) Pageable pageable, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("category", category);
        model.addAttribute("categories", registry.categories());
        model.addAttribute("page", registry.units(q, category, scope(), pageable));
        return "organization/units";
    }

    @GetMapping("/new")
    @PreAuthorize(RegistryAccess.EDITORS)
    String create(Model model) {
        model.addAttribute("form", new UnitForm());
        return "organization/unit-form";
    }

    @PostMapping
    @PreAuthorize(RegistryAccess.EDITORS)
    String add(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "organization/unit-form";
        }
        try {
            Unit unit = registry.createUnit(form.details());
            flash.success(redirect, "unit.created", unit.getCode());
            return "redirect:/units";
        } catch (OrganizationRefused refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "organization/unit-form";
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(RegistryAccess.EDITORS)
    String edit(@PathVariable long id, Model model) {
        Unit unit = registry.unit(id, scope());
        model.addAttribute("unit", unit);
        model.addAttribute("form", UnitForm.of(unit));
        return "organization/unit-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(RegistryAccess.EDITORS)
    String change(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("unit", registry.unit(id, scope()));
        if (binding.hasErrors()) {
            return "organization/unit-form";
        }
        try {
            Unit unit = registry.changeUnit(id, form.details());
            flash.success(redirect, "unit.changed", unit.getCode());
            return "redirect:/units";
        } catch (OrganizationRefused refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "organization/unit-form";
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(RegistryAccess.EDITORS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            String code = registry.unit(id, scope()).getCode();
            registry.deleteUnit(id);
            flash.success(redirect, "unit.deleted", code);
        } catch (OrganizationRefused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/units";
    }

    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        XlsxDownload.send(response, flash.text("unit.exportFile") + ".xlsx", flash.text("unit.title"),
                List.of("编码", "名称", "类别", "办公地点", "纬度", "经度"),
                rows -> registry.forEachUnit(scope(), unit -> {
                    List<Object> cells = new ArrayList<>(List.of(unit.getCode(), unit.getName(), unit.getCategory()));
                    cells.add(unit.getSite() == null ? "" : unit.getSite());
                    cells.add(unit.getLatitude());
                    cells.add(unit.getLongitude());
                    rows.add(cells);
                }));
    }

    private static DataScope scope() {
        return CurrentUser.required().scope();
    }
}
