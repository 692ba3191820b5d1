package org.xingping.platform.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The application's tables as the database describes them: columns, primary keys, identity
 * columns and foreign keys, in an order where every table comes after the tables it refers to.
 * Names are lower case: unquoted, they mean the same table on H2 and on PostgreSQL.
 */
record Schema(boolean h2, List<Table> tables) {

    /** What a backup leaves out: the migrations' own record, and sessions, which belong to a running server. */
    static final Set<String> NOT_BACKED_UP = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    record Column(String name, int jdbcType, TableCodec codec, boolean identity) {
    }

    /** @param selfReferences column → the column of the same table it refers to (a tree's parent) */
    record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> references,
                 Map<String, String> selfReferences) {

        boolean hasColumn(String column) {
            return columns.stream().anyMatch(candidate -> candidate.name().equals(column));
        }
    }

    static Schema read(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean h2 = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        String schema = connection.getSchema();
        List<String> names = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_BACKED_UP.contains(name)) {
                    names.add(name);
                }
            }
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        for (String name : names.stream().sorted().toList()) {
            String stored = h2 ? name.toUpperCase(Locale.ROOT) : name;
            List<Column> columns = new ArrayList<>();
            try (ResultSet rs = meta.getColumns(null, schema, stored, "%")) {
                while (rs.next()) {
                    // A generated column (a search text) is computed again from the others, never written.
                    if ("YES".equalsIgnoreCase(rs.getString("IS_GENERATEDCOLUMN"))) {
                        continue;
                    }
                    int type = rs.getInt("DATA_TYPE");
                    columns.add(new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), type, TableCodec.of(type),
                            "YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))));
                }
            }
            List<String> primaryKey = new ArrayList<>();
            try (ResultSet rs = meta.getPrimaryKeys(null, schema, stored)) {
                Map<Integer, String> bySequence = new TreeMap<>();
                while (rs.next()) {
                    bySequence.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
                primaryKey.addAll(bySequence.values());
            }
            Set<String> references = new LinkedHashSet<>();
            Map<String, String> selfReferences = new LinkedHashMap<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, stored)) {
                while (rs.next()) {
                    String referenced = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (referenced.equals(name)) {
                        selfReferences.put(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                                rs.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    } else if (!NOT_BACKED_UP.contains(referenced)) {
                        references.add(referenced);
                    }
                }
            }
            tables.put(name, new Table(name, columns, primaryKey, references, selfReferences));
        }
        return new Schema(h2, ordered(tables));
    }

    /** Every table after those it refers to; the alphabetical order otherwise, so the order is stable. */
    private static List<Table> ordered(Map<String, Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            boolean progress = false;
            for (Table table : tables.values()) {
                if (!placed.contains(table.name()) && placed.containsAll(table.references().stream()
                        .filter(tables::containsKey).toList())) {
                    ordered.add(table);
                    placed.add(table.name());
                    progress = true;
                }
            }
            if (!progress) {
                throw new IllegalStateException("tables refer to each other in a cycle: "
                        + tables.keySet().stream().filter(name -> !placed.contains(name)).toList());
            }
        }
        return ordered;
    }

    Table table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst().orElse(null);
    }
}
