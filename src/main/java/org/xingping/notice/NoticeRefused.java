package org.xingping.notice;

import org.xingping.platform.Refused;

/** The notice module refuses a request: the message key and its arguments say why, in Chinese. */
public class NoticeRefused extends Refused {

    public NoticeRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
