package org.xingping.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed login back to the login page with the kind of failure in the address, so the
 * page can say "locked" or "disabled" without the session holding an exception.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String kind = exception instanceof LockedException ? "locked"
                : exception instanceof DisabledException ? "disabled" : "credentials";
        response.sendRedirect(request.getContextPath() + "/login?error=" + kind);
    }
}
