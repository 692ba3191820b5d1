package org.xingping.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xingping.platform.ApiToken;
import org.xingping.platform.ApiTokens;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;

/**
 * 账号 → API 令牌: making a personal token (shown once), listing one's tokens and revoking them;
 * the 系统管理员 sees and may revoke everyone's.
 */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

    private final ApiTokens tokens;
    private final Flash flash;

    ApiTokenController(ApiTokens tokens, Flash flash) {
        this.tokens = tokens;
        this.flash = flash;
    }

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** A token as the list shows it, its moments written out in the server's time zone. */
    record TokenRow(ApiToken token, String createdAt, String expiresAt, String lastUsedAt, boolean active) {

        static TokenRow of(ApiToken token, Instant now) {
            return new TokenRow(token, MINUTES.format(token.createdAt()), MINUTES.format(token.expiresAt()),
                    token.lastUsedAt().map(MINUTES::format).orElse(null), token.activeAt(now));
        }
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUser.required();
        Instant now = Instant.now();
        model.addAttribute("tokens", tokens.visibleTo(user).stream().map(token -> TokenRow.of(token, now)).toList());
        model.addAttribute("defaultExpiry", LocalDate.now().plusDays(90));
        model.addAttribute("latestExpiry", LocalDate.now().plusDays(ApiTokens.LONGEST.toDays() - 1));
        model.addAttribute("everyone", user.hasRole(Role.SYSTEM_ADMINISTRATOR));
        return "platform/tokens";
    }

    @PostMapping
    String create(@RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
            RedirectAttributes redirect) {
        try {
            ApiTokens.IssuedToken issued = tokens.create(name, expiresOn, CurrentUser.required());
            redirect.addFlashAttribute("newToken", issued.secret());
            redirect.addFlashAttribute("newTokenName", issued.token().name());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/account/tokens";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        try {
            var token = tokens.revoke(id, CurrentUser.required());
            flash.success(redirect, "api.token.revoked", token.name());
        } catch (Refused refused) {
            flash.error(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/account/tokens";
    }
}
