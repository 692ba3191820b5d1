package org.xingping.decision;

import java.time.Instant;
import java.util.Optional;

/**
 * The committee's own word on a branch, always with a reason: a tie at a quota's cut line settled
 * (the level kept or lowered), a level overridden, or a proposed honour granted or withdrawn. The
 * latest settlement of a subject counts.
 *
 * @param subject {@link #LEVEL}, or {@code HONOUR:<code>}
 * @param stars   the level decided, for a tie or an override
 * @param granted whether the honour is granted, for an honour
 */
public record Settlement(String branchCode, String subject, Kind kind, Optional<Integer> stars, Optional<Boolean> granted,
                         String reason, String decidedBy, Instant decidedAt) {

    public static final String LEVEL = "LEVEL";
    static final String HONOUR_PREFIX = "HONOUR:";

    public enum Kind {
        /** A tie at a quota's cut line, settled. */
        TIE,
        /** The engine's level replaced by the committee's. */
        OVERRIDE,
        /** A proposed honour granted or withdrawn, or one not proposed granted. */
        HONOUR
    }

    public static String honourSubject(String honourCode) {
        return HONOUR_PREFIX + honourCode;
    }

    public Optional<String> honourCode() {
        return subject.startsWith(HONOUR_PREFIX) ? Optional.of(subject.substring(HONOUR_PREFIX.length())) : Optional.empty();
    }
}
