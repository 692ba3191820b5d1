package org.xingping.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A file over the upload limit sends the user back to the page they came from with a message that
 * says the limit, instead of an error page.
 *
 * <p>This has to happen before Spring Security: its CSRF check reads the token among the form's
 * multipart fields, and on Tomcat 11 reading the fields of a body over the limit fails, so the
 * request ended on Tomcat's bare English "HTTP Status 413" page and never reached a controller or
 * an exception handler. Answering without the CSRF check is safe: the answer stores nothing and
 * changes nothing but a one-time message for the same session.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    /** Just before Spring Security, after the session (Spring Session) and the request context. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;

    private final MultipartResolver multipart = new StandardServletMultipartResolver();
    /** The same store the DispatcherServlet reads the next page's flash attributes from. */
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final DataSize limit;

    UploadLimitFilter(MessageSource messages, LocaleResolver locales,
            @Value("${spring.servlet.multipart.max-file-size:32MB}") DataSize limit) {
        this.messages = messages;
        this.locales = locales;
        this.limit = limit;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (multipart.isMultipart(request)) {
            try {
                // The container keeps the parsed parts: whoever reads the fields next reads them again for free.
                multipart.resolveMultipart(request);
            } catch (MaxUploadSizeExceededException tooLarge) {
                sendBack(request, response);
                return;
            } catch (RuntimeException otherwise) {
                // A malformed body is refused further on, as any other bad request is.
            }
        }
        chain.doFilter(request, response);
    }

    private void sendBack(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        FlashMap flash = new FlashMap();
        flash.put(Flash.ERROR, messages.getMessage("upload.tooLarge", new Object[] {limit.toMegabytes()},
                locales.resolveLocale(request)));
        flash.setTargetRequestPath(request.getRequestURI());
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", response.encodeRedirectURL(request.getContextPath() + path));
    }
}
