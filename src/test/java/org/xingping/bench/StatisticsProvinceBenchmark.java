package org.xingping.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.xingping.XingPingApplication;
import org.xingping.platform.DataScope;
import org.xingping.reporting.statistics.Dashboard;
import org.xingping.reporting.statistics.Selection;
import org.xingping.reporting.statistics.Statistics;
import org.xingping.reporting.statistics.StatisticsFilter;
import org.xingping.standard.Item;
import org.xingping.standard.library.RatingStandardManagement;
import org.xingping.support.EmbeddedPostgres;

/**
 * Each statistics dashboard on a generated province (target ≤ 1 s each on PostgreSQL, issue 9):
 * 50,000 branches in 5,000 units of eight categories, five campaign years (2075–2079); each year
 * a quarter of the branches declare and are scored by three observers on every item of the
 * reference standard (about 4,300,000 item scores), decided, and hold a level; a task for every
 * second declared branch. Written with COPY into a fresh database of the embedded PostgreSQL, the
 * application started on it in this JVM (Flyway builds the schema), then each dashboard of the
 * last year timed through the {@link Statistics} service: the committee's whole province, one
 * category, and one unit's account. The groups' dashboard reads the decision's calibration, which
 * assembles the whole board from the scores; it is timed apart ({@code -Dbench.groups=true}).
 */
public final class StatisticsProvinceBenchmark {

    static final int UNITS = Integer.getInteger("bench.units", 5_000);
    static final int BRANCHES_PER_UNIT = 10;
    static final int FIRST_YEAR = 2075;
    static final int YEARS = 5;
    static final int OBSERVERS = 3;
    static final int RUNS = Integer.getInteger("bench.runs", 7);
    static final String[] CATEGORIES = {"市直部门", "群团组织", "法院检察院", "医院", "学校", "国有企业", "中央驻市单位", "省驻市单位"};

    private StatisticsProvinceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String database = "province";
        try (Connection connection = EmbeddedPostgres.server().getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        // Arguments, not default properties: application.properties would win over those.
        ConfigurableApplicationContext app = new SpringApplicationBuilder(XingPingApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + EmbeddedPostgres.server().getJdbcUrl("postgres", database),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=",
                        "--xingping.data-dir=" + Bench.freshDirectory("province/data"), "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
        try {
            RatingStandardManagement standards = app.getBean(RatingStandardManagement.class);
            try (InputStream in = new ClassPathResource("demo/standard-2021.yaml").getInputStream()) {
                standards.upload(in.readAllBytes());
            }
            List<Item> items = standards.standard("zmd-szjg-2021").items();
            long started = System.nanoTime();
            long scores = generate(app.getBean(DataSource.class), items);
            System.out.printf("Generated province: %,d units, %,d branches, %d years, %,d item scores in %,d ms "
                    + "(COPY, then analyze). %s%n", UNITS, UNITS * BRANCHES_PER_UNIT, YEARS, scores,
                    (System.nanoTime() - started) / 1_000_000, Bench.machine());
            time(app.getBean(Statistics.class));
            if (Boolean.getBoolean("bench.explain")) {
                explain(app.getBean(DataSource.class));
            }
        } finally {
            app.close();
        }
    }

    private static void time(Statistics statistics) {
        int year = FIRST_YEAR + YEARS - 1;
        Selection all = statistics.select(new StatisticsFilter(year, null, null), DataScope.all());
        Selection category = statistics.select(new StatisticsFilter(year, CATEGORIES[0], null), DataScope.all());
        Selection unit = statistics.select(new StatisticsFilter(year, null, null), DataScope.unit(1));
        System.out.printf("%nYear %d, %d runs each after one warm-up, ms in the service (SQL and shaping)%n", year, RUNS);
        System.out.printf("%-16s %10s %10s %10s %10s %10s %10s%n", "dashboard", "all p50", "all max", "category p50",
                "cat. max", "unit p50", "unit max");
        for (Dashboard dashboard : statistics.dashboards(all)) {
            if (dashboard == Dashboard.GROUPS && !Boolean.getBoolean("bench.groups")) {
                continue;
            }
            List<Double> a = runs(() -> statistics.chart(dashboard, all));
            List<Double> c = runs(() -> statistics.chart(dashboard, category));
            List<Double> u = dashboard.committeeOnly() ? List.of() : runs(() -> statistics.chart(dashboard, unit));
            System.out.printf("%-16s %10.1f %10.1f %10.1f %10.1f %10s %10s%n", dashboard.path(), Bench.median(a),
                    Bench.percentile(a, 100), Bench.median(c), Bench.percentile(c, 100),
                    u.isEmpty() ? "—" : String.format("%.1f", Bench.median(u)),
                    u.isEmpty() ? "—" : String.format("%.1f", Bench.percentile(u, 100)));
        }
        String key = statistics.chart(Dashboard.STARS, all).series().get(1).points().get(3).key();
        List<Double> list = runs(() -> statistics.list(Dashboard.STARS, all, key));
        System.out.printf("%-16s %10.1f %10.1f  (the list behind %s: %,d rows)%n", "list", Bench.median(list),
                Bench.percentile(list, 100), key, statistics.list(Dashboard.STARS, all, key).rows().size());
        System.out.printf("target: each dashboard ≤ 1,000 ms. load average at the end %s%n", Bench.loadAverage());
    }

    /** The plan of the common problems' query for the whole province, to see where its time goes. */
    private static void explain(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var plan = statement.executeQuery("""
                        explain (analyze, buffers) select u.category, v.item_code, avg(v.points) as points
                        from score_sheet s join sheet_value v on v.sheet_id = s.id
                             join party_organization b on b.id = s.branch_id join unit u on u.id = b.unit_id
                        where s.campaign_id = %1$d and s.status <> 'OPEN'
                          and v.sheet_id between (select min(id) from score_sheet where campaign_id = %1$d)
                                             and (select max(id) from score_sheet where campaign_id = %1$d)
                        group by u.category, v.item_code""".formatted(YEARS))) {
            System.out.println();
            while (plan.next()) {
                System.out.println(plan.getString(1));
            }
        }
    }

