package org.xingping.rectification;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.web.XlsxDownload;
import org.xingping.rectification.RectificationTask.Severity;
import org.xingping.rectification.RectificationTask.Status;

/**
 * The rectification ledger (整改台账): the tasks of a campaign a person may see (the 工委 all, a
 * unit its unit, a branch its own), counted by state, severity and item, listed page by page with
 * filters, and exported in the layout a unit hands in.
 */
@Service
@Transactional(readOnly = true)
public class RectificationLedger {

    /** The ledger's columns as units hand it in. */
    public static final List<String> COLUMNS = List.of("序号", "支部", "问题项目", "问题描述", "严重程度", "发现人",
            "整改期限", "整改措施", "完成情况", "核验人", "核验时间", "状态");

    /** What the ledger shows: a year, and optionally a unit, a state (or OVERDUE), a severity, an item, words. */
    public record Filter(int year, String unitCode, String state, Severity severity, String itemCode, String text) {

        public Filter {
            unitCode = blank(unitCode);
            state = blank(state);
            // An unknown state from a hand-edited address filters nothing rather than failing.
            if (!known(state)) {
                state = null;
            }
            itemCode = blank(itemCode);
            text = blank(text);
        }

        private static boolean known(String state) {
            return state == null || "OVERDUE".equals(state)
                    || java.util.Arrays.stream(Status.values()).anyMatch(status -> status.name().equals(state));
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Counts of one group of tasks. */
    public record Counts(String key, long total, long open, long answered, long reopened, long closed, long overdue) {

        Counts plus(Counts other) {
            return new Counts(key, total + other.total, open + other.open, answered + other.answered,
                    reopened + other.reopened, closed + other.closed, overdue + other.overdue);
        }
    }

    /** The ledger's figures: all tasks in view, and the same by severity and by item (item name as key). */
    public record Summary(Counts all, List<Counts> bySeverity, List<Counts> byItem) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JdbcClient jdbc;
    private final TaskRows rows;
    private final Clock clock;

    RectificationLedger(JdbcClient jdbc, TaskRows rows, Clock clock) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Summary summary(Filter filter, CurrentUser user) {
        Where where = where(filter, user);
        // "reopened" counts tasks sent back at least once, whatever they are now: how often answers fell short.
        List<Object[]> groups = where.bind(jdbc.sql("""
                        select t.severity, t.item_code, count(*) as total,
                               sum(case when t.status = 'OPEN' then 1 else 0 end) as open_count,
                               sum(case when t.status = 'ANSWERED' then 1 else 0 end) as answered_count,
                               sum(case when t.reopen_count > 0 then 1 else 0 end) as reopened_count,
                               sum(case when t.status = 'CLOSED' then 1 else 0 end) as closed_count,
                               sum(case when t.status in ('OPEN', 'REOPENED') and t.deadline < :today then 1 else 0 end)
                                   as overdue_count
                        from rectification_task t join campaign c on c.id = t.campaign_id
                             join unit u on u.id = t.unit_id left join party_organization b on b.id = t.branch_id
                        """ + where.sql + " group by t.severity, t.item_code"))
                .query((rs, n) -> new Object[] {rs.getString("severity"), rs.getString("item_code"),
                        new Counts("", rs.getLong("total"), rs.getLong("open_count") , rs.getLong("answered_count"),
                                rs.getLong("reopened_count"), rs.getLong("closed_count"), rs.getLong("overdue_count"))})
                .list();
        Counts all = new Counts("", 0, 0, 0, 0, 0, 0);
        Map<String, Counts> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(severity.name(), new Counts(severity.name(), 0, 0, 0, 0, 0, 0));
        }
        Map<String, Counts> byItem = new TreeMap<>();
        for (Object[] group : groups) {
            Counts counts = (Counts) group[2];
            all = all.plus(counts);
            bySeverity.merge((String) group[0], counts, Counts::plus);
            String item = group[1] == null ? "" : (String) group[1];
            byItem.merge(item, new Counts(item, counts.total(), counts.open(), counts.answered(), counts.reopened(),
                    counts.closed(), counts.overdue()), Counts::plus);
        }
        List<Counts> items = new ArrayList<>();
        byItem.values().forEach(counts -> items.add(new Counts(counts.key().isEmpty() ? "" 
                : rows.itemName(filter.year(), counts.key()), counts.total(), counts.open(), counts.answered(),
                counts.reopened(), counts.closed(), counts.overdue())));
        items.sort((a, b) -> Long.compare(b.total(), a.total()));
        return new Summary(all, List.copyOf(bySeverity.values()), items);
    }

