package org.xingping.observation.cli;

import java.util.List;

import org.xingping.observation.PlanTable;
import org.xingping.observation.VisitPlan;

/**
 * The plan as the contract's CSV: one row per visit, {@code group, observer_names (;-separated),
 * date, start, end, unit_code, branch_code, linking (是/否)}; a unit's briefing is a row with an
 * empty branch_code. Rows go group by group, day by day, in time order.
 */
final class PlanCsv {

    static final List<String> COLUMNS = PlanTable.COLUMNS;

    private PlanCsv() {
    }

    /** The CSV text, lines ending in CRLF as RFC 4180 and Excel expect. */
    static String render(VisitPlan plan) {
        return PlanTable.csv(plan.groups(), plan.visits());
    }
}
