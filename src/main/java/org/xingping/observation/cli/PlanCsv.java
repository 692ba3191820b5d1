package org.xingping.observation.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.xingping.observation.ObservationGroup;
import org.xingping.observation.Observer;
import org.xingping.observation.Visit;
import org.xingping.observation.VisitPlan;
import org.xingping.platform.table.CsvOutput;

/**
 * The plan as the contract's CSV: one row per visit, {@code group, observer_names (;-separated),
 * date, start, end, unit_code, branch_code, linking (是/否)}; a unit's briefing is a row with an
 * empty branch_code. Rows go group by group, day by day, in time order.
 */
final class PlanCsv {

    static final List<String> COLUMNS = List.of("group", "observer_names", "date", "start", "end", "unit_code",
            "branch_code", "linking");

    private PlanCsv() {
    }

    /** The CSV text, lines ending in CRLF as RFC 4180 and Excel expect. */
    static String render(VisitPlan plan) {
        Map<Integer, String> names = new HashMap<>();
        for (ObservationGroup group : plan.groups()) {
            names.put(group.number(), group.everyone().stream().map(Observer::name).collect(Collectors.joining(";")));
        }
        StringBuilder csv = new StringBuilder(plan.visits().size() * 80);
        csv.append(CsvOutput.row(COLUMNS));
        for (Visit visit : plan.visits()) {
            List<String> cells = List.of(
                    String.valueOf(visit.group()),
                    names.getOrDefault(visit.group(), ""),
                    visit.date().toString(),
                    visit.start().toString(),
                    visit.end().toString(),
                    visit.unitCode(),
                    visit.branch().orElse(""),
                    visit.linking() ? "是" : "否");
            csv.append(CsvOutput.row(cells));
        }
        return csv.toString();
    }
}
