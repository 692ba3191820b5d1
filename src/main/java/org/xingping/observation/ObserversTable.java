package org.xingping.observation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.xingping.platform.table.Column;
import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRow;
import org.xingping.platform.table.TableSchema;
import org.xingping.standard.tables.Cells;

/**
 * The observers table (观摩人员) of interfaces.md: {@code name} (姓名), {@code role} (职务),
 * {@code home_unit_code} (所在单位编码; empty for someone outside the campaign's units, such as the
 * 工委's own staff), {@code may_lead} (可任组长, 是/否).
 */
public final class ObserversTable {

    public static final TableSchema SCHEMA = TableSchema.of("observers", "观摩人员",
            Column.required("name", "姓名"),
            Column.optional("role", "职务"),
            Column.optional("home_unit_code", "所在单位编码"),
            Column.required("may_lead", "可任组长"));

    private ObserversTable() {
    }

    /**
     * The observers in the file's order; every bad row goes to {@code problems}: a name missing or
     * given twice (plans and score sheets name people by name), a home unit that is not one of
     * the units table ({@code knownUnit}), a may_lead that is not 是 or 否.
     */
    public static List<Observer> read(List<TableRow> rows, Predicate<String> knownUnit, TableProblems problems) {
        List<Observer> observers = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (TableRow row : rows) {
            Optional<String> name = Cells.required(row, "name", problems);
            Optional<Boolean> mayLead = Cells.yesNo(row, "may_lead", problems);
            String home = row.get("home_unit_code");
            boolean homeKnown = home.isEmpty() || knownUnit.test(home);
            if (!homeKnown) {
                problems.add(row, "home_unit_code", "单位表中没有单位 " + home + "（本单位以外的人员此栏留空）");
            }
            if (name.isEmpty() || mayLead.isEmpty() || !homeKnown) {
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(name.get(), row.line());
            if (earlier != null) {
                problems.add(row, "name", "姓名 " + name.get() + " 与第 " + earlier + " 行重复（观摩安排按姓名区分人员）");
                continue;
            }
            observers.add(new Observer(name.get(), row.get("role"), home, mayLead.get()));
        }
        return observers;
    }
}
