package org.xingping.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications in the application: a declaration returned or forwarded, a deadline three working
 * days away. Each is kept per recipient as a message key and its arguments, so every person reads
 * it in their own language. A dedupe key makes a reminder single, however many instances send it.
 */
@Service
@Transactional
public class Notifications {

    /** A notification as its recipient reads it. */
    public record Notice(long id, String messageKey, List<String> arguments, String link, Instant createdAt,
            boolean read) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    Notifications(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Notifies the branch's secretaries. */
    public void toBranch(long organizationId, String link, String dedupeKey, String messageKey, Object... arguments) {
        send(recipients("organization_id = :id and role = 'BRANCH_SECRETARY'", organizationId), link, dedupeKey,
                messageKey, arguments);
    }

    /** Notifies the unit's party committee accounts. */
    public void toUnitCommittee(long unitId, String link, String dedupeKey, String messageKey, Object... arguments) {
        send(recipients("unit_id = :id and role = 'UNIT_COMMITTEE'", unitId), link, dedupeKey, messageKey, arguments);
    }

    /** Notifies everyone of a role (the committee's staff, say). */
    public void toRole(Role role, String link, String dedupeKey, String messageKey, Object... arguments) {
        send(jdbc.sql("select id from user_account where enabled and role = :role").param("role", role.name())
                .query(Long.class).list(), link, dedupeKey, messageKey, arguments);
    }

    @Transactional(readOnly = true)
    public long unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :user and read_at is null")
                .param("user", userId).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public List<Notice> latest(long userId, int limit) {
        return jdbc.sql("""
                        select id, message_key, arguments, link, created_at, read_at from notification
                        where user_id = :user order by created_at desc, id desc limit :limit""")
                .param("user", userId).param("limit", limit)
                .query((rs, n) -> new Notice(rs.getLong("id"), rs.getString("message_key"),
                        json.readValue(rs.getString("arguments"), new TypeReference<List<String>>() { }),
                        rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null))
                .list();
    }

    public void markAllRead(long userId) {
        jdbc.sql("update notification set read_at = :at where user_id = :user and read_at is null")
                .param("at", Timestamp.from(clock.instant())).param("user", userId).update();
    }

    private List<Long> recipients(String where, long id) {
        return jdbc.sql("select id from user_account where enabled and " + where).param("id", id)
                .query(Long.class).list();
    }

    private void send(List<Long> users, String link, String dedupeKey, String messageKey, Object... arguments) {
        String values = json.writeValueAsString(Arrays.stream(arguments).map(String::valueOf).toList());
        for (long user : users) {
            insert(user, link, dedupeKey, messageKey, values);
        }
    }

    /** One row per recipient; a reminder already sent under its dedupe key is skipped, atomically. */
    private void insert(long user, String link, String dedupeKey, String messageKey, String values) {
        jdbc.sql("""
                        insert into notification (user_id, message_key, arguments, link, created_at, dedupe_key)
                        values (:user, :key, :arguments, :link, :at, :dedupe)
                        on conflict do nothing""")
                .param("user", user).param("key", messageKey).param("arguments", values).param("link", link)
                .param("at", Timestamp.from(clock.instant())).param("dedupe", dedupeKey).update();
    }
}
