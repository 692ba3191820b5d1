package org.xingping.platform.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
import org.xingping.platform.PasswordPolicy;
import org.xingping.platform.Role;
import org.xingping.platform.ScopeDirectory;
import org.xingping.platform.ScopeDirectory.Choice;
import org.xingping.platform.UserAccount;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.UserAccountManagement.AccountRefused;
import org.xingping.platform.UserAccountManagement.NewAccount;

/** The 系统管理员's pages for accounts: list, open, change, reset password, disable. */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    /** The account form; unit and branch are entered by code, as users know them. */
    record AccountForm(
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_.-]{1,63}") String username,
            @NotBlank @Size(max = 100) String displayName,
            @NotNull Role role,
            String unitCode,
            String organizationCode) {
    }

    private final UserAccountManagement accounts;
    private final ScopeDirectory directory;
    private final Flash flash;

    UserAdminController(UserAccountManagement accounts, ScopeDirectory directory, Flash flash) {
        this.accounts = accounts;
        this.directory = directory;
        this.flash = flash;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @PageableDefault(size = 20) Pageable pageable, Model model) {
        Page<UserAccount> page = accounts.search(q, role, pageable);
        model.addAttribute("page", page);
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("scopes", page.getContent().stream().map(this::scopeOf).toList());
        return "platform/users";
    }

    /** Every account the list's filter matches, on one sheet: the list as shown, not only its page. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            HttpServletResponse response) throws IOException {
        List<UserAccount> matching = accounts.search(q, role, PageRequest.of(0, Integer.MAX_VALUE)).getContent();
        XlsxDownload.send(response, flash.text("export.users.file") + ".xlsx", flash.text("users.title"),
                List.of(flash.text("users.username"), flash.text("users.displayName"), flash.text("users.role"),
                        flash.text("users.scope"), flash.text("users.state")),
                rows -> matching.forEach(account -> rows.add(List.of(account.getUsername(), account.getDisplayName(),
                        flash.text(account.getRole().messageKey()), scopeOf(account), flash.text(stateKey(account))))));
    }

    private static String stateKey(UserAccount account) {
        if (!account.isEnabled()) {
            return "users.state.disabled";
        }
        return account.getLockedUntil() == null ? "users.state.active" : "users.state.locked";
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new AccountForm("", "", null, "", ""));
        return "platform/user-form";
    }

    @PostMapping
    String open(@Valid @ModelAttribute("form") AccountForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "platform/user-form";
        }
        String password = PasswordPolicy.random();
        try {
            Scope scope = resolve(form);
            UserAccount account = accounts.open(new NewAccount(form.username().strip(), form.displayName(),
                    form.role(), scope.unitId(), scope.organizationId()), password);
            flash.success(redirect, "account.opened", account.getUsername());
            redirect.addFlashAttribute("newPassword", password);
            redirect.addFlashAttribute("newPasswordFor", account.getUsername());
            return "redirect:/admin/users";
        } catch (AccountRefused refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "platform/user-form";
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UserAccount account = accounts.find(id);
        Choice unit = account.getUnitId() == null ? null : directory.unit(account.getUnitId()).orElse(null);
        Choice organization = account.getOrganizationId() == null ? null
                : directory.organization(account.getOrganizationId()).orElse(null);
        model.addAttribute("account", account);
        model.addAttribute("form", new AccountForm(account.getUsername(), account.getDisplayName(), account.getRole(),
                unit == null ? "" : unit.code(), organization == null ? "" : organization.code()));
        return "platform/user-form";
    }

    @PostMapping("/{id}")
    String change(@PathVariable long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        UserAccount account = accounts.find(id);
        model.addAttribute("account", account);
        if (binding.hasErrors()) {
            return "platform/user-form";
        }
        try {
            Scope scope = resolve(form);
            accounts.changeDetails(id, form.displayName(), form.role(), scope.unitId(), scope.organizationId());
            flash.success(redirect, "account.changed", account.getUsername());
            return "redirect:/admin/users";
        } catch (AccountRefused refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "platform/user-form";
        }
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        UserAccount account = accounts.find(id);
        String password = accounts.resetPassword(id);
        flash.success(redirect, "account.passwordReset", account.getUsername());
        redirect.addFlashAttribute("newPassword", password);
        redirect.addFlashAttribute("newPasswordFor", account.getUsername());
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        try {
            accounts.disable(id);
            flash.success(redirect, "account.disabled", accounts.find(id).getUsername());
        } catch (AccountRefused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        accounts.enable(id);
        flash.success(redirect, "account.enabled", accounts.find(id).getUsername());
        return "redirect:/admin/users";
    }

    /** Suggestions for the unit or branch code field, as a datalist. */
    @GetMapping("/scope-options")
    String scopeOptions(@RequestParam String kind, @RequestParam(defaultValue = "") String unitCode,
            @RequestParam(defaultValue = "") String organizationCode, Model model) {
        List<Choice> choices = "organization".equals(kind) ? directory.findOrganizations(organizationCode, 20)
                : directory.findUnits(unitCode, 20);
        model.addAttribute("choices", choices);
        return "platform/user-form :: options";
    }

    private record Scope(Long unitId, Long organizationId) {
    }

    private Scope resolve(AccountForm form) {
        Long unitId = null;
        Long organizationId = null;
        if (form.unitCode() != null && !form.unitCode().isBlank()) {
            unitId = directory.unitByCode(form.unitCode().strip())
                    .orElseThrow(() -> new AccountRefused("account.unitCodeUnknown", form.unitCode().strip())).id();
        }
        if (form.role() != null && form.role().needsOrganization()
                && form.organizationCode() != null && !form.organizationCode().isBlank()) {
            organizationId = directory.organizationByCode(form.organizationCode().strip())
                    .orElseThrow(() -> new AccountRefused("account.organizationCodeUnknown",
                            form.organizationCode().strip())).id();
        }
        return new Scope(unitId, organizationId);
    }

    /** "U001 市纪委监委机关" or the branch, for the list. */
    private String scopeOf(UserAccount account) {
        if (account.getOrganizationId() != null) {
            return directory.organization(account.getOrganizationId()).map(c -> c.code() + " " + c.name()).orElse("");
        }
        if (account.getUnitId() != null) {
            return directory.unit(account.getUnitId()).map(c -> c.code() + " " + c.name()).orElse("");
        }
        return "";
    }
}
