package org.xingping.platform.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages shown once on the page after a redirect (保存成功, 已删除 …), resolved in the user's
 * language when they are set so the next page only prints them.
 */
@Component
public class Flash {

    public static final String SUCCESS = "flashSuccess";
    public static final String ERROR = "flashError";
    public static final String INFO = "flashInfo";

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void success(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute(SUCCESS, text(key, arguments));
    }

    public void error(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute(ERROR, text(key, arguments));
    }

    public void info(RedirectAttributes redirect, String key, Object... arguments) {
        redirect.addFlashAttribute(INFO, text(key, arguments));
    }

    /** The message in the current user's language. */
    public String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