    private static List<Double> runs(Runnable query) {
        query.run();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            query.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        return millis;
    }

    // --- the generated province ------------------------------------------------------------------------------

    private static long generate(DataSource dataSource, List<Item> items) throws SQLException, IOException {
        Random random = new Random(2079);
        long scores = 0;
        try (Connection connection = dataSource.getConnection()) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy(copy, "unit (id, code, name, category, latitude, longitude)", out -> {
                for (int u = 1; u <= UNITS; u++) {
                    out.accept(u + "\tP" + u + "\t省直单位" + u + "\t" + CATEGORIES[u % CATEGORIES.length] + "\t32.9\t114.0");
                }
            });
            copy(copy, "party_organization (id, code, unit_id, type, name)", out -> {
                for (int u = 1; u <= UNITS; u++) {
                    for (int b = 1; b <= BRANCHES_PER_UNIT; b++) {
                        out.accept(branch(u, b) + "\tP" + u + "-B" + b + "\t" + u + "\tBRANCH\t省直单位" + u + "第" + b + "党支部");
                    }
                }
            });
            copy(copy, "observer (id, name, may_lead)", out -> {
                for (int o = 1; o <= 50; o++) {
                    out.accept(o + "\t观摩员" + o + "\t" + (o <= 10));
                }
            });
            long sheetId = 0;
            long taskId = 0;
            for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                long campaign = y + 1;
                try (Statement statement = connection.createStatement()) {
                    statement.execute("insert into campaign (id, year, name, standard_id, declaration_deadline,"
                            + " pre_review_deadline, observation_start, observation_end, notice_start, designation_date,"
                            + " opened_at, opened_by) values (" + campaign + ", " + year + ", '" + year + "年度', 'zmd-szjg-2021',"
                            + " '" + year + "-10-01', '" + year + "-10-15', '" + year + "-11-20', '" + year + "-11-26',"
                            + " '" + year + "-12-13', '" + year + "-12-31', now(), 'bench')");
                    statement.execute("insert into designation (campaign_id, designated_by, designated_at) values ("
                            + campaign + ", 'bench', now())");
                }
                List<Integer> declared = new ArrayList<>();
                for (int b = 1; b <= UNITS * BRANCHES_PER_UNIT; b++) {
                    if (random.nextInt(4) == 0) {
                        declared.add(b);
                    }
                }
                copy(copy, "declaration (campaign_id, branch_id, unit_id, kind, current_level, target_level, status, source,"
                        + " created_at, created_by)", out -> declared.forEach(b -> out.accept(campaign + "\t" + b + "\t"
                        + unitOf(b) + "\t" + (b % 3 == 0 ? "PROMOTE" : "KEEP") + "\t4\t" + (4 + b % 2)
                        + "\tFORWARDED\tIMPORTED\t2079-10-01 00:00:00+00\tbench")));
                long firstSheet = sheetId + 1;
                copy(copy, "score_sheet (id, campaign_id, branch_id, unit_code, group_number, observer_id, status,"
                        + " created_at, submitted_at)", out -> {
                    long id = firstSheet;
                    for (int b : declared) {
                        for (int o = 0; o < OBSERVERS; o++) {
                            out.accept(id++ + "\t" + campaign + "\t" + b + "\tP" + unitOf(b) + "\t" + (1 + unitOf(b) % 50)
                                    + "\t" + (1 + (unitOf(b) + o) % 50) + "\tFINALISED\t2079-11-22 09:00:00\t2079-11-22 10:00:00");
                        }
                    }
                });
                sheetId += (long) declared.size() * OBSERVERS;
                copy(copy, "sheet_value (sheet_id, item_code, value, points, version)", out -> {
                    long id = firstSheet;
                    for (int b : declared) {
                        for (int o = 0; o < OBSERVERS; o++, id++) {
                            for (Item item : items) {
                                double share = Math.min(1.0, 0.7 + random.nextDouble() * 0.3);
                                String points = String.format(java.util.Locale.ROOT, "%.2f", item.max().doubleValue() * share);
                                out.accept(id + "\t" + item.code() + "\t" + points + "\t" + points + "\t1");
                            }
                        }
                    }
                });
                scores += (long) declared.size() * OBSERVERS * items.size();
                copy(copy, "rating_result (campaign_id, branch_id, unit_id, groups, raw_total, total, base, bonus, deduction,"
                        + " earned_stars, final_stars, reasons, honours, status, decided_by, decided_at)",
                        out -> declared.forEach(b -> {
                            double total = 80 + random.nextDouble() * 20;
                            int stars = total >= 95 ? 5 : total >= 85 ? 4 : 3;
                            out.accept(campaign + "\t" + b + "\t" + unitOf(b) + "\t" + (1 + unitOf(b) % 50) + "\t"
                                    + String.format(java.util.Locale.ROOT, "%.4f", total) + "\t" + String.format(java.util.Locale.ROOT, "%.4f", total) + "\t"
                                    + String.format(java.util.Locale.ROOT, "%.4f", total) + "\t0\t0\t" + stars + "\t" + stars
                                    + "\t\t\tCONFIRMED\tbench\t2079-12-01 00:00:00");
                        }));
                copy(copy, "organization_level (party_organization, year, stars, red_flag)", out -> {
                    for (int b = 1; b <= UNITS * BRANCHES_PER_UNIT; b++) {
                        out.accept(b + "\t" + year + "\t" + (1 + (b + year) % 5) + "\t" + (b % 97 == 0));
                    }
                });
                long firstTask = taskId + 1;
                List<Integer> withTask = declared.stream().filter(b -> b % 2 == 0).toList();
                copy(copy, "rectification_task (id, campaign_id, unit_id, branch_id, source, source_key, item_code, severity,"
                        + " text, found_by, status, created_at, created_on, deadline)", out -> {
                    long id = firstTask;
                    for (int b : withTask) {
                        String status = b % 3 == 0 ? "CLOSED" : b % 3 == 1 ? "OPEN" : "ANSWERED";
                        out.accept(id + "\t" + campaign + "\t" + unitOf(b) + "\t" + b + "\tMANUAL\tbench-" + id + "\t"
                                + items.get(b % items.size()).code() + "\tMINOR\t台账不全\tbench\t" + status
                                + "\t" + year + "-12-20 00:00:00+00\t" + year + "-12-20\t" + (year + 1) + "-03-01");
                        id++;
                    }
                });
                taskId += withTask.size();
            }
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("unit", "party_organization", "campaign", "declaration", "score_sheet",
                        "sheet_value", "rating_result", "organization_level", "rectification_task")) {
                    statement.execute("analyze " + table);
                }
            }
        }
        return scores;
    }

    private static int branch(int unit, int number) {
        return (unit - 1) * BRANCHES_PER_UNIT + number;
    }

    private static int unitOf(int branch) {
        return (branch - 1) / BRANCHES_PER_UNIT + 1;
    }

    private static void copy(CopyManager copy, String table, Consumer<Consumer<String>> rows) throws SQLException, IOException {
        StringBuilder text = new StringBuilder();
        rows.accept(line -> text.append(line).append('\n'));
        copy.copyIn("copy " + table + " from stdin", new StringReader(text.toString()));
    }
}
