package org.xingping.observation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.xingping.platform.table.CsvOutput;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.HashMap;
import java.util.Optional;
import java.util.Set;

import org.xingping.platform.table.Column;
import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRow;
import org.xingping.platform.table.TableSchema;
import org.xingping.standard.tables.Cells;

/**
 * A plan as the {@code plan} command writes it and the plan page exports it (interfaces.md): one
 * row per visit. Read back so a plan made elsewhere, or kept from an earlier run, can become the
 * campaign's draft; the rules are then checked by {@link PlanVerifier}, not here.
 */
public final class PlanTable {

    public static final TableSchema SCHEMA = TableSchema.of("plan", "观摩安排",
            Column.required("group", "组号"),
            Column.optional("observer_names", "观摩人员"),
            Column.required("date", "日期"),
            Column.required("start", "开始"),
            Column.required("end", "结束"),
            Column.required("unit_code", "单位编码"),
            Column.optional("branch_code", "支部编码"),
            Column.required("linking", "联系支部"));

    /** The columns of the plan as the {@code plan} command writes it. */
    public static final List<String> COLUMNS = List.of("group", "observer_names", "date", "start", "end", "unit_code",
            "branch_code", "linking");

    private PlanTable() {
    }

    /**
     * The plan as the contract's CSV, lines ending in CRLF as RFC 4180 and Excel expect: one row per
     * visit, a unit's briefing with an empty branch code, the group's people {@code ;}-separated.
     */
    public static String csv(List<ObservationGroup> groups, List<Visit> visits) {
        Map<Integer, String> names = new HashMap<>();
        for (ObservationGroup group : groups) {
            names.put(group.number(), group.everyone().stream().map(Observer::name).collect(Collectors.joining(";")));
        }
        StringBuilder csv = new StringBuilder(visits.size() * 80);
        csv.append(CsvOutput.row(COLUMNS));
        for (Visit visit : visits) {
            csv.append(CsvOutput.row(List.of(String.valueOf(visit.group()), names.getOrDefault(visit.group(), ""),
                    visit.date().toString(), visit.start().toString(), visit.end().toString(), visit.unitCode(),
                    visit.branch().orElse(""), visit.linking() ? "是" : "否")));
        }
        return csv.toString();
    }

    /**
     * Reads
     * The visits in the file's order; a row whose group is not one of {@code groups}, whose date or
     * times do not parse, or that ends before it starts goes to {@code problems}.
     */
    public static List<Visit> read(List<TableRow> rows, Set<Integer> groups, TableProblems problems) {
        List<Visit> visits = new ArrayList<>();
        for (TableRow row : rows) {
            Optional<Integer> group = Cells.integer(row, "group", 1, 999, problems);
            if (group.isPresent() && !groups.contains(group.get())) {
                problems.add(row, "group", "没有第 " + group.get() + " 组（已组建 " + groups.size() + " 个组）");
                group = Optional.empty();
            }
            Optional<LocalDate> date = parse(row, "date", "日期应写成 2021-11-23 这样的格式", LocalDate::parse, problems);
            Optional<LocalTime> start = parse(row, "start", "时刻应写成 08:30 这样的格式", LocalTime::parse, problems);
            Optional<LocalTime> end = parse(row, "end", "时刻应写成 08:30 这样的格式", LocalTime::parse, problems);
            Optional<String> unit = Cells.required(row, "unit_code", problems);
            Optional<Boolean> linking = Cells.yesNo(row, "linking", problems);
            if (group.isEmpty() || date.isEmpty() || start.isEmpty() || end.isEmpty() || unit.isEmpty()
                    || linking.isEmpty()) {
                continue;
            }
            if (!end.get().isAfter(start.get())) {
                problems.add(row, "end", "结束 " + end.get() + " 不晚于开始 " + start.get());
                continue;
            }
            String branch = row.get("branch_code").isEmpty() ? null : row.get("branch_code");
            if (linking.get() && branch == null) {
                problems.add(row, "branch_code", "联系支部的观摩须写明支部编码");
                continue;
            }
            visits.add(new Visit(group.get(), date.get(), start.get(), end.get(), unit.get(), branch, linking.get()));
        }
        return visits;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> Optional<T> parse(TableRow row, String column, String expected, Parser<T> parser,
            TableProblems problems) {
        String text = row.get(column);
        if (text.isEmpty()) {
            problems.add(row, column, "不能为空");
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(text));
        } catch (DateTimeParseException wrong) {
            problems.add(row, column, "“" + text + "”无法识别：" + expected);
            return Optional.empty();
        }
    }
}
