package org.xingping.platform.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.UserAccountManagement.AccountRefused;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Changing one's own password; forced at the first login and after a reset. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword,
            @NotBlank String confirmPassword) {
    }

    private final UserAccountManagement accounts;
    private final Flash flash;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordController(UserAccountManagement accounts, Flash flash) {
        this.accounts = accounts;
        this.flash = flash;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("form", new PasswordForm("", "", ""));
        return "platform/password";
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        if (!binding.hasErrors() && !form.newPassword().equals(form.confirmPassword())) {
            binding.rejectValue("confirmPassword", "password.mismatch");
        }
        if (binding.hasErrors()) {
            return "platform/password";
        }
        CurrentUser user = CurrentUser.required();
        try {
            accounts.changeOwnPassword(user.id(), form.currentPassword(), form.newPassword());
        } catch (AccountRefused refused) {
            String field = refused.messageKey().equals("password.currentWrong") ? "currentPassword" : "newPassword";
            binding.rejectValue(field, refused.messageKey());
            return "platform/password";
        }
        // The session's account no longer has to change its password.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        CurrentUser changed = user.withPasswordChanged();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(changed, null, changed.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        flash.success(redirect, "password.changed");
        return "redirect:/";
    }
}
