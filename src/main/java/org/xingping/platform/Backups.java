package org.xingping.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xingping.platform.backup.InstanceArchive;

import tools.jackson.databind.json.JsonMapper;

/**
 * Backup and restore of the whole instance, database and stored files, as one file: what the
 * {@code backup} and {@code restore} commands and the scheduled backups run. A backup is taken
 * while the application runs; a restore rebuilds a fresh instance and refuses one already in use.
 */
@Service
public class Backups {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final XingPingProperties properties;
    private final JsonMapper json;
    private final AuditLog audit;
    private final Clock clock;

    Backups(DataSource dataSource, JdbcClient jdbc, XingPingProperties properties, JsonMapper json, AuditLog audit,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.properties = properties;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    /** The database's schema version: the highest migration applied. */
    public int schemaVersion() {
        // Flyway names its table and columns in lower case, quoted: the one spelling both databases agree on.
        return jdbc.sql("select \"version\" from \"flyway_schema_history\" where \"success\" = true and \"version\" is not null")
                .query(String.class).list().stream().mapToInt(Integer::parseInt).max().orElse(0);
    }

    /** Writes the whole instance to {@code out} (replaced when it exists); answers its manifest. */
    public BackupManifest backup(Path out) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            BackupManifest manifest = archive().write(out, schemaVersion(), clock.instant());
            audit.record(AuditAction.CREATED, AuditLog.currentActor(), "Backup", out.getFileName().toString(),
                    "备份到 " + out.toAbsolutePath(), null, Map.of("tables", manifest.tables().size(),
                            "files", manifest.files().size(), "schemaVersion", manifest.schemaVersion()));
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("backup failed: " + e.getMessage(), e);
        }
    }

    /**
     * Rebuilds this instance from a backup: refused when the file is cut short or edited, comes
     * from a newer schema, or this instance already has accounts (a restore never merges into data
     * in use). Afterwards every table holds the rows the manifest counts.
     *
     * @return rows restored per table
     */
    public Map<String, Long> restore(Path backup) {
        try {
            InstanceArchive archive = archive();
            BackupManifest manifest = archive.check(backup, schemaVersion());
            long accounts = jdbc.sql("select count(*) from user_account").query(Long.class).single();
            if (accounts > 0) {
                throw new Refused("backup.notFresh", String.valueOf(accounts));
            }
            Map<String, Long> restored = archive.restore(backup, manifest);
            for (var table : manifest.tables().entrySet()) {
                long rows = jdbc.sql("select count(*) from " + table.getKey()).query(Long.class).single();
                if (rows != table.getValue().rows()) {
                    throw new IllegalStateException("restored " + table.getKey() + " has " + rows + " rows, the backup "
                            + table.getValue().rows());
                }
            }
            audit.record(AuditAction.CREATED, AuditLog.SYSTEM_ACTOR, "Restore", backup.getFileName().toString(),
                    "从备份恢复 " + backup.toAbsolutePath(), null, Map.of("tables", restored.size(),
                            "rows", restored.values().stream().mapToLong(Long::longValue).sum(),
                            "files", manifest.files().size()));
            return restored;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new Refused("backup.restoreFailed", e.getMessage());
        }
    }

    private InstanceArchive archive() {
        return new InstanceArchive(dataSource, properties.dataDir().resolve("files"), json);
    }
}
