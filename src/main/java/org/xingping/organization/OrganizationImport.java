package org.xingping.organization;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.platform.AuditLog;
import org.xingping.platform.table.Column;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableReader;
import org.xingping.platform.table.TableRefused;
import org.xingping.platform.table.TableRow;
import org.xingping.platform.table.TableSchema;

/**
 * Imports the units and organisations table files of interfaces.md, all or nothing: both files
 * are read and every row checked against the stored registry with the files laid over it; one
 * bad row refuses everything, with every problem listed; otherwise rows are stored by code
 * (new codes added, known codes updated) in one transaction.
 */
@Service
public class OrganizationImport {

    public static final TableSchema UNITS = TableSchema.of("units", "单位",
            new Column("code", "编码", true),
            new Column("name", "名称", true),
            new Column("category", "类别", true),
            new Column("site", "办公地点", false),
            new Column("latitude", "纬度", true),
            new Column("longitude", "经度", true));

    public static final TableSchema ORGANIZATIONS = TableSchema.of("organizations", "党组织",
                    new Column("code", "编码", true),
                    new Column("unit_code", "单位编码", true),
                    new Column("parent_code", "上级组织编码", true),
                    new Column("type", "类型", true),
                    new Column("name", "名称", true),
                    new Column("secretary", "书记", false),
                    new Column("members", "党员数", false))
            .withFamily("level_{year}", "星级", "星级_{year}", "{year}年星级")
            .withFamily("red_flag_{year}", "红旗党支部", "红旗党支部_{year}", "{year}年红旗党支部");

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final Logger log = LoggerFactory.getLogger(OrganizationImport.class);

    private final TableReader reader;
    private final JdbcTemplate jdbc;
    private final MessageSource messages;
    private final AuditLog audit;

    OrganizationImport(JdbcTemplate jdbc, MessageSource messages, AuditLog audit) {
        this.reader = new TableReader();
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
    }

    /**
     * Imports either file or both. Throws {@link TableRefused} with every problem of both files
     * when anything is wrong, having stored nothing.
     */
    @Transactional
    public ImportSummary importTables(Optional<TableSource> unitsFile, Optional<TableSource> organizationsFile) {
        long started = System.nanoTime();
        long startedCpu = threadCpuNanos();
        List<TableProblem> problems = new ArrayList<>();
        List<UnitLine> unitLines = unitsFile.map(file -> readUnits(file, problems)).orElse(List.of());
        List<TableProblem> organizationProblems = new ArrayList<>();
        List<OrganizationLine> organizationLines = organizationsFile
                .map(file -> readOrganizations(file, organizationProblems)).orElse(List.of());
        // The tree is checked even when rows have problems of their own: the list names every bad row.
        if (organizationsFile.isPresent() && !organizationLines.isEmpty()) {
            checkTree(organizationsFile.get().fileName(), unitLines, organizationLines, organizationProblems);
        }
        // A row's own problems and its place in the tree are found apart; people read them line by line.
        organizationProblems.sort(Comparator.comparingInt(TableProblem::line));
        problems.addAll(organizationProblems);
        long checked = System.nanoTime();
        long checkedCpu = threadCpuNanos();
        if (!problems.isEmpty()) {
            log.info("Import refused with {} problems after {} ms", problems.size(), (checked - started) / 1_000_000);
            throw new TableRefused(problems);
        }
        ImportSummary summary = store(unitLines, organizationLines);
        // CPU time beside the wall time: on a busy machine the difference is the other processes' share.
        log.info("Imported {} units and {} organisations in {} ms: read and checked in {} ms (CPU {} ms), "
                        + "stored in {} ms (CPU {} ms)", summary.units(), summary.organizations(),
                (System.nanoTime() - started) / 1_000_000, (checked - started) / 1_000_000,
                (checkedCpu - startedCpu) / 1_000_000, (System.nanoTime() - checked) / 1_000_000,
                (threadCpuNanos() - checkedCpu) / 1_000_000);
        audit.imported("PartyOrganization", "导入单位 %d 个（新增 %d），党组织 %d 个（新增 %d）%s".formatted(
                summary.units(), summary.unitsCreated(), summary.organizations(), summary.organizationsCreated(),
                fileNames(unitsFile, organizationsFile)));
        return summary;
    }

