package org.xingping.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.rectification.RectificationNotifier;
import org.xingping.rectification.RectificationTask;
import org.xingping.rectification.RectificationTasks;
import org.xingping.scoring.Finding;
import org.xingping.scoring.ScoreSheets;

/**
 * The demo's problems and highlights and their rectification. Before the leaders finalise, one
 * observer of each visited unit records a simulated problem or two and a highlight on their sheet
 * (through the sheet's own {@link ScoreSheets#addFinding}; every text says it is demo data), so
 * the finalised reviews open rectification tasks as in service. After the year is decided:
 * {@code u001-b01} answers its task with evidence and {@code u001} verifies it, {@code u001-b03}
 * has answered and waits for {@code u001}, one task of {@code U002-B01} is overdue and escalated,
 * and the serious task of {@code U001-B02} stays open, so that branch cannot declare a promotion
 * in 2022.
 */
@Component
class DemoRectification {

    static final String MARK = "（演示数据）";

    private static final List<String[]> PROBLEMS = List.of(
            new String[] {"A1", "支委会分工未及时调整，组织设置台账未更新"},
            new String[] {"A4", "党费收缴台账个别月份缺少党员签字"},
            new String[] {"B1", "支部书记述职报告问题查摆不够具体"},
            new String[] {"C1", "“三会一课”记录不完整，部分会议缺少签到"},
            new String[] {"C2", "组织生活会批评与自我批评辛辣味不足"},
            new String[] {"D2", "主题党日活动主题不够鲜明，与业务结合不紧"},
            new String[] {"E1", "党员活动室制度未上墙，学习资料陈旧"});
    private static final List<String> HIGHLIGHTS = List.of("党建与业务深度融合，志愿服务品牌有特色",
            "“三会一课”记录规范完整，可作示范", "党员先锋岗设置合理，群众评价好");

