package org.xingping.platform.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.xingping.platform.AuditAction;
import org.xingping.platform.AuditLog;
import org.xingping.platform.UserAccountManagement;

/**
 * Records every login, successful or not, and keeps the count of failures that locks an
 * account after five in a row.
 */
@Component
class LoginAudit {

    private final AuditLog audit;
    private final UserAccountManagement accounts;

    LoginAudit(AuditLog audit, UserAccountManagement accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.recordSuccessfulLogin(username);
        audit.record(AuditAction.LOGIN_SUCCEEDED, username, "UserAccount", username, "登录成功", null, null);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String username = attempted(event.getAuthentication());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailedLogin(username);
        }
        audit.record(AuditAction.LOGIN_FAILED, username, "UserAccount", username,
                "登录失败：" + reason(event), null, null);
    }

    @EventListener
    void on(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(AuditAction.LOGOUT, username, "UserAccount", username, "退出登录", null, null);
    }

    private static String reason(AbstractAuthenticationFailureEvent event) {
        return switch (event.getClass().getSimpleName()) {
            case "AuthenticationFailureLockedEvent" -> "账号已锁定";
            case "AuthenticationFailureDisabledEvent" -> "账号已停用";
            case "AuthenticationFailureBadCredentialsEvent" -> "用户名或密码错误";
            default -> event.getException().getClass().getSimpleName();
        };
    }

    private static String attempted(Authentication authentication) {
        String name = authentication == null ? "" : authentication.getName();
        // A mistyped password pasted into the username field must not end up in the log in full.
        return name.length() > 64 ? name.substring(0, 64) : name;
    }
}
