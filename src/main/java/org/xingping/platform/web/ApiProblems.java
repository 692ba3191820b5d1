package org.xingping.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's refusals as RFC 9457 problem details: an English title that names the kind of
 * refusal, and a Chinese detail that says what was refused and why, in the words of the message
 * bundle. Used by the API's exception advice and by its security filters, which answer before
 * any controller runs.
 */
@Component
public class ApiProblems {

    /** The details are Chinese whatever the caller's browser prefers: machines read the API. */
    private static final Locale DETAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A message of the bundle as the details say it, such as a role's name. */
    public String text(String key) {
        return messages.getMessage(key, null, key, DETAIL_LOCALE);
    }

    public ProblemDetail problem(HttpStatus status, HttpServletRequest request, String key, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(key, arguments, key, DETAIL_LOCALE));
        problem.setTitle(title(status));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("reason", key);
        return problem;
    }

    /** Writes a problem straight to the response, for the filters that answer before Spring MVC. */
    public void write(HttpServletResponse response, HttpStatus status, HttpServletRequest request, String key,
            Object... arguments) throws IOException {
        ProblemDetail problem = problem(status, request, key, arguments);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"xingping\"");
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        body.putAll(problem.getProperties());
        response.getWriter().write(json.writeValueAsString(body));
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> "Authentication required";
            case FORBIDDEN -> "Outside the caller's scope";
            case NOT_FOUND -> "Not found";
            case BAD_REQUEST -> "Bad request";
            default -> status.getReasonPhrase();
        };
    }
}