    private final ScoreSheets sheets;
    private final RectificationTasks tasks;
    private final RectificationNotifier notifier;
    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoRectification(ScoreSheets sheets, RectificationTasks tasks, RectificationNotifier notifier,
            WorkingCalendar calendar, JdbcClient jdbc, Clock clock) {
        this.sheets = sheets;
        this.tasks = tasks;
        this.notifier = notifier;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The observers' findings, on the sheets already handed in and not yet finalised. */
    void recordFindings(int year) {
        Random random = new Random(DemoScores.SEED + 8);
        // The first sheet of each branch, grouped by unit in code order.
        Map<String, List<String[]>> byUnit = new LinkedHashMap<>();
        jdbc.sql("""
                        select b.code as branch, s.unit_code, s.id, o.username, o.name
                        from score_sheet s join party_organization b on b.id = s.branch_id
                             join observer o on o.id = s.observer_id join campaign c on c.id = s.campaign_id
                        where c.year = :year and s.status <> 'FINALISED'
                        order by b.code, s.id""")
                .param("year", year)
                .query((rs, n) -> new String[] {rs.getString("branch"), rs.getString("unit_code"),
                        rs.getString("id"), rs.getString("username"), rs.getString("name")})
                .list().forEach(row -> {
                    List<String[]> branches = byUnit.computeIfAbsent(row[1], unit -> new java.util.ArrayList<>());
                    if (branches.stream().noneMatch(seen -> seen[0].equals(row[0]))) {
                        branches.add(row);
                    }
                });
        for (List<String[]> branches : byUnit.values()) {
            // U001's first three branches all have one: answered and verified, awaiting verification, blocked.
            int problems = branches.get(0)[1].equals("U001") ? 3 : 1 + random.nextInt(2);
            for (int i = 0; i < problems && i < branches.size(); i++) {
                String[] sheet = branches.get(i);
                String[] problem = PROBLEMS.get(random.nextInt(PROBLEMS.size()));
                // U001's story is fixed: b01 moderate (verified by u001), b02 serious (blocks 2022), b03 minor.
                Finding.Severity severity = sheet[1].equals("U001")
                        ? List.of(Finding.Severity.MODERATE, Finding.Severity.SERIOUS, Finding.Severity.MINOR).get(i)
                        : random.nextInt(10) == 0 ? Finding.Severity.SERIOUS
                        : random.nextBoolean() ? Finding.Severity.MINOR : Finding.Severity.MODERATE;
                record(year, sheet, Finding.Kind.PROBLEM, problem[0], severity, problem[1]);
            }
            String[] last = branches.get(branches.size() - 1);
            record(year, last, Finding.Kind.HIGHLIGHT, null, null, HIGHLIGHTS.get(random.nextInt(HIGHLIGHTS.size())));
        }
    }

    private void record(int year, String[] sheet, Finding.Kind kind, String item, Finding.Severity severity,
            String text) {
        CurrentUser observer = new CurrentUser(-20, sheet[3], sheet[4], Role.OBSERVER, null, null, false, false, true,
                null);
        sheets.addFinding(Long.parseLong(sheet[2]), kind, item, severity, text + MARK,
                "demo-" + year + "-" + sheet[2] + "-" + kind + "-" + (item == null ? "" : item), observer);
    }

    /**
     * The year's problems as tasks (the reviews' events open them too, after the demo's transaction;
     * opening is idempotent), then a few steps of rectification as the story above tells.
     */
    void play(int year) {
        jdbc.sql("select distinct b.code from score_sheet s join party_organization b on b.id = s.branch_id"
                        + " join campaign c on c.id = s.campaign_id where c.year = :year and s.status = 'FINALISED'")
                .param("year", year).query(String.class).list().forEach(branch -> tasks.openFromSheets(year, branch));
        tasks.openFromSummaries(year);
        CurrentUser unit = account("u001");
        firstTaskOf(year, "U001-B01").ifPresent(task -> {
            CurrentUser branch = account("u001-b01");
            tasks.answer(task.id(), "已召开支委会专题研究，逐项补齐台账，明确专人负责" + MARK, "已完成整改" + MARK,
                    List.of(evidence("整改佐证材料.pdf")), branch);
            if (!task.verifiedByCommittee()) {
                tasks.accept(task.id(), unit);
            }
        });
        firstTaskOf(year, "U001-B03").ifPresent(task -> tasks.answer(task.id(), "已制定整改方案并组织落实" + MARK,
                "基本完成" + MARK, List.of(evidence("整改情况说明.pdf")), account("u001-b03")));
        // One task dated back to the review meeting's weeks, so it is overdue now and the sweep escalates it.
        firstTaskOf(year, "U002-B01").ifPresent(task -> {
            LocalDate openedOn = LocalDate.now(clock).minusDays(60);
            jdbc.sql("update rectification_task set created_on = :on, deadline = :deadline where id = :id")
                    .param("on", Date.valueOf(openedOn))
                    .param("deadline", Date.valueOf(calendar.plusWorkingDays(openedOn, RectificationTasks.DEFAULT_WORKING_DAYS)))
                    .param("id", task.id()).update();
        });
        notifier.sweep(LocalDate.now(clock));
    }

    private java.util.Optional<RectificationTask> firstTaskOf(int year, String branchCode) {
        return jdbc.sql("""
                        select t.id from rectification_task t join party_organization b on b.id = t.branch_id
                             join campaign c on c.id = t.campaign_id
                        where c.year = :year and b.code = :branch and t.status = 'OPEN' and t.severity <> 'SERIOUS'
                        order by t.id""")
                .param("year", year).param("branch", branchCode).query(Long.class).list().stream().findFirst()
                .map(id -> tasks.task(id, DemoDecision.STAFF));
    }

    private CurrentUser account(String username) {
        return jdbc.sql("select id, display_name, role, unit_id, organization_id from user_account where username = :name")
                .param("name", username)
                .query((rs, n) -> new CurrentUser(rs.getLong("id"), username, rs.getString("display_name"),
                        Role.valueOf(rs.getString("role")), (Long) rs.getObject("unit_id", Long.class),
                        (Long) rs.getObject("organization_id", Long.class), false, false, true, null))
                .single();
    }

    private static RectificationTasks.Upload evidence(String name) {
        return new RectificationTasks.Upload(name, new ByteArrayInputStream(
                ("%PDF-1.4\n% " + name + MARK + "\n").getBytes(StandardCharsets.UTF_8)));
    }
}
