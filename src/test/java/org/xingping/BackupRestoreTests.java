package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.declaration.DeclarationImport;
import org.xingping.observation.ObservationFixtures;
import org.xingping.platform.ApiTokens;
import org.xingping.platform.Backups;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.files.FileStore;
import org.xingping.platform.files.StoredFile;
import org.xingping.support.XingPingTest;

import picocli.CommandLine;

/**
 * Backup of a running instance and restore into a fresh one through the {@code restore} command,
 * checked table by table and file by file; a backup cut short, edited, or from a newer schema, and
 * a restore onto an instance in use, are refused with the reason and nothing is written.
 */
@XingPingTest
class BackupRestoreTests {

    static final int YEAR = 2070;
    /** What only a running server has, or what the restore itself adds: not compared. */
    static final Set<String> NOT_COMPARED = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    @Autowired
    ApplicationContext context;
    @Autowired
    Backups backups;
    @Autowired
    DataSource dataSource;
    @Autowired
    FileStore files;

    @TempDir
    Path work;

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    @Test
    void aFreshInstanceRestoredFromABackupHoldsTheSameDataTableByTable() throws Exception {
        StoredFile evidence = instanceInUse();
        Path backup = work.resolve("backup.zip");
        var manifest = backups.backup(backup);
        assertThat(manifest.schemaVersion()).isEqualTo(backups.schemaVersion());
        assertThat(manifest.files()).containsKey(evidence.key());

        Path fresh = work.resolve("fresh");
        assertThat(run("restore", backup.toString(), "--xingping.data-dir=" + fresh)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("恢复完成：");

        try (Connection source = dataSource.getConnection(); Connection target = restored(fresh)) {
            List<String> tables = tables(source);
            assertThat(tables).contains("unit", "party_organization", "declaration", "user_account", "audit_event",
                    "api_token");
            for (String table : tables) {
                // The backup and the restore record themselves in the audit log, outside what was backed up.
                String where = table.equals("audit_event") ? " where subject_type not in ('Backup', 'Restore')" : "";
                assertThat(rows(target, table, where)).as(table).isEqualTo(rows(source, table, where));
            }
        }
        assertThat(Files.readAllBytes(fresh.resolve("files").resolve(evidence.key())))
                .isEqualTo("台账扫描件".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesABackupCutShortEditedOrFromANewerSchemaAndWritesNothing() throws Exception {
        instanceInUse();
        Path backup = work.resolve("backup.zip");
        backups.backup(backup);

        Path cut = work.resolve("cut.zip");
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(cut, "不完整或已被改动");

        Path edited = rewritten(backup, "edited.zip", name -> name.equals("tables/unit.jsonl")
                ? text -> text.replace("市纪委监委机关", "市纪委监委机关（改）") : null);
        assertRefused(edited, "校验值不符");

        Path newer = rewritten(backup, "newer.zip", name -> name.equals("manifest.json")
                ? text -> text.replaceFirst("\"schemaVersion\"\\s*:\\s*\\d+", "\"schemaVersion\" : 999") : null);
        assertRefused(newer, "更新的数据库版本 V999");

        // Onto the instance in use, which has accounts: refused, never merged.
        assertThatThrownBy(() -> backups.restore(backup)).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("backup.notFresh"));
    }

    /** Refused with the reason, exit code 1, and the fresh instance still without any unit. */
    private void assertRefused(Path backup, String saying) throws SQLException {
        Path fresh = work.resolve("fresh-" + backup.getFileName());
        err.getBuffer().setLength(0);
        assertThat(run("restore", backup.toString(), "--xingping.data-dir=" + fresh)).isEqualTo(1);
        assertThat(err.toString()).contains(saying);
        try (Connection target = restored(fresh); Statement statement = target.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from unit")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    /** The reference registry, a campaign with declarations, observers with accounts, and a stored file. */
    private StoredFile instanceInUse() throws IOException {
        CampaignFixtures.referenceCampaign(context, YEAR);
        ObservationFixtures.observersWithAccounts(context);
        if (!hasDeclarations()) {
            context.getBean(DeclarationImport.class).importFile(YEAR, "declarations.csv", new ByteArrayInputStream(ObservationFixtures
                    .declarationsOf(context, YEAR, Set.of("U001", "U002")).getBytes(StandardCharsets.UTF_8)), "gongwei");
        }
        // An API token, used and revoked: its hash, times and revoker travel with the backup like any row.
        var accounts = context.getBean(UserAccountManagement.class);
        var tokens = context.getBean(ApiTokens.class);
        var observer = accounts.signInCandidate(accounts.search(null, Role.OBSERVER,
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).getUsername()).orElseThrow();
        var issued = tokens.create("backup", java.time.LocalDate.now().plusDays(5), observer);
        tokens.authenticate(issued.secret());
        tokens.revoke(issued.token().id(), observer);
        return files.store(new ByteArrayInputStream("台账扫描件".getBytes(StandardCharsets.UTF_8)));
    }

    private boolean hasDeclarations() {
        return context.getBean(JdbcClient.class)
                .sql("select count(*) from declaration d join campaign c on c.id = d.campaign_id where c.year = :year")
                .param("year", YEAR).query(Long.class).single() > 0;
    }

    /** A copy of the backup with some entries' text changed and the rest as they were. */
    private Path rewritten(Path backup, String name, Function<String, UnaryOperator<String>> change)
            throws IOException {
        Path copy = work.resolve(name);
        try (ZipFile zip = new ZipFile(backup.toFile()); OutputStream file = Files.newOutputStream(copy);
             ZipOutputStream to = new ZipOutputStream(file)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                UnaryOperator<String> edit = change.apply(entry.getName());
                if (edit != null) {
                    content = edit.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                to.putNextEntry(new ZipEntry(entry.getName()));
                to.write(content);
                to.closeEntry();
            }
        }
        return copy;
    }

    private int run(String... arguments) {
        out.getBuffer().setLength(0);
        CommandLine commandLine = XingPingLauncher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(arguments);
    }

    private static Connection restored(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("xingping")
                + ";MODE=PostgreSQL;NON_KEYWORDS=YEAR,VALUE,KEY,DAY,MONTH;IFEXISTS=TRUE", "xingping", "");
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_COMPARED.contains(table)) {
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    /** Every row as text that means the same whichever database it came from, sorted. */
    private static List<String> rows(Connection connection, String table, String where) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select * from " + table + where)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                TreeMap<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), normalised(rs.getObject(i)));
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private static String normalised(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Timestamp at) {
            // PostgreSQL's driver gives a timestamp with time zone as a Timestamp, H2's as an OffsetDateTime.
            return at.toInstant().toString();
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant().toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value.toString();
    }
}
