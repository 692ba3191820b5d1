package org.xingping.standard.library;

import org.xingping.standard.StandardRefused;
import org.xingping.standard.StandardLoader;
import org.xingping.standard.RatingStandard;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.platform.AuditLog;

/**
 * The stored rating standards. A file is loaded whole or refused whole with every problem
 * (standard-format.md); it is kept by its own {@code id} with its text as given, so what a
 * campaign was rated by can always be read again. A standard a campaign uses is frozen: loading a
 * changed file under its id is refused, a change needs a new id.
 */
@Service
@Transactional
public class RatingStandardManagement {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final StandardLoader loader = new StandardLoader();
    /** Parsed standards by id; a stored text never changes under its id once frozen, and is re-read when replaced. */
    private final Map<String, Parsed> parsed = new ConcurrentHashMap<>();

    private record Parsed(String source, RatingStandard standard) {
    }

    RatingStandardManagement(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Loads a standard file and keeps it. Throws {@link StandardRefused} with every problem of the
     * file, or {@link StandardChangeRefused} when its id belongs to a frozen standard.
     */
    public StoredStandard upload(byte[] file) {
        RatingStandard standard = loader.load(file);
        String source = text(file);
        Optional<StoredStandard> existing = find(standard.id());
        if (existing.isPresent()) {
            StoredStandard stored = existing.get();
            if (stored.source().equals(source)) {
                return stored;
            }
            if (stored.isFrozen()) {
                throw new StandardChangeRefused("standard.frozen", standard.id(), stored.frozenFor().orElse(""));
            }
            jdbc.sql("""
                    update rating_standard set name = :name, issuer = :issuer, year = :year, source = :source,
                           uploaded_at = :at, uploaded_by = :by where id = :id and frozen_at is null""")
                    .paramSource(row(standard, source)).update();
            audit.updated("RatingStandard", standard.id(), "更新评分标准 " + standard.id() + " " + standard.name(),
                    summary(stored.name(), stored.year()), summary(standard.name(), standard.year()));
        } else {
            jdbc.sql("""
                    insert into rating_standard (id, name, issuer, year, source, uploaded_at, uploaded_by)
                    values (:id, :name, :issuer, :year, :source, :at, :by)""")
                    .paramSource(row(standard, source)).update();
            audit.created("RatingStandard", standard.id(), "载入评分标准 " + standard.id() + " " + standard.name(),
                    summary(standard.name(), standard.year()));
        }
        parsed.put(standard.id(), new Parsed(source, standard));
        return find(standard.id()).orElseThrow();
    }

    /** Freezes a standard for the campaign that uses it; a frozen standard stays frozen. */
    public void freeze(String id, String usedBy) {
        StoredStandard stored = require(id);
        if (stored.isFrozen()) {
            return;
        }
        jdbc.sql("update rating_standard set frozen_at = :at, frozen_for = :for where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("for", usedBy).param("id", id).update();
        audit.updated("RatingStandard", id, "冻结评分标准 " + id + "（" + usedBy + "）", null, Map.of("frozenFor", usedBy));
    }

    /** Removes a standard no campaign uses. */
    public void delete(String id) {
        StoredStandard stored = require(id);
        if (stored.isFrozen()) {
            throw new StandardChangeRefused("standard.frozenDelete", id, stored.frozenFor().orElse(""));
        }
        jdbc.sql("delete from rating_standard where id = :id and frozen_at is null").param("id", id).update();
        parsed.remove(id);
        audit.deleted("RatingStandard", id, "删除评分标准 " + id + " " + stored.name(),
                summary(stored.name(), stored.year()));
    }

    @Transactional(readOnly = true)
    public List<StoredStandard> list() {
        return jdbc.sql("select * from rating_standard order by year desc, id").query(RatingStandardManagement::stored)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<StoredStandard> find(String id) {
        return jdbc.sql("select * from rating_standard where id = :id").param("id", id)
                .query(RatingStandardManagement::stored).optional();
    }

    @Transactional(readOnly = true)
    public StoredStandard require(String id) {
        return find(id).orElseThrow(() -> new StandardChangeRefused("standard.notFound", id));
    }

    /** The stored standard, read into the model the engine evaluates with. */
    @Transactional(readOnly = true)
    public RatingStandard standard(String id) {
        StoredStandard stored = require(id);
        Parsed known = parsed.get(id);
        if (known != null && known.source().equals(stored.source())) {
            return known.standard();
        }
        RatingStandard standard = loader.load(stored.source());
        parsed.put(id, new Parsed(stored.source(), standard));
        return standard;
    }

    private org.springframework.jdbc.core.namedparam.MapSqlParameterSource row(RatingStandard standard, String source) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("id", standard.id()).addValue("name", standard.name())
                .addValue("issuer", standard.issuer()).addValue("year", standard.year())
                .addValue("source", source).addValue("at", Timestamp.from(clock.instant()))
                .addValue("by", AuditLog.currentActor());
    }

    private static Map<String, Object> summary(String name, int year) {
        return Map.of("name", name, "year", year);
    }

    /** The file's text without a byte-order mark, as it is kept and downloaded. */
    private static String text(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static StoredStandard stored(ResultSet rs, int row) throws SQLException {
        Timestamp frozen = rs.getTimestamp("frozen_at");
        return new StoredStandard(rs.getString("id"), rs.getString("name"), rs.getString("issuer"), rs.getInt("year"),
                rs.getString("source"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"),
                Optional.ofNullable(frozen).map(Timestamp::toInstant), Optional.ofNullable(rs.getString("frozen_for")));
    }
}
