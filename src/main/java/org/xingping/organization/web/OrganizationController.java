package org.xingping.organization.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
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
import org.xingping.organization.OrganizationLevel;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationQuery;
import org.xingping.organization.OrganizationRefused;
import org.xingping.organization.OrganizationType;
import org.xingping.organization.PartyOrganization;
import org.xingping.organization.TreeNode;
import org.xingping.organization.Unit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

/** The organisation list with the tree beside it, an organisation's page, its form, and the export. */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

    private final OrganizationManagement registry;
    private final TreeRoots treeRoots;
    private final Flash flash;

    OrganizationController(OrganizationManagement registry, TreeRoots treeRoots, Flash flash) {
        this.registry = registry;
        this.treeRoots = treeRoots;
        this.flash = flash;
    }

    @ModelAttribute("types")
    OrganizationType[] types() {
        return OrganizationType.values();
    }

    @ModelAttribute("canEdit")
    boolean canEdit() {
        return RegistryAccess.canEdit();
    }

    @GetMapping
    String list(@ModelAttribute("query") OrganizationQuery query, @PageableDefault(size = 20) Pageable pageable,
            Model model) {
        model.addAttribute("page", registry.organizations(query, scope(), pageable));
        model.addAttribute("years", registry.levelYears());
        return "organization/organizations";
    }

    /**
     * The tree beside the list: every unit the account sees, opened down to what the list shows, so
     * a click on a name both filters and expands. It loads after the page, so that paging through
     * the list does not render a thousand units' nodes each time; the committee's tree with every
     * unit closed is kept rendered while its units are unchanged ({@link TreeRoots}).
     */
    @GetMapping("/tree/roots")
    ResponseEntity<String> roots(@ModelAttribute("query") OrganizationQuery query, Model model, Locale locale,
            HttpServletRequest request, HttpServletResponse response) throws Exception {
        DataScope scope = scope();
        List<TreeNode> roots = registry.unitNodes(scope);
        model.addAttribute("roots", roots);
        if (query.unit() != null) {
            model.addAttribute("unitId", query.unit());
            model.addAttribute("branches", openTree(query.unit(), query.under(), scope));
        } else if (scope.kind() == DataScope.Kind.ALL) {
            return treeRoots.wholeRegistry(roots, model.asMap(), locale, request, response);
        }
        return treeRoots.rendered(model.asMap(), locale, request, response);
    }

    /** The children of a unit or an organisation in the tree, loaded when a node opens. */
    @GetMapping("/tree")
    String tree(@RequestParam long unit, @RequestParam(required = false) Long parent, Model model) {
        model.addAttribute("unitId", unit);
        model.addAttribute("nodes", registry.childNodes(unit, parent, scope()));
        return "organization/organizations :: nodes";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        DataScope scope = scope();
        PartyOrganization organization = registry.organization(id, scope);
        model.addAttribute("organization", organization);
        model.addAttribute("unit", registry.unit(organization.getUnitId(), scope));
        model.addAttribute("parent", parentOf(organization, scope));
        model.addAttribute("children", registry.childNodes(organization.getUnitId(), organization.getId(), scope));
        return "organization/organization";
    }

    @GetMapping("/new")
    @PreAuthorize(RegistryAccess.EDITORS)
    String create(@RequestParam(required = false) String unit, @RequestParam(required = false) String parent,
            Model model) {
        model.addAttribute("form", OrganizationForm.empty(unit == null ? "" : unit, parent == null ? "" : parent));
        return "organization/organization-form";
    }

    @PostMapping
    @PreAuthorize(RegistryAccess.EDITORS)
    String add(@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "organization/organization-form";
        }
        try {
            PartyOrganization organization = registry.createOrganization(form.details());
            flash.success(redirect, "organization.created", organization.getCode());
            return "redirect:/organizations/" + organization.getId();
        } catch (OrganizationRefused refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "organization/organization-form";
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(RegistryAccess.EDITORS)
    String edit(@PathVariable long id, Model model) {
        DataScope scope = scope();
        PartyOrganization organization = registry.organization(id, scope);
        Unit unit = registry.unit(organization.getUnitId(), scope);
        PartyOrganization parent = parentOf(organization, scope);
        model.addAttribute("organization", organization);
        model.addAttribute("form", OrganizationForm.of(organization, unit.getCode(),
                parent == null ? "" : parent.getCode()));
        return "organization/organization-form";
    }

    @PostMapping("/{id}")
    @PreAuthorize(RegistryAccess.EDITORS)
    String change(@PathVariable long id, @Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("organization", registry.organization(id, scope()));
        if (binding.hasErrors()) {
            return "organization/organization-form";
        }
        try {
            PartyOrganization organization = registry.changeOrganization(id, form.details());
            flash.success(redirect, "organization.changed", organization.getCode());
            return "redirect:/organizations/" + id;
        } catch (OrganizationRefused refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "organization/organization-form";
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(RegistryAccess.EDITORS)
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        try {
            String code = registry.organization(id, scope()).getCode();
            registry.deleteOrganization(id);
            flash.success(redirect, "organization.deleted", code);
            return "redirect:/organizations";
        } catch (OrganizationRefused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/organizations/" + id;
        }
    }

    /** The list as XLSX in the import layout (Chinese headers), with the list's filters. */
    @GetMapping("/export")
    void export(@ModelAttribute("query") OrganizationQuery query, HttpServletResponse response) throws IOException {
        DataScope scope = scope();
        List<Integer> years = new ArrayList<>(new TreeSet<>(registry.levelYears()));
        List<String> headers = new ArrayList<>(List.of("编码", "单位编码", "上级组织编码", "类型", "名称", "书记", "党员数"));
        years.forEach(year -> {
            headers.add(year + "年星级");
            headers.add(year + "年红旗党支部");
        });
        XlsxDownload.send(response, flash.text("organization.exportFile") + ".xlsx", flash.text("organization.title"),
                headers, rows -> registry.forEachOrganization(query, scope, row -> {
                    List<Object> cells = new ArrayList<>(List.of(row.code(), row.unitCode(),
                            row.parentCode() == null ? "" : row.parentCode(), row.type().label(), row.name(),
                            row.secretary() == null ? "" : row.secretary()));
                    cells.add(row.members());
                    for (int year : years) {
                        OrganizationLevel level = row.levels().stream().filter(l -> l.year() == year).findFirst()
                                .orElse(null);
                        cells.add(level == null ? null : level.stars());
                        cells.add(level == null ? null : level.redFlag() ? "是" : "否");
                    }
                    rows.add(cells);
                }));
    }

    /** A node of the tree as the page renders it: open ones carry their children. */
    record Branch(TreeNode node, List<Branch> children) {
        public boolean open() {
            return children != null;
        }
    }

    /** The unit's first level, opened down the path to the chosen organisation. */
    private List<Branch> openTree(long unitId, Long under, DataScope scope) {
        List<Long> path = new ArrayList<>();
        for (Long id = under; id != null; id = registry.organization(id, scope).getParentId()) {
            path.add(0, id);
        }
        return level(unitId, null, path, scope);
    }

    private List<Branch> level(long unitId, Long parent, List<Long> path, DataScope scope) {
        return registry.childNodes(unitId, parent, scope).stream()
                .map(node -> new Branch(node, path.contains(node.id()) && node.hasChildren()
                        ? level(unitId, node.id(), path, scope) : null))
                .toList();
    }

    private PartyOrganization parentOf(PartyOrganization organization, DataScope scope) {
        if (organization.getParentId() == null) {
            return null;
        }
        // A branch account sees its branch, not the committee above it: show the parent only in scope.
        return scope.includesOrganization(organization.getUnitId(), organization.getParentId())
                ? registry.organization(organization.getParentId(), scope) : null;
    }

    private static DataScope scope() {
        return CurrentUser.required().scope();
    }
}