    // --- reading and checking each row ------------------------------------------------------------

    private record UnitLine(int line, UnitDetails details) {
    }

    private record OrganizationLine(int line, String code, String unitCode, String parentCode, OrganizationType type,
            String name, String secretary, Integer members, List<OrganizationLevel> levels) {
    }

    private List<UnitLine> readUnits(TableSource file, List<TableProblem> problems) {
        TableProblems found = new TableProblems(file.fileName(), UNITS);
        TableProblems checks = new TableProblems(file.fileName(), UNITS);
        Map<String, Integer> seen = new HashMap<>();
        List<UnitLine> lines = new ArrayList<>();
        boolean whole = read(file, UNITS, found, row -> {
            BigDecimal latitude = decimal(row, "latitude", checks);
            BigDecimal longitude = decimal(row, "longitude", checks);
            UnitDetails details = new UnitDetails(row.get("code"), row.get("name"), row.get("category"),
                    blankToNull(row.get("site")), latitude, longitude);
            for (Refusal refusal : UnitRules.check(details)) {
                // A coordinate that is not a number was reported already.
                if (!(refusal.messageKey().equals("rule.required") && !row.get(refusal.column()).isEmpty())) {
                    checks.add(row, refusal.column(), chinese(refusal));
                }
            }
            Integer first = seen.putIfAbsent(details.code(), row.line());
            if (first != null && !details.code().isEmpty()) {
                checks.add(row, "code", text("rule.duplicateCode", details.code(), first));
            }
            lines.add(new UnitLine(row.line(), details));
        });
        problems.addAll(found.list());
        if (!whole) {
            return List.of();
        }
        problems.addAll(checks.list());
        return lines;
    }

    private List<OrganizationLine> readOrganizations(TableSource file, List<TableProblem> problems) {
        TableProblems found = new TableProblems(file.fileName(), ORGANIZATIONS);
        TableProblems checks = new TableProblems(file.fileName(), ORGANIZATIONS);
        Map<String, Integer> seen = new HashMap<>();
        List<OrganizationLine> lines = new ArrayList<>();
        // Rows are checked as they are read and not kept: a line holds what is stored of them.
        boolean whole = read(file, ORGANIZATIONS, found, row -> {
            String code = row.get("code");
            List<Refusal> refusals = new ArrayList<>();
            if (code.isEmpty()) {
                refusals.add(new Refusal("code", "rule.required"));
            } else if (!UnitRules.CODE.matcher(code).matches() || code.length() > 40) {
                refusals.add(new Refusal("code", "rule.code", code));
            }
            if (row.get("unit_code").isEmpty()) {
                refusals.add(new Refusal("unit_code", "rule.required"));
            }
            OrganizationType type = OrganizationType.fromLabel(row.get("type")).orElse(null);
            if (row.get("type").isEmpty()) {
                refusals.add(new Refusal("type", "rule.required"));
            } else if (type == null) {
                refusals.add(new Refusal("type", "rule.organizationType", row.get("type")));
            }
            if (row.get("name").isEmpty()) {
                refusals.add(new Refusal("name", "rule.required"));
            } else if (row.get("name").length() > 200) {
                refusals.add(new Refusal("name", "rule.tooLong", 200));
            }
            if (row.get("secretary").length() > 100) {
                refusals.add(new Refusal("secretary", "rule.tooLong", 100));
            }
            Integer members = null;
            if (!row.get("members").isEmpty()) {
                members = count(row.get("members"));
                if (members == null) {
                    refusals.add(new Refusal("members", "rule.members", row.get("members")));
                }
            }
            List<OrganizationLevel> levels = levels(row, refusals);
            OrganizationRules.checkLevels(levels, refusals);
            refusals.forEach(refusal -> checks.add(row, refusal.column(), chinese(refusal)));
            Integer first = seen.putIfAbsent(code, row.line());
            if (first != null && !code.isEmpty()) {
                checks.add(row, "code", text("rule.duplicateCode", code, first));
            }
            lines.add(new OrganizationLine(row.line(), code, row.get("unit_code"), blankToNull(row.get("parent_code")),
                    type, row.get("name"), blankToNull(row.get("secretary")), members, levels));
        });
        problems.addAll(found.list());
        // A file refused as a whole (size, encoding, header) is not judged row by row.
        if (!whole) {
            return List.of();
        }
        problems.addAll(checks.list());
        return lines;
    }

