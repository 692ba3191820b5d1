package org.xingping.notice;

import java.util.List;

import org.springframework.core.io.InputStreamSource;

/**
 * An objection as the public form sends it, with what guards the form: its signed token, the
 * hidden field only a script fills in, and the address it came from.
 *
 * @param fromUnit     a unit objects, under its name and with its seal, rather than a person
 */
public record ObjectionSubmission(String name, String phone, String branchCode, String facts, boolean fromUnit,
                                  String objectorUnit,
                                  Upload seal, List<Upload> attachments, String token, String honeypot,
                                  String remoteAddress) {

    public ObjectionSubmission {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An uploaded file: the name it came with and its bytes. */
    public record Upload(String name, InputStreamSource content) {
    }
}
