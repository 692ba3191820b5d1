package org.xingping.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.xingping.platform.CurrentUser;

/**
 * An account whose password was set by someone else (the first admin, a reset) must choose its
 * own before it can do anything else: pages send it to the change page; the API, read with the
 * session of such an account, refuses with the reason.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String CHANGE_PAGE = "/account/password";

    /** What a request of an account that must change its password gets instead of its answer. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final Refusal refusal;

    /** The gate of the pages: to the change page. */
    PasswordChangeGate() {
        this((request, response) -> response.sendRedirect(request.getContextPath() + CHANGE_PAGE));
    }

    PasswordChangeGate(Refusal refusal) {
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean mustChange = CurrentUser.get().map(CurrentUser::mustChangePassword).orElse(false);
        if (mustChange && !path.equals(CHANGE_PAGE) && !path.equals("/logout") && !isStatic(path)) {
            refusal.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/error");
    }
}