    /** The level_<year> and red_flag_<year> cells of a row; an empty level means none that year. */
    private List<OrganizationLevel> levels(TableRow row, List<Refusal> refusals) {
        Map<String, String> stars = row.family("level");
        Map<String, String> redFlags = row.family("red_flag");
        List<OrganizationLevel> levels = new ArrayList<>();
        for (var entry : stars.entrySet()) {
            String column = "level_" + entry.getKey();
            Integer year = count(entry.getKey());
            if (entry.getValue().isEmpty() || year == null) {
                continue;
            }
            Integer count = count(entry.getValue());
            if (count == null || count > 5) {
                refusals.add(new Refusal(column, "rule.stars", entry.getValue()));
                continue;
            }
            String flag = redFlags.getOrDefault(entry.getKey(), "");
            Boolean redFlag = yesNo(flag);
            if (redFlag == null) {
                refusals.add(new Refusal("red_flag_" + entry.getKey(), "rule.yesNo", flag));
                continue;
            }
            levels.add(new OrganizationLevel(year, count, redFlag));
        }
        for (var entry : redFlags.entrySet()) {
            if (!stars.getOrDefault(entry.getKey(), "").isEmpty()) {
                continue; // judged above, with its level
            }
            Boolean redFlag = yesNo(entry.getValue());
            if (redFlag == null) {
                refusals.add(new Refusal("red_flag_" + entry.getKey(), "rule.yesNo", entry.getValue()));
            } else if (redFlag) {
                refusals.add(new Refusal("red_flag_" + entry.getKey(), "rule.redFlagWithoutLevel",
                        Integer.valueOf(entry.getKey())));
            }
        }
        return levels;
    }

    /**
     * The tree rules over the stored registry with the files laid over it: every unit known,
     * every parent known and in the same unit and not a branch, and no loop of parents.
     */
    private void checkTree(String fileName, List<UnitLine> unitLines, List<OrganizationLine> lines,
            List<TableProblem> problems) {
        TableProblems found = new TableProblems(fileName, ORGANIZATIONS);
        Map<String, Boolean> unitCodes = new HashMap<>();
        jdbc.queryForList("select code from unit", String.class).forEach(code -> unitCodes.put(code, true));
        unitLines.forEach(line -> unitCodes.put(line.details().code(), true));
        Map<String, OrganizationTree.Node> nodes = new HashMap<>();
        Map<String, List<OrganizationTree.Node>> storedChildren = new HashMap<>();
        jdbc.query("""
                select o.code, u.code as unit_code, p.code as parent_code, o.type
                from party_organization o join unit u on u.id = o.unit_id
                left join party_organization p on p.id = o.parent_id order by o.code""", rs -> {
            OrganizationTree.Node stored = new OrganizationTree.Node(rs.getString(1), rs.getString(2),
                    rs.getString(3), OrganizationType.valueOf(rs.getString(4)));
            nodes.put(stored.code(), stored);
            if (!stored.isTop()) {
                storedChildren.computeIfAbsent(stored.parentCode(), parent -> new ArrayList<>()).add(stored);
            }
        });
        for (OrganizationLine line : lines) {
            nodes.put(line.code(), new OrganizationTree.Node(line.code(), line.unitCode(), line.parentCode(),
                    line.type()));
        }
        Map<String, Integer> inFile = new HashMap<>();
        lines.forEach(line -> inFile.put(line.code(), line.line()));
        OrganizationTree tree = new OrganizationTree(nodes::get);
        for (OrganizationLine line : lines) {
            if (!unitCodes.containsKey(line.unitCode())) {
                found.add(line.line(), "unit_code", text("rule.unitUnknown", line.unitCode()));
                continue;
            }
            OrganizationTree.Node node = nodes.get(line.code());
            tree.check(node).forEach(refusal -> found.add(line.line(), refusal.column(), chinese(refusal)));
            // Stored organisations below a row that the file leaves where they are must still fit under it.
            List<OrganizationTree.Node> staying = storedChildren.getOrDefault(line.code(), List.of()).stream()
                    .filter(child -> !inFile.containsKey(child.code())).toList();
            tree.checkBelow(node, staying)
                    .forEach(refusal -> found.add(line.line(), refusal.column(), chinese(refusal)));
        }
        problems.addAll(found.list());
    }

