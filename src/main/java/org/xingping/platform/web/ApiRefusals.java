package org.xingping.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.NotFound;
import org.xingping.platform.OutOfScope;
import org.xingping.platform.Refused;
import org.xingping.platform.RestApi;

/**
 * Refusals of the API's controllers as problem details, before the pages' advice turns them into
 * the error page: 404 for what does not exist, 403 for what lies outside the caller's scope, 400
 * for a filter or a page the API does not know.
 */
@RestControllerAdvice(annotations = RestApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiRefusals {

    private final ApiProblems problems;

    ApiRefusals(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refused.class)
    ProblemDetail refused(Refused refused, HttpServletRequest request) {
        HttpStatus status = refused instanceof OutOfScope ? HttpStatus.FORBIDDEN
                : refused instanceof NotFound || refused.messageKey().endsWith("otFound")
                        || refused.messageKey().endsWith("notPlanned") ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        return problems.problem(status, request, refused.messageKey(), refused.arguments());
    }

    /** A service's own scope check (a sheet of another group, say) refused the caller. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(HttpServletRequest request) {
        CurrentUser user = CurrentUser.required();
        return problems.problem(HttpStatus.FORBIDDEN, request, "api.outOfScope", user.getUsername(),
                request.getRequestURI(), problems.text(user.role().messageKey()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return problems.problem(HttpStatus.BAD_REQUEST, request, "api.badValue", mismatch.getName(),
                String.valueOf(mismatch.getValue()));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException missing, HttpServletRequest request) {
        return problems.problem(HttpStatus.BAD_REQUEST, request, "api.missingParameter", missing.getParameterName());
    }
}
