package org.xingping.notice;

import java.util.List;

import org.springframework.core.io.InputStreamSource;

/**
 * An objection as the public form sends it, with what guards the form: its signed token, the
 * hidden field only a script fills in, and the address it came from.
 *
 * @param objectorUnit the objecting unit's name when a unit objects (its seal is then required);
 *                     empty when a person does
 */
public record ObjectionSubmission(String name, String phone, String branchCode, String facts, String objectorUnit,
                                  Upload seal, List<Upload> attachments, String token, String honeypot,
                                  String remoteAddress) {

    public ObjectionSubmission {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public boolean fromUnit() {
        return objectorUnit != null && !objectorUnit.isBlank();
    }

    /** An uploaded file: the name it came with and its bytes. */
    public record Upload(String name, InputStreamSource content) {
    }
}
