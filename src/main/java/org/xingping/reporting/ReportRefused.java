package org.xingping.reporting;

import org.xingping.platform.Refused;

/** A report cannot be made: the message key and its arguments say why, in Chinese. */
public class ReportRefused extends Refused {

    public ReportRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
