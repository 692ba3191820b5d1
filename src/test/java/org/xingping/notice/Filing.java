package org.xingping.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.core.io.ByteArrayResource;

/** An objection as a person fills in the public form, changed field by field by each test. */
final class Filing {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    /** A Windows program, renamed to look like a photo. */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    String name = "王建国";
    String phone = "13839612345";
    String branch;
    String facts = "该支部2021年有三个月未召开支部党员大会，会议记录系事后补写。";
    boolean fromUnit;
    String unit;
    ObjectionSubmission.Upload seal;
    final List<ObjectionSubmission.Upload> attachments = new ArrayList<>();
    String token;
    String honeypot = "";
    String address;

    Filing(FormTokens tokens, int year, String branch, String address) {
        this.branch = branch;
        this.address = address;
        // The form was shown half a minute ago, as a person takes to fill it in.
        this.token = tokens.issue(year, Instant.now().minusSeconds(30));
    }

    static ObjectionSubmission.Upload file(String name, byte[] bytes) {
        return new ObjectionSubmission.Upload(name, new ByteArrayResource(bytes));
    }

    Filing attach(String fileName, byte[] bytes) {
        attachments.add(file(fileName, bytes));
        return this;
    }

    ObjectionSubmission submission() {
        return new ObjectionSubmission(name, phone, branch, facts, fromUnit, unit, seal, attachments, token, honeypot,
                address);
    }

    Filing with(Consumer<Filing> change) {
        change.accept(this);
        return this;
    }
}
