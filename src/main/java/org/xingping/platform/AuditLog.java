package org.xingping.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit log. Every module records its creates, updates, deletes and imports
 * here; logins are recorded by the security listeners. There is deliberately no method that
 * changes or removes an event, and the database refuses it too.
 */
@Service
public class AuditLog {

    /** The actor of changes made outside a signed-in request (commands, demo loading, start-up). */
    public static final String SYSTEM_ACTOR = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public void created(String subjectType, Object subjectId, String summary, Object after) {
        record(AuditAction.CREATED, currentActor(), subjectType, subjectId, summary, null, after);
    }

    public void updated(String subjectType, Object subjectId, String summary, Object before, Object after) {
        record(AuditAction.UPDATED, currentActor(), subjectType, subjectId, summary, before, after);
    }

    public void deleted(String subjectType, Object subjectId, String summary, Object before) {
        record(AuditAction.DELETED, currentActor(), subjectType, subjectId, summary, before, null);
    }

    public void imported(String subjectType, String summary) {
        record(AuditAction.IMPORTED, currentActor(), subjectType, null, summary, null, null);
    }

    /**
     * Records an event in the caller's transaction: a change that is rolled back leaves no event
     * claiming it happened. Logins run outside any transaction and get their own.
     */
    @Transactional
    public void record(AuditAction action, String actor, String subjectType, Object subjectId, String summary,
            Object before, Object after) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, subject_type, subject_id, summary,
                                         before_state, after_state, remote_address)
                values (:at, :actor, :action, :type, :subjectId, :summary, :before, :after, :remote)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("action", action.name())
                .param("type", subjectType)
                .param("subjectId", subjectId == null ? null : subjectId.toString())
                .param("summary", truncate(summary, 1000))
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .param("remote", remoteAddress())
                .update();
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditQuery query, Pageable pageable) {
        Filter filter = Filter.of(query);
        long total = filter.bind(jdbc.sql("select count(*) from audit_event" + filter.where()))
                .query(Long.class).single();
        List<AuditEvent> events = filter.bind(jdbc.sql("select * from audit_event" + filter.where()
                        + " order by occurred_at desc, id desc limit :limit offset :offset"))
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(AuditLog::event).list();
        return new PageImpl<>(events, pageable, total);
    }

    /** Streams every event the query matches, newest first, for an export. */
    @Transactional(readOnly = true)
    public void forEach(AuditQuery query, Consumer<AuditEvent> sink) {
        Filter filter = Filter.of(query);
        try (var events = filter.bind(jdbc.sql("select * from audit_event" + filter.where()
                + " order by occurred_at desc, id desc")).query(AuditLog::event).stream()) {
            events.forEach(sink);
        }
    }

    private static AuditEvent event(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                AuditAction.valueOf(rs.getString("action")), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("summary"), rs.getString("before_state"),
                rs.getString("after_state"), rs.getString("remote_address"));
    }

    /** Who is acting: the signed-in account, or {@value #SYSTEM_ACTOR} outside a request. */
    public static String currentActor() {
        return CurrentUser.get().map(CurrentUser::getUsername).orElse(SYSTEM_ACTOR);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    /** The where clause of a query, built from fixed fragments only; values go in as parameters. */
    private record Filter(List<String> conditions, List<Consumer<JdbcClient.StatementSpec>> bindings) {

        static Filter of(AuditQuery query) {
            Filter filter = new Filter(new ArrayList<>(), new ArrayList<>());
            if (has(query.actor())) {
                filter.add("actor = :actor", spec -> spec.param("actor", query.actor().strip()));
            }
            if (query.action() != null) {
                filter.add("action = :action", spec -> spec.param("action", query.action().name()));
            }
            if (has(query.subjectType())) {
                filter.add("subject_type = :subjectType", spec -> spec.param("subjectType", query.subjectType()));
            }
            if (has(query.text())) {
                filter.add("(summary like :text or subject_id like :text)",
                        spec -> spec.param("text", "%" + query.text().strip() + "%"));
            }
            ZoneId zone = ZoneId.systemDefault();
            if (query.from() != null) {
                Instant from = query.from().atStartOfDay(zone).toInstant();
                filter.add("occurred_at >= :from", spec -> spec.param("from", Timestamp.from(from)));
            }
            if (query.to() != null) {
                Instant to = query.to().plusDays(1).atStartOfDay(zone).toInstant();
                filter.add("occurred_at < :to", spec -> spec.param("to", Timestamp.from(to)));
            }
            return filter;
        }

        private static boolean has(String text) {
            return text != null && !text.isBlank();
        }

        private void add(String condition, Consumer<JdbcClient.StatementSpec> binding) {
            conditions.add(condition);
            bindings.add(binding);
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            bindings.forEach(binding -> binding.accept(spec));
            return spec;
        }
    }
}
