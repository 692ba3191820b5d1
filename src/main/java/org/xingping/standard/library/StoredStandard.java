package org.xingping.standard.library;

import java.time.Instant;
import java.util.Optional;

/**
 * A rating standard as the system keeps it: the file's text as loaded, who loaded it and when,
 * and, once a campaign uses it, when and for what it was frozen.
 */
public record StoredStandard(String id, String name, String issuer, int year, String source, Instant uploadedAt,
        String uploadedBy, Optional<Instant> frozenAt, Optional<String> frozenFor) {

    public boolean isFrozen() {
        return frozenAt.isPresent();
    }
}