    public Page<RectificationTask> page(Filter filter, CurrentUser user, Pageable pageable) {
        Where where = where(filter, user);
        long total = where.bind(jdbc.sql("""
                        select count(*) from rectification_task t join campaign c on c.id = t.campaign_id
                             join unit u on u.id = t.unit_id left join party_organization b on b.id = t.branch_id
                        """ + where.sql)).query(Long.class).single();
        List<RectificationTask> content = where.bind(jdbc.sql(TaskRows.SELECT + where.sql
                        + " order by u.code, b.code nulls first, t.id limit :limit offset :offset"))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> rows.read(rs)).list();
        return new PageImpl<>(content, pageable, total);
    }

    /**
     * Every task of one branch over all years, newest year first: what the branch's profile lists.
     * The account's scope holds as in the ledger: a branch outside it has no tasks to show.
     */
    public List<RectificationTask> ofBranch(String branchCode, CurrentUser user) {
        DataScope scope = user.scope();
        String inScope = switch (scope.kind()) {
            case ALL -> "";
            case UNIT -> " and t.unit_id = :scopeUnit";
            case ORGANIZATION -> " and t.branch_id = :scopeBranch";
            case NONE -> " and 1 = 0";
        };
        var query = jdbc.sql(TaskRows.SELECT + " where b.code = :code" + inScope + " order by c.year desc, t.id");
        if (scope.kind() == DataScope.Kind.UNIT) {
            query = query.param("scopeUnit", scope.unitId());
        }
        if (scope.kind() == DataScope.Kind.ORGANIZATION) {
            query = query.param("scopeBranch", scope.organizationId());
        }
        return query.param("code", branchCode).query((rs, n) -> rows.read(rs)).list();
    }

    /** Writes the ledger as XLSX, one row per task in the filter, in the layout units hand in. */
    public void export(Filter filter, CurrentUser user, OutputStream out) throws IOException {
        Where where = where(filter, user);
        LocalDate today = today();
        ZoneId zone = clock.getZone();
        XlsxDownload.write(out, filter.year() + "年整改台账", COLUMNS, sheet -> {
            int[] number = {0};
            where.bind(jdbc.sql(TaskRows.SELECT + where.sql + " order by u.code, b.code nulls first, t.id"))
                    .query((rs, n) -> rows.read(rs))
                    .stream().forEach(task -> sheet.add(java.util.Arrays.asList(++number[0],
                            task.ofUnit() ? task.unitName() + "（单位党委）" : task.branchName(),
                            task.itemName() == null ? "" : task.itemName(), task.text(), severityLabel(task.severity()),
                            task.foundBy(), task.deadline().toString(), task.answer(), task.outcome(),
                            task.verifiedBy(), task.verifiedAt() == null ? null
                                    : WHEN.format(task.verifiedAt().atZone(zone)),
                            stateLabel(task, today))));
        });
    }

    public static String severityLabel(Severity severity) {
        return switch (severity) {
            case MINOR -> "一般";
            case MODERATE -> "较重";
            case SERIOUS -> "严重";
        };
    }

    public static String stateLabel(RectificationTask task, LocalDate today) {
        String state = switch (task.status()) {
            case OPEN -> "整改中";
            case ANSWERED -> "待核验";
            case REOPENED -> "退回重改";
            case CLOSED -> "已销号";
        };
        return task.overdueOn(today) ? state + "（逾期）" : state;
    }

    /** The filter and the account's scope as a where clause with bound parameters (values never spliced in). */
    private Where where(Filter filter, CurrentUser user) {
        StringBuilder sql = new StringBuilder(" where c.year = :year");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("year", filter.year());
        params.put("today", Date.valueOf(today()));
        DataScope scope = user.scope();
        switch (scope.kind()) {
            case ALL -> { }
            case UNIT -> {
                sql.append(" and t.unit_id = :scopeUnit");
                params.put("scopeUnit", scope.unitId());
            }
            case ORGANIZATION -> {
                sql.append(" and t.branch_id = :scopeBranch");
                params.put("scopeBranch", scope.organizationId());
            }
            case NONE -> sql.append(" and 1 = 0");
        }
        if (filter.unitCode() != null) {
            sql.append(" and u.code = :unit");
            params.put("unit", filter.unitCode());
        }
        if (filter.state() != null) {
            if ("OVERDUE".equals(filter.state())) {
                sql.append(" and t.status in ('OPEN', 'REOPENED') and t.deadline < :today");
            } else {
                sql.append(" and t.status = :status");
                params.put("status", Status.valueOf(filter.state()).name());
            }
        }
        if (filter.severity() != null) {
            sql.append(" and t.severity = :severity");
            params.put("severity", filter.severity().name());
        }
        if (filter.itemCode() != null) {
            sql.append(" and t.item_code = :item");
            params.put("item", filter.itemCode());
        }
        if (filter.text() != null) {
            sql.append(" and (t.text like :text or b.name like :text or b.code like :text or u.name like :text)");
            params.put("text", "%" + filter.text().replace("%", "").replace("_", "") + "%");
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }
}