    /**
     * The file's rows; the reader's own row problems (formula cells …) go into the same list as
     * the rules' problems. A file that cannot be read at all answers no rows and says why.
     */
    private boolean read(TableSource file, TableSchema schema, TableProblems found, Consumer<TableRow> each) {
        try (InputStream in = file.open()) {
            reader.read(in, schema, found, each);
            return true;
        } catch (TableRefused refused) {
            // The refusal carries what the collector holds; it is reported through the collector.
            return false;
        } catch (IOException | java.io.UncheckedIOException e) {
            found.addFile(text("import.unreadable", e.getMessage()));
            return false;
        }
    }

    // --- storing ----------------------------------------------------------------------------------

    private ImportSummary store(List<UnitLine> unitLines, List<OrganizationLine> lines) {
        Map<String, Long> unitIds = codeToId("unit");
        int unitsCreated = 0;
        List<Object[]> unitInserts = new ArrayList<>();
        List<Object[]> unitUpdates = new ArrayList<>();
        for (UnitLine line : unitLines) {
            UnitDetails unit = line.details();
            Object[] values = {unit.name(), unit.category(), unit.site(), unit.latitude(), unit.longitude(),
                    unit.code()};
            if (unitIds.containsKey(unit.code())) {
                unitUpdates.add(values);
            } else {
                unitInserts.add(values);
                unitsCreated++;
            }
        }
        jdbc.batchUpdate("insert into unit (name, category, site, latitude, longitude, code, version) "
                + "values (?, ?, ?, ?, ?, ?, 0)", unitInserts);
        jdbc.batchUpdate("update unit set name = ?, category = ?, site = ?, latitude = ?, longitude = ?, "
                + "version = version + 1 where code = ?", unitUpdates);
        if (lines.isEmpty()) {
            return new ImportSummary(unitsCreated, unitLines.size() - unitsCreated, 0, 0);
        }
        unitIds = codeToId("unit");
        Map<String, Long> organizationIds = codeToId("party_organization");
        Set<String> stored = new HashSet<>(organizationIds.keySet());
        int created = 0;
        // Parents before children, so that every parent's id is known when its children are written.
        for (List<OrganizationLine> depth : byDepth(lines)) {
            List<Object[]> inserts = new ArrayList<>();
            List<Object[]> updates = new ArrayList<>();
            for (OrganizationLine line : depth) {
                Long parentId = line.parentCode() == null ? null : organizationIds.get(line.parentCode());
                Object[] values = {unitIds.get(line.unitCode()), parentId, line.type().name(), line.name(),
                        line.secretary(), line.members(), line.code()};
                (organizationIds.containsKey(line.code()) ? updates : inserts).add(values);
            }
            jdbc.batchUpdate("insert into party_organization (unit_id, parent_id, type, name, secretary, members, "
                    + "code, version) values (?, ?, ?, ?, ?, ?, ?, 0)", inserts);
            jdbc.batchUpdate("update party_organization set unit_id = ?, parent_id = ?, type = ?, name = ?, "
                    + "secretary = ?, members = ?, version = version + 1 where code = ?", updates);
            created += inserts.size();
            if (!inserts.isEmpty()) {
                organizationIds = codeToId("party_organization");
            }
        }
        storeLevels(lines, organizationIds, stored);
        return new ImportSummary(unitsCreated, unitLines.size() - unitsCreated, created, lines.size() - created);
    }

