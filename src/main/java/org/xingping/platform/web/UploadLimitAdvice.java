package org.xingping.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A file over the upload limit never reaches its page's controller: send the user back to the
 * page they came from with a message that says the limit, instead of an error page.
 */
@ControllerAdvice
class UploadLimitAdvice {

    private final Flash flash;
    private final DataSize limit;

    UploadLimitAdvice(Flash flash, @Value("${spring.servlet.multipart.max-file-size:32MB}") DataSize limit) {
        this.flash = flash;
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    RedirectView tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        flash.error(redirect, "upload.tooLarge", limit.toMegabytes());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new RedirectView(path, true);
    }
}
