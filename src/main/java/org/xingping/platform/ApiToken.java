package org.xingping.platform;

import java.time.Instant;
import java.util.Optional;

/**
 * A personal API token as its holder and the administrator see it: never the token itself, which
 * is shown once when it is made and kept only as a hash.
 *
 * @param username the account the token acts as
 */
public record ApiToken(long id, String username, String name, Instant createdAt, Instant expiresAt,
        Optional<Instant> lastUsedAt, Optional<Instant> revokedAt, Optional<String> revokedBy) {

    /** Whether the token still opens the API at the given moment. */
    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.isAfter(now);
    }
}
