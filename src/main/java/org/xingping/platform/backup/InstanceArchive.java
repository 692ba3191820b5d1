package org.xingping.platform.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.xingping.platform.BackupManifest;
import org.xingping.platform.Refused;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup file, format {@value #FORMAT}: a ZIP of one JSON-lines entry per table (a header with
 * the columns, then one array of texts per row), the stored files under {@code files/}, and last a
 * manifest with the schema version, each table's row count and each entry's SHA-256. Restoring
 * checks every digest before it writes anything, and writes the database in one transaction.
 */
public final class InstanceArchive {

    public static final String FORMAT = "xingping-backup/1";
    static final String MANIFEST = "manifest.json";

    private final DataSource dataSource;
    private final Path filesRoot;
    private final JsonMapper json;

    public InstanceArchive(DataSource dataSource, Path filesRoot, JsonMapper json) {
        this.dataSource = dataSource;
        this.filesRoot = filesRoot;
        this.json = json;
    }

    // --- backup ------------------------------------------------------------------------------------------

    /**
     * Writes the whole instance to {@code out}: every table read in one transaction that sees one
     * snapshot of the database, so what runs meanwhile is either wholly in the file or not at all.
     * Stored files are written once they are complete and never change, so copying them after the
     * snapshot misses nothing the snapshot refers to.
     */
    public BackupManifest write(Path out, int schemaVersion, Instant at) throws IOException, SQLException {
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        Map<String, BackupManifest.Part> tables = new LinkedHashMap<>();
        Map<String, BackupManifest.Part> files = new LinkedHashMap<>();
        try (OutputStream file = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(file);
             Connection connection = dataSource.getConnection()) {
            Schema schema = Schema.read(connection);
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            try {
                snapshot(connection, schema);
                for (Schema.Table table : schema.tables()) {
                    tables.put(table.name(), writeTable(connection, table, zip));
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
                connection.setTransactionIsolation(isolation);
            }
            for (Path stored : storedFiles()) {
                String key = filesRoot.relativize(stored).toString().replace('\\', '/');
                files.put(key, writeEntry(zip, "files/" + key, Files.readAllBytes(stored), 0));
            }
            BackupManifest manifest = new BackupManifest(FORMAT, at.toString(), schemaVersion, tables, files);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            file.flush();
            Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** One snapshot for every read: PostgreSQL's repeatable read does that; H2 calls it snapshot. */
    private static void snapshot(Connection connection, Schema schema) throws SQLException {
        connection.setAutoCommit(false);
        if (schema.h2()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
            }
        } else {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
    }

    private BackupManifest.Part writeTable(Connection connection, Schema.Table table, ZipOutputStream zip) throws SQLException, IOException {
        StringBuilder lines = new StringBuilder();
        List<List<Object>> header = table.columns().stream()
                .map(column -> List.<Object>of(column.name(), column.codec().name(), column.jdbcType())).toList();
        lines.append(json.writeValueAsString(Map.of("table", table.name(), "columns", header))).append('\n');
        String order = table.primaryKey().isEmpty() ? "" : " order by " + String.join(", ", table.primaryKey());
        long rows = 0;
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select " + columnList(table) + " from " + table.name() + order)) {
            while (rs.next()) {
                List<String> values = new ArrayList<>(table.columns().size());
                for (int i = 0; i < table.columns().size(); i++) {
                    values.add(table.columns().get(i).codec().read(rs, i + 1));
                }
                lines.append(json.writeValueAsString(values)).append('\n');
                rows++;
            }
        }
        return writeEntry(zip, "tables/" + table.name() + ".jsonl", lines.toString().getBytes(StandardCharsets.UTF_8), rows);
    }

    private static BackupManifest.Part writeEntry(ZipOutputStream zip, String name, byte[] bytes, long rows) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        return new BackupManifest.Part(rows, bytes.length, HexFormat.of().formatHex(sha256().digest(bytes)));
    }

    private List<Path> storedFiles() throws IOException {
        if (!Files.isDirectory(filesRoot)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(filesRoot)) {
            // A file still being written ends in .part and is not yet anything's.
            return walk.filter(Files::isRegularFile).filter(path -> !path.getFileName().toString().endsWith(".part"))
                    .sorted().toList();
        }
    }

    // --- restore -----------------------------------------------------------------------------------------

    /** The manifest of a backup file whose every part is whole; refused with the reason otherwise. */
    public BackupManifest check(Path backup, int schemaVersion) throws IOException {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                throw new Refused("backup.damaged", backup.getFileName().toString(), "没有清单 manifest.json");
            }
            BackupManifest manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = json.readValue(in, BackupManifest.class);
            } catch (RuntimeException unreadable) {
                throw new Refused("backup.damaged", backup.getFileName().toString(), "清单无法读取");
            }
            if (!FORMAT.equals(manifest.format())) {
                throw new Refused("backup.format", String.valueOf(manifest.format()));
            }
            if (manifest.schemaVersion() > schemaVersion) {
                throw new Refused("backup.newer", String.valueOf(manifest.schemaVersion()), String.valueOf(schemaVersion));
            }
            for (var table : manifest.tables().entrySet()) {
                verify(zip, "tables/" + table.getKey() + ".jsonl", table.getValue(), backup);
            }
            for (var file : manifest.files().entrySet()) {
                verify(zip, "files/" + file.getKey(), file.getValue(), backup);
            }
            return manifest;
        } catch (ZipException cutShort) {
            throw new Refused("backup.damaged", backup.getFileName().toString(), "不是完整的 ZIP 文件");
        }
    }

    private static void verify(ZipFile zip, String name, BackupManifest.Part part, Path backup) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new Refused("backup.damaged", backup.getFileName().toString(), "缺少 " + name);
        }
        MessageDigest sha256 = sha256();
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), sha256)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (ZipException corrupt) {
            throw new Refused("backup.damaged", backup.getFileName().toString(), name + " 已损坏");
        }
        if (!HexFormat.of().formatHex(sha256.digest()).equals(part.sha256())) {
            throw new Refused("backup.damaged", backup.getFileName().toString(), name + " 的校验值不符（文件被改动过）");
        }
    }

    /**
     * Rebuilds this instance from a checked backup: stored files first (removed again if the
     * database refuses), then every table in one transaction, tables a table refers to first and
     * a tree's parents before their children; identity columns continue after the restored rows.
     *
     * @return rows restored per table
     */
    public Map<String, Long> restore(Path backup, BackupManifest manifest) throws IOException, SQLException {
        List<Path> copied = new ArrayList<>();
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            for (String key : manifest.files().keySet()) {
                Path target = filesRoot.resolve(key).normalize();
                if (!target.startsWith(filesRoot.normalize())) {
                    throw new Refused("backup.damaged", backup.getFileName().toString(), "文件路径越界：" + key);
                }
                if (!Files.exists(target)) {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(zip.getEntry("files/" + key))) {
                        Files.copy(in, target);
                    }
                    copied.add(target);
                }
            }
            try (Connection connection = dataSource.getConnection()) {
                boolean autoCommit = connection.getAutoCommit();
                connection.setAutoCommit(false);
                try {
                    Map<String, Long> restored = restoreTables(connection, zip, manifest);
                    connection.commit();
                    return restored;
                } catch (SQLException | RuntimeException refused) {
                    connection.rollback();
                    throw refused;
                } finally {
                    connection.setAutoCommit(autoCommit);
                }
            }
        } catch (SQLException | RuntimeException | IOException failed) {
            for (Path path : copied) {
                Files.deleteIfExists(path);
            }
            throw failed;
        }
    }

    private Map<String, Long> restoreTables(Connection connection, ZipFile zip, BackupManifest manifest)
            throws SQLException, IOException {
        Schema schema = Schema.read(connection);
        // What a fresh instance seeds at its first start (the working-day calendar, settings) gives way to the backup's.
        List<Schema.Table> reversed = new ArrayList<>(schema.tables());
        Collections.reverse(reversed);
        try (Statement statement = connection.createStatement()) {
            for (Schema.Table table : reversed) {
                if (manifest.tables().containsKey(table.name())) {
                    statement.executeUpdate("delete from " + table.name());
                }
            }
        }
        Map<String, Long> restored = new LinkedHashMap<>();
        for (Schema.Table table : schema.tables()) {
            if (!manifest.tables().containsKey(table.name())) {
                continue;
            }
            restored.put(table.name(), insertRows(connection, table, zip.getInputStream(zip.getEntry("tables/" + table.name() + ".jsonl"))));
            continueIdentity(connection, schema, table);
        }
        return restored;
    }

    private long insertRows(Connection connection, Schema.Table table, InputStream entry) throws SQLException, IOException {
        List<String> columns;
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(entry, StandardCharsets.UTF_8))) {
            Map<String, Object> header = json.readValue(reader.readLine(), new TypeReference<Map<String, Object>>() {
            });
            @SuppressWarnings("unchecked")
            List<List<Object>> described = (List<List<Object>>) header.get("columns");
            columns = described.stream().map(column -> (String) column.get(0)).toList();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    rows.add(json.readValue(line, new TypeReference<List<String>>() {
                    }));
                }
            }
        }
        // Columns a newer schema added take their defaults; columns it dropped are not written.
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (table.hasColumn(columns.get(i))) {
                kept.add(i);
            }
        }
        List<Schema.Column> targets = kept.stream().map(i -> table.columns().stream()
                .filter(column -> column.name().equals(columns.get(i))).findFirst().orElseThrow()).toList();
        String sql = "insert into " + table.name() + " (" + targets.stream().map(Schema.Column::name)
                .collect(Collectors.joining(", ")) + ") values (" + targets.stream().map(column -> "?")
                .collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (List<String> row : parentsFirst(table, columns, rows)) {
                for (int p = 0; p < kept.size(); p++) {
                    Schema.Column column = targets.get(p);
                    column.codec().write(insert, p + 1, row.get(kept.get(p)), column.jdbcType());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return rows.size();
    }

    /** A tree's rows ordered so that every row's parent is inserted before it. */
    private static List<List<String>> parentsFirst(Schema.Table table, List<String> columns, List<List<String>> rows) {
        if (table.selfReferences().isEmpty()) {
            return rows;
        }
        var reference = table.selfReferences().entrySet().iterator().next();
        int child = columns.indexOf(reference.getKey());
        int key = columns.indexOf(reference.getValue());
        Map<String, List<String>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put(row.get(key), row));
        List<List<String>> ordered = new ArrayList<>(rows.size());
        Set<String> placed = new HashSet<>();
        for (List<String> row : rows) {
            place(row, child, key, byKey, placed, ordered, 0);
        }
        return ordered;
    }

    private static void place(List<String> row, int child, int key, Map<String, List<String>> byKey,
                              Set<String> placed, List<List<String>> ordered, int depth) {
        if (placed.contains(row.get(key)) || depth > byKey.size()) {
            return;
        }
        List<String> parent = row.get(child) == null ? null : byKey.get(row.get(child));
        if (parent != null) {
            place(parent, child, key, byKey, placed, ordered, depth + 1);
        }
        placed.add(row.get(key));
        ordered.add(row);
    }

    /** Identity columns go on after the highest restored value, so the next row does not collide. */
    private static void continueIdentity(Connection connection, Schema schema, Schema.Table table) throws SQLException {
        for (Schema.Column column : table.columns()) {
            if (!column.identity()) {
                continue;
            }
            long highest;
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("select coalesce(max(" + column.name() + "), 0) from " + table.name())) {
                rs.next();
                highest = rs.getLong(1);
            }
            try (Statement statement = connection.createStatement()) {
                if (schema.h2()) {
                    statement.execute("alter table " + table.name() + " alter column " + column.name() + " restart with "
                            + (highest + 1));
                } else if (highest > 0) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table.name() + "', '" + column.name()
                            + "'), " + highest + ")");
                }
            }
        }
    }

    private static String columnList(Schema.Table table) {
        return table.columns().stream().map(Schema.Column::name).collect(Collectors.joining(", "));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