    /**
     * The levels of the years a file gives replace the stored ones of those years. An organisation
     * this import created has none to replace.
     */
    private void storeLevels(List<OrganizationLine> lines, Map<String, Long> organizationIds, Set<String> stored) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        for (OrganizationLine line : lines) {
            long id = organizationIds.get(line.code());
            for (OrganizationLevel level : line.levels()) {
                if (stored.contains(line.code())) {
                    deletes.add(new Object[] {id, level.year()});
                }
                inserts.add(new Object[] {id, level.year(), level.stars(), level.redFlag()});
            }
        }
        jdbc.batchUpdate("delete from organization_level where party_organization = ? and year = ?", deletes);
        jdbc.batchUpdate("insert into organization_level (party_organization, year, stars, red_flag) "
                + "values (?, ?, ?, ?)", inserts);
    }

    /** The lines grouped by their depth in the file's own tree (a parent outside the file is depth 0). */
    private static List<List<OrganizationLine>> byDepth(List<OrganizationLine> lines) {
        Map<String, OrganizationLine> byCode = new HashMap<>();
        lines.forEach(line -> byCode.put(line.code(), line));
        Map<String, Integer> depths = new HashMap<>();
        Function<OrganizationLine, Integer> depthOf = new Function<>() {
            @Override
            public Integer apply(OrganizationLine line) {
                Integer known = depths.get(line.code());
                if (known != null) {
                    return known;
                }
                OrganizationLine parent = line.parentCode() == null ? null : byCode.get(line.parentCode());
                int depth = parent == null ? 0 : apply(parent) + 1;
                depths.put(line.code(), depth);
                return depth;
            }
        };
        Map<Integer, List<OrganizationLine>> grouped = new LinkedHashMap<>();
        lines.stream().sorted(Comparator.comparing(depthOf)).forEach(line ->
                grouped.computeIfAbsent(depthOf.apply(line), d -> new ArrayList<>()).add(line));
        return new ArrayList<>(grouped.values());
    }

    private static long threadCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private Map<String, Long> codeToId(String table) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from " + table, rs -> {
            ids.put(rs.getString(1), rs.getLong(2));
        });
        return ids;
    }

    // --- values -----------------------------------------------------------------------------------

    private BigDecimal decimal(TableRow row, String column, TableProblems found) {
        String text = row.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            found.add(row, column, text("rule.notANumber", text));
            return null;
        }
    }

    /** A whole number ≥ 0 written plainly ("12", also "12.0" as spreadsheets write it), else null. */
    private static Integer count(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                return null;
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** 是/否 as the table files write them; empty is 否. Null when it is neither. */
    private static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "", "否", "n", "no", "false", "0" -> false;
            case "是", "y", "yes", "true", "1" -> true;
            default -> null;
        };
    }

    private String chinese(Refusal refusal) {
        return text(refusal.messageKey(), refusal.arguments());
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, CHINESE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String fileNames(Optional<TableSource> units, Optional<TableSource> organizations) {
        List<String> names = new ArrayList<>();
        units.ifPresent(file -> names.add(file.fileName()));
        organizations.ifPresent(file -> names.add(file.fileName()));
        return names.isEmpty() ? "" : "：" + String.join("、", names);
    }
}
