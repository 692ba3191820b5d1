package org.xingping.decision;

import java.time.Instant;

/**
 * 认定事实: what the committee recorded about a branch in a campaign, with who, when and why. The
 * fact is a {@code flag} condition of the standard (是/否, confirming or rejecting what the branch
 * claimed), a veto code (是/否, the reason holding its evidence), or {@code appraisal} with a
 * figure from 0 to 100. The latest record of a fact counts; the earlier ones are its history.
 */
public record Fact(String branchCode, String fact, String value, String reason, String recordedBy, Instant recordedAt) {

    public static final String YES = "是";
    public static final String NO = "否";

    public boolean holds() {
        return YES.equals(value);
    }
}
