package org.xingping.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. A signed-in account makes a token with a name and an expiry of at most a
 * year; the token is shown once and only its SHA-256 is kept. A request that sends it acts as the
 * account, with exactly its role and scope, for as long as the token is neither expired nor
 * revoked and the account is neither disabled nor locked. The holder revokes their own tokens;
 * the 系统管理员 any. Making and revoking are audited.
 */
@Service
@Transactional
public class ApiTokens {

    /** The longest a token may live. */
    public static final Duration LONGEST = Duration.ofDays(366);
    /** What every token starts with, so a leaked one is recognisable in logs and scanners. */
    static final String PREFIX = "xp_";
    /** A request refreshes a token's last use at most this often, so reads do not write on every call. */
    private static final Duration LAST_USED_GRAIN = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final UserAccountManagement accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, UserAccountManagement accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A token just made: the secret to show once, and the token as lists show it. */
    public record IssuedToken(String secret, ApiToken token) {
    }

    /** Why a token did not open the API. */
    public enum Rejection {
        UNKNOWN, EXPIRED, REVOKED, ACCOUNT_UNAVAILABLE;

        public String messageKey() {
            return "api.token.rejected." + name();
        }
    }

    /** The account a token acts as, or why it acts as nobody. */
    public record Authentication(Optional<CurrentUser> user, Optional<Rejection> rejection) {

        static Authentication of(CurrentUser user) {
            return new Authentication(Optional.of(user), Optional.empty());
        }

        static Authentication rejected(Rejection rejection) {
            return new Authentication(Optional.empty(), Optional.of(rejection));
        }
    }

    public IssuedToken create(String name, LocalDate expiresOn, CurrentUser user) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new Refused("api.token.nameRequired");
        }
        Instant now = clock.instant();
        if (expiresOn == null) {
            throw new Refused("api.token.expiryRequired");
        }
        Instant expiresAt = expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST))) {
            throw new Refused("api.token.expiryRange");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into api_token (account_id, name, token_hash, created_at, expires_at)
                        values (:account, :name, :hash, :now, :expires)""")
                .param("account", user.id()).param("name", name.strip()).param("hash", hash(secret))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expiresAt))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        ApiToken token = find(id).orElseThrow();
        audit.created("ApiToken", id, "创建 API 令牌 " + token.name() + "（" + user.getUsername() + "）",
                Map.of("name", token.name(), "account", user.getUsername(), "expiresAt", expiresAt.toString()));
        return new IssuedToken(secret, token);
    }

    /** The caller's own tokens; for the 系统管理员, everyone's. Newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> visibleTo(CurrentUser user) {
        boolean all = user.hasRole(Role.SYSTEM_ADMINISTRATOR);
        return jdbc.sql(SELECT + (all ? "" : " where t.account_id = :account") + " order by t.created_at desc, t.id desc")
                .param("account", user.id()).query(ApiTokens::read).list();
    }

    /** Revokes a token: its holder may, and the 系统管理员 may revoke anyone's. */
    public ApiToken revoke(long id, CurrentUser user) {
        ApiToken token = find(id).orElseThrow(() -> new NotFound("api.token.notFound", id));
        if (!token.username().equals(user.getUsername()) && !user.hasRole(Role.SYSTEM_ADMINISTRATOR)) {
            throw new OutOfScope("api.token.notYours");
        }
        if (token.revokedAt().isPresent()) {
            return token;
        }
        jdbc.sql("update api_token set revoked_at = :now, revoked_by = :by where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("by", user.getUsername()).param("id", id).update();
        audit.updated("ApiToken", id, "撤销 API 令牌 " + token.name() + "（" + token.username() + "）",
                Map.of("revoked", false), Map.of("revoked", true, "by", user.getUsername()));
        return find(id).orElseThrow();
    }

    /**
     * The account a presented token acts as. Runs in its own transaction: a read-only API request
     * still records when the token was last used.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Authentication authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Authentication.rejected(Rejection.UNKNOWN);
        }
        record Row(long id, long account, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
        }
        Optional<Row> found = jdbc.sql("""
                        select id, account_id, expires_at, last_used_at, revoked_at from api_token
                        where token_hash = :hash""")
                .param("hash", hash(secret))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
                        instant(rs, 4), instant(rs, 5)))
                .optional();
        if (found.isEmpty()) {
            return Authentication.rejected(Rejection.UNKNOWN);
        }
        Row row = found.get();
        Instant now = clock.instant();
        if (row.revokedAt() != null) {
            return Authentication.rejected(Rejection.REVOKED);
        }
        if (!row.expiresAt().isAfter(now)) {
            return Authentication.rejected(Rejection.EXPIRED);
        }
        UserAccount account = accounts.find(row.account());
        CurrentUser user = account.toCurrentUser(now);
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            return Authentication.rejected(Rejection.ACCOUNT_UNAVAILABLE);
        }
        if (row.lastUsedAt() == null || row.lastUsedAt().plus(LAST_USED_GRAIN).isBefore(now)) {
            jdbc.sql("update api_token set last_used_at = :now where id = :id")
                    .param("now", Timestamp.from(now)).param("id", row.id()).update();
        }
        user.eraseCredentials();
        return Authentication.of(user);
    }

    @Transactional(readOnly = true)
    public Optional<ApiToken> find(long id) {
        return jdbc.sql(SELECT + " where t.id = :id").param("id", id).query(ApiTokens::read).optional();
    }

    private static final String SELECT = """
            select t.id, a.username, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at, t.revoked_by
            from api_token t join user_account a on a.id = t.account_id""";

    private static ApiToken read(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                Optional.ofNullable(instant(rs, 6)), Optional.ofNullable(instant(rs, 7)),
                Optional.ofNullable(rs.getString("revoked_by")));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
