package org.xingping.platform.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.xingping.platform.Refused;

/**
 * A request refused for a reason a person can act on, that no page caught itself (opening a
 * sheet of a branch not in one's plan, say), answers with that reason in words on the error page,
 * never as a server failure. A controller whose refusals mean something else (a bad filter is the
 * request's fault: 400) answers with {@link #page} and its own status.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class RefusedPages {

    private final Flash flash;

    RefusedPages(Flash flash) {
        this.flash = flash;
    }

    @ExceptionHandler(Refused.class)
    ModelAndView refused(Refused refused) {
        return page(flash, refused, HttpStatus.UNPROCESSABLE_ENTITY);
    }

    /** The error page saying why the request was refused, with the given status. */
    public static ModelAndView page(Flash flash, Refused refused, HttpStatus status) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("reason", flash.text(refused.messageKey(), refused.arguments()));
        return page;
    }
}
