package org.xingping.reporting.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.RatingDecisions;
import org.xingping.decision.calibration.CalibrationResult;
import org.xingping.decision.calibration.GroupAgreement;
import org.xingping.decision.calibration.GroupSeverity;
import org.xingping.decision.calibration.ItemAgreement;
import org.xingping.declaration.DeclarationStatus;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.Unit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.Refused;
import org.xingping.platform.YearOnYear;
import org.xingping.platform.web.Flash;
import org.xingping.reporting.statistics.Chart.Point;
import org.xingping.reporting.statistics.Chart.Series;
import org.xingping.scoring.ScoreSheets;
import org.xingping.scoring.SheetStatus;
import org.xingping.standard.DeclarationKind;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;

/**
 * The statistics dashboards as read models: each a method over a checked {@link Selection},
 * counting with aggregate SQL over the campaign's tables (so a province's five million item scores
 * are summed in the database, not loaded), and the rows behind any one figure for its list and
 * export. The caller's scope is applied in every statement: a unit account's rankings rank its own
 * branches, never other units.
 */
@Service
@Transactional(readOnly = true)
public class Statistics {

    /** Units drawn in a ranked chart; the rest are counted, not drawn. */
    static final int RANKED = 30;

    private static final String BRANCH_COLUMNS = "b.code as branch_code, b.name as branch_name, u.code as unit_code,"
            + " u.name as unit_name, u.category as category";

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final OrganizationManagement registry;
    private final ScoreSheets sheets;
    private final RatingDecisions decisions;
    private final Flash text;
    private final Clock clock;

    Statistics(JdbcClient jdbc, CampaignManagement campaigns, OrganizationManagement registry, ScoreSheets sheets,
            RatingDecisions decisions, Flash text, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.registry = registry;
        this.sheets = sheets;
        this.decisions = decisions;
        this.text = text;
        this.clock = clock;
    }

    // --- the filter --------------------------------------------------------------------------------------

    /**
     * Checks the filter against the data and the caller's scope. Unknown values are refused with
     * the reason, never ignored: a year without a campaign, a category no unit has, a unit that
     * does not exist or lies outside the caller's scope. A unit or branch account's unit filter is
     * fixed to its own unit.
     */
    public Selection select(StatisticsFilter filter, DataScope scope) {
        if (scope.seesNothing()) {
            throw new Refused("statistics.noScope");
        }
        Campaign campaign = filter.year() == null
                ? campaigns.current().or(() -> campaigns.all().stream().max(Comparator.comparingInt(Campaign::getYear)))
                        .orElseThrow(() -> new Refused("statistics.noCampaign"))
                : campaigns.find(filter.year())
                        .orElseThrow(() -> new Refused("statistics.unknownYear", String.valueOf(filter.year())));
        String category = null;
        if (filter.hasCategory()) {
            category = filter.category().strip();
            if (!registry.categories().contains(category)) {
                throw new Refused("statistics.unknownCategory", category);
            }
        }
        Unit unit = null;
        if (filter.hasUnit()) {
            String code = filter.unit().strip().toUpperCase(java.util.Locale.ROOT);
            unit = registry.unitByCode(code).orElseThrow(() -> new Refused("statistics.unknownUnit", code));
            if (!scope.includesUnit(unit.getId())) {
                throw new Refused("statistics.outsideScope", code);
            }
            if (category != null && !category.equals(unit.getCategory())) {
                throw new Refused("statistics.unitNotInCategory", code, category);
            }
        } else if (scope.onlyUnit().isPresent()) {
            unit = registry.unit(scope.onlyUnit().get(), scope);
        }
        return new Selection(campaign.getYear(), campaign.getId(), category, unit == null ? null : unit.getId(),
                unit == null ? null : unit.getCode(), scope);
    }

    /** The campaign years one may choose, newest first. */
    public List<Integer> years() {
        return campaigns.all().stream().map(Campaign::getYear).sorted(Comparator.reverseOrder()).toList();
    }

    /** The dashboards the caller's scope has: groups and categories compare units, so the committee's alone. */
    public List<Dashboard> dashboards(Selection selection) {
        return java.util.Arrays.stream(Dashboard.values()).filter(Dashboard::onStatisticsPage)
                .filter(dashboard -> selection.committee() || !dashboard.committeeOnly()).toList();
    }

    public Chart chart(Dashboard dashboard, Selection selection) {
        if (dashboard.committeeOnly() && !selection.committee()) {
            throw new Refused("statistics.committeeOnly");
        }
        return switch (dashboard) {
            case PROGRESS -> progress(selection);
            case STARS -> stars(selection);
            case TREND -> trend(selection);
            case KINDS -> kinds(selection);
            case UNITS -> selection.committee() ? units(selection) : branchesRanked(selection);
            case CATEGORIES -> categories(selection);
            case HEATMAP -> heatmap(selection);
            case GROUPS -> groups(selection);
            case RECTIFICATION -> rectification(selection);
            case VISITS -> throw new Refused("statistics.unknownDashboard", dashboard.path());
        };
    }

    // --- progress ----------------------------------------------------------------------------------------

    /** Declarations by status, visits done against the plan, sheets, decisions, objections, designation. */
    public Chart progress(Selection s) {
        List<String> x = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        Map<String, Long> declared = countBy(s, "select d.status as k, count(*) as n from declaration d"
                + " join unit u on u.id = d.unit_id join party_organization b on b.id = d.branch_id"
                + " where d.campaign_id = :campaign" + s.where() + " group by d.status");
        perStatus(x, points, "statistics.progress.declaration", "declaration", DeclarationStatus.values(),
                DeclarationStatus::messageKey, declared);
        Map<String, Object> visits = s.bind(jdbc, """
                select count(distinct b.id) as planned, count(distinct case when r.branch_id is not null then b.id end) as done
                from planned_visit pv join visit_plan vp on vp.id = pv.plan_id
                     join party_organization b on b.code = pv.branch_code join unit u on u.id = b.unit_id
                     left join (select distinct branch_id from branch_review where campaign_id = :campaign) r
                            on r.branch_id = b.id
                where vp.campaign_id = :campaign and vp.published_at is not null""" + s.where())
                .query().singleRow();
        add(x, points, text.text("statistics.progress.planned"), number(visits.get("planned")), "visit:planned");
        add(x, points, text.text("statistics.progress.visited"), number(visits.get("done")), "visit:done");
        Map<String, Long> sheetCounts = countBy(s, "select s.status as k, count(*) as n from score_sheet s"
                + " join party_organization b on b.id = s.branch_id join unit u on u.id = b.unit_id"
                + " where s.campaign_id = :campaign" + s.where() + " group by s.status");
        perStatus(x, points, "statistics.progress.sheet", "sheet", SheetStatus.values(), SheetStatus::messageKey,
                sheetCounts);
        add(x, points, text.text("statistics.progress.decided"), count(s, "select count(*) from rating_result r"
                + " join party_organization b on b.id = r.branch_id join unit u on u.id = b.unit_id"
                + " where r.campaign_id = :campaign" + s.where()), "result:all");
        add(x, points, text.text("statistics.progress.objections"), count(s, "select count(*) from objection o"
                + " join party_organization b on b.id = o.branch_id join unit u on u.id = b.unit_id"
                + " where o.campaign_id = :campaign" + s.where()), "objection:all");
        add(x, points, text.text("statistics.progress.designated"), count(s, "select count(*) from organization_level l"
                + " join party_organization b on b.id = l.party_organization join unit u on u.id = b.unit_id"
                + " where l.year = :year and exists (select 1 from designation g where g.campaign_id = :campaign)"
                + s.where()), "designated:all");
        return new Chart(Dashboard.PROGRESS, "hbar", x, List.of(),
                List.of(new Series(text.text("statistics.series.count"), null, points)), List.of());
    }

    /** One bar per status, in the enum's order, with its count (0 when none) and its drill ({@code kind:STATUS}). */
    private <E extends Enum<E>> void perStatus(List<String> x, List<Point> points, String labelKey, String drillKind,
            E[] statuses, Function<E, String> messageKey, Map<String, Long> counts) {
        for (E status : statuses) {
            add(x, points, text.text(labelKey, text.text(messageKey.apply(status))),
                    counts.getOrDefault(status.name(), 0L), drillKind + ":" + status.name());
        }
    }

    // --- an observer's own group ---------------------------------------------------------------------------

    /**
     * The visits of the groups an observer (or group leader) belongs to in the current campaign:
     * the branches the published plan gives the group, those whose group review is finalised, and
     * the observer's own score sheets by state. Empty when the account observes with no group.
     * Only the observer's own groups are counted: nothing here compares them with others.
     */
    public Optional<Chart> visits(CurrentUser user) {
        Optional<Campaign> current = campaigns.current();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        long campaign = current.get().getId();
        List<Integer> groups = jdbc.sql("""
                        select g.number from observation_group g join observer o on o.id = g.leader_id
                        where g.campaign_id = :campaign and o.username = :username
                        union
                        select g.number from observation_group g join group_member m on m.observation_group = g.id
                             join observer o on o.id = m.observer_id
                        where g.campaign_id = :campaign and o.username = :username""")
                .param("campaign", campaign).param("username", user.getUsername()).query(Integer.class).list();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<String> x = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        add(x, points, text.text("statistics.visits.planned"), jdbc.sql("""
                        select count(distinct pv.branch_code) from planned_visit pv join visit_plan vp on vp.id = pv.plan_id
                        where vp.campaign_id = :campaign and vp.published_at is not null
                          and pv.group_number in (:groups) and pv.branch_code is not null""")
                .param("campaign", campaign).param("groups", groups).query(Long.class).single(), null);
        add(x, points, text.text("statistics.visits.finalised"), jdbc.sql("""
                        select count(distinct s.branch_id) from score_sheet s
                        where s.campaign_id = :campaign and s.group_number in (:groups) and s.status = 'FINALISED'""")
                .param("campaign", campaign).param("groups", groups).query(Long.class).single(), null);
        Map<String, Long> mine = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.status as k, count(*) as n from score_sheet s join observer o on o.id = s.observer_id
                        where s.campaign_id = :campaign and o.username = :username group by s.status""")
                .param("campaign", campaign).param("username", user.getUsername())
                .query(rs -> {
                    mine.put(rs.getString("k"), rs.getLong("n"));
                });
        for (SheetStatus status : SheetStatus.values()) {
            add(x, points, text.text("statistics.visits.mine", text.text(status.messageKey())),
                    mine.getOrDefault(status.name(), 0L), null);
        }
        return Optional.of(new Chart(Dashboard.VISITS, "hbar", x, List.of(),
                List.of(new Series(text.text("statistics.series.count"), null, points)), List.of()));
    }

    // --- levels this year against last year ----------------------------------------------------------------

    /**
     * Narrows {@code organization_level l} to the level each branch holds in the year {@code :asOf}:
     * its latest one up to that year. A branch that did not declare keeps the level it held; a
     * designation of zero stars is a level of zero. A join with each branch's latest year rather
     * than a subquery per row: a province has a quarter of a million level rows.
     */
    private static final String HELD_AS_OF = " join (select party_organization, max(year) as held_year"
            + " from organization_level where year <= :asOf group by party_organization) h"
            + " on h.party_organization = l.party_organization and h.held_year = l.year";

    /** Branches holding each level (and the red flag) this year and last year, with the change worded. */
    public Chart stars(Selection s) {
        Map<Integer, Map<String, Long>> held = new TreeMap<>();
        for (int asOf : List.of(s.year() - 1, s.year())) {
            Map<String, Long> year = held.computeIfAbsent(asOf, y -> new TreeMap<>());
            s.bind(jdbc, "select l.stars, count(*) as n, sum(case when l.red_flag then 1 else 0 end) as red"
                            + " from organization_level l" + HELD_AS_OF
                            + " join party_organization b on b.id = l.party_organization join unit u on u.id = b.unit_id"
                            + " where 1 = 1" + s.where() + " group by l.stars",
                            "asOf", asOf)
                    .query(rs -> {
                        year.merge(String.valueOf(rs.getInt("stars")), rs.getLong("n"), Long::sum);
                        year.merge("red", rs.getLong("red"), Long::sum);
                    });
        }
        List<String> x = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int stars = 1; stars <= 5; stars++) {
            x.add(text.text("stars.count", stars));
            keys.add(String.valueOf(stars));
        }
        x.add(text.text("statistics.x.redFlag"));
        keys.add("red");
        List<Series> series = new ArrayList<>();
        for (int year : List.of(s.year() - 1, s.year())) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                long n = held.getOrDefault(year, Map.of()).getOrDefault(keys.get(i), 0L);
                points.add(new Point(i, 0, BigDecimal.valueOf(n), year + ":" + keys.get(i)));
            }
            series.add(new Series(text.text("statistics.series.year", String.valueOf(year)), null, points));
        }
        List<String> notes = new ArrayList<>();
        Map<String, Long> now = held.getOrDefault(s.year(), Map.of());
        Map<String, Long> before = held.getOrDefault(s.year() - 1, Map.of());
        for (int stars = 5; stars >= 1; stars--) {
            String key = String.valueOf(stars);
            notes.add(text.text("statistics.note.held", stars, String.valueOf(now.getOrDefault(key, 0L)),
                    change(now.getOrDefault(key, 0L), before.getOrDefault(key, 0L))));
        }
        notes.add(text.text("statistics.note.redFlag", String.valueOf(now.getOrDefault("red", 0L)),
                change(now.getOrDefault("red", 0L), before.getOrDefault("red", 0L))));
        return new Chart(Dashboard.STARS, "bar", x, List.of(), series, notes);
    }

    // --- over the years --------------------------------------------------------------------------------------

    /**
     * Declarations by level applied for and results by level confirmed, year by year up to the
     * selected one; the years before the system from the counts kept for them (city-wide, so only
     * when nothing narrows the figures). The selected year's change against the year before is
     * worded as the declaration overview and the review report word it.
     */
    public Chart trend(Selection s) {
        Map<Integer, Map<Integer, Long>> declared = new TreeMap<>();
        Map<Integer, Map<Integer, Long>> results = new TreeMap<>();
        if (s.whole()) {
            jdbc.sql("select year, target_level, applications, designated from declaration_count where year <= :year")
                    .param("year", s.year())
                    .query(rs -> {
                        declared.computeIfAbsent(rs.getInt("year"), y -> new TreeMap<>())
                                .put(rs.getInt("target_level"), rs.getLong("applications"));
                        long designated = rs.getLong("designated");
                        if (!rs.wasNull()) {
                            results.computeIfAbsent(rs.getInt("year"), y -> new TreeMap<>())
                                    .put(rs.getInt("target_level"), designated);
                        }
                    });
        }
        Set<Integer> campaignYears = Set.copyOf(years());
        byYearAndLevel(s, "select c.year, d.target_level as level, count(*) as n from declaration d"
                + " join campaign c on c.id = d.campaign_id join unit u on u.id = d.unit_id"
                + " join party_organization b on b.id = d.branch_id where c.year <= :year" + s.where()
                + " group by c.year, d.target_level", declared);
        byYearAndLevel(s, "select c.year, r.final_stars as level, count(*) as n from rating_result r"
                + " join campaign c on c.id = r.campaign_id join party_organization b on b.id = r.branch_id"
                + " join unit u on u.id = b.unit_id where c.year <= :year and r.final_stars > 0" + s.where()
                + " group by c.year, r.final_stars", results);
        TreeSet<Integer> years = new TreeSet<>(declared.keySet());
        years.addAll(results.keySet());
        years.add(s.year());
        List<String> x = years.stream().map(year -> text.text("statistics.series.year", String.valueOf(year))).toList();
        List<Series> series = new ArrayList<>();
        for (int level = 5; level >= 1; level--) {
            series.add(yearSeries(text.text("statistics.series.declared", String.valueOf(level)), "declared", years,
                    declared, level, campaignYears, "declared:"));
        }
        for (int level = 5; level >= 1; level--) {
            series.add(yearSeries(text.text("statistics.series.result", String.valueOf(level)), "result", years,
                    results, level, campaignYears, "result:"));
        }
        series.removeIf(line -> line.points().stream().allMatch(point -> point.value().signum() == 0));
        List<String> notes = new ArrayList<>();
        Map<Integer, Long> now = declared.getOrDefault(s.year(), Map.of());
        Map<Integer, Long> before = declared.getOrDefault(s.year() - 1, Map.of());
        for (int level = 5; level >= 1; level--) {
            if (now.containsKey(level)) {
                YearOnYear change = YearOnYear.of(now.get(level), before.getOrDefault(level, 0L));
                notes.add(text.text("overview.sentence", level, String.valueOf(now.get(level)),
                        text.text(change.messageKey(), change.arguments())));
            }
        }
        Map<Integer, Long> rated = results.getOrDefault(s.year(), Map.of());
        Map<Integer, Long> ratedBefore = results.getOrDefault(s.year() - 1, Map.of());
        for (int level = 5; level >= 1; level--) {
            if (rated.containsKey(level)) {
                notes.add(text.text("statistics.note.result", level, String.valueOf(rated.get(level)),
                        change(rated.get(level), ratedBefore.getOrDefault(level, 0L))));
            }
        }
        return new Chart(Dashboard.TREND, "bar", x, List.of(), series, notes);
    }

    /** Declarations by kind (keep, promote, first) year by year. */
    public Chart kinds(Selection s) {
        Map<Integer, Map<String, Long>> byYear = new TreeMap<>();
        s.bind(jdbc, "select c.year, d.kind, count(*) as n from declaration d join campaign c on c.id = d.campaign_id"
                        + " join unit u on u.id = d.unit_id join party_organization b on b.id = d.branch_id"
                        + " where c.year <= :year" + s.where() + " group by c.year, d.kind")
                .query(rs -> {
                    byYear.computeIfAbsent(rs.getInt("year"), y -> new TreeMap<>()).put(rs.getString("kind"), rs.getLong("n"));
                });
        byYear.computeIfAbsent(s.year(), y -> new TreeMap<>());
        List<Integer> years = new ArrayList<>(byYear.keySet());
        List<String> x = years.stream().map(year -> text.text("statistics.series.year", String.valueOf(year))).toList();
        List<Series> series = new ArrayList<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                points.add(new Point(i, 0, BigDecimal.valueOf(byYear.get(years.get(i)).getOrDefault(kind.name(), 0L)),
                        "kind:" + years.get(i) + ":" + kind.name()));
            }
            series.add(new Series(text.text("declaration.kind." + kind.name()), "kind", points));
        }
        return new Chart(Dashboard.KINDS, "bar", x, List.of(), series, List.of());
    }

    // --- by unit and category ----------------------------------------------------------------------------------

    /** Units ranked by branches rated four stars or more, then by declarations; the first {@value #RANKED} drawn. */
    public Chart units(Selection s) {
        return ranked(s, Dashboard.UNITS, "u.code", "u.name", "unit:", RANKED,
                text.text("statistics.note.top", String.valueOf(RANKED)));
    }

    /** Unit categories ranked as units are. */
    public Chart categories(Selection s) {
        return ranked(s, Dashboard.CATEGORIES, "u.category", "u.category", "category:", Integer.MAX_VALUE, null);
    }

    private Chart ranked(Selection s, Dashboard dashboard, String key, String name, String prefix, int limit, String note) {
        List<String> x = new ArrayList<>();
        List<Point> declaredPoints = new ArrayList<>();
        List<Point> highPoints = new ArrayList<>();
        long[] total = {0};
        s.bind(jdbc, "select " + key + " as k, min(" + name + ") as label, count(*) as declared,"
                        + " sum(case when r.final_stars >= 4 then 1 else 0 end) as high"
                        + " from declaration d join unit u on u.id = d.unit_id join party_organization b on b.id = d.branch_id"
                        + " left join rating_result r on r.campaign_id = d.campaign_id and r.branch_id = d.branch_id"
                        + " where d.campaign_id = :campaign" + s.where()
                        + " group by " + key + " order by high desc, declared desc, k")
                .query(rs -> {
                    total[0]++;
                    if (x.size() < limit) {
                        int i = x.size();
                        x.add(rs.getString("label"));
                        declaredPoints.add(new Point(i, 0, BigDecimal.valueOf(rs.getLong("declared")),
                                prefix + rs.getString("k") + ":declared"));
                        highPoints.add(new Point(i, 0, BigDecimal.valueOf(rs.getLong("high")),
                                prefix + rs.getString("k") + ":high"));
                    }
                });
        return new Chart(dashboard, "hbar", x, List.of(),
                List.of(new Series(text.text("statistics.series.declaredBranches"), null, declaredPoints),
                        new Series(text.text("statistics.series.highResults"), null, highPoints)),
                note == null || total[0] <= limit ? List.of() : List.of(note));
    }

    /**
     * A unit or branch account's ranking: its own branches by the total they were rated with. Other
     * units never appear, not even unnamed: a unit's place among units would tell it about them.
     */
    public Chart branchesRanked(Selection s) {
        List<String> x = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        s.bind(jdbc, "select b.code, b.name, r.total from rating_result r join party_organization b on b.id = r.branch_id"
                        + " join unit u on u.id = b.unit_id where r.campaign_id = :campaign" + s.where()
                        + " order by r.total desc, b.code")
                .query(rs -> {
                    points.add(new Point(x.size(), 0, rs.getBigDecimal("total").setScale(2, RoundingMode.HALF_UP),
                            "branch:" + rs.getString("code")));
                    x.add(rs.getString("name"));
                });
        return new Chart(Dashboard.UNITS, "hbar", x, List.of(),
                List.of(new Series(text.text("statistics.series.total"), null, points)),
                List.of(text.text("statistics.note.branches")));
    }

    // --- the common problems ---------------------------------------------------------------------------------------

    /**
     * Average points lost per item (the item's maximum less the average score) across the handed-in
     * sheets of each unit category's branches. Each sheet counts once, so a linking branch two
     * groups saw weighs twice: averaging each branch first would make a province's query sort its
     * 300,000 branch-and-item pairs and miss the second it has (the lists show each branch's own
     * average and its number of sheets). The items where every category loses most are the common
     * problems.
     */
    public Chart heatmap(Selection s) {
        RatingStandard standard = sheets.standardOf(s.year());
        Map<String, Map<String, BigDecimal>> byCategory = new TreeMap<>();
        // Item scores carry no year: bounding them by the year's first and last sheet lets the
        // database read that range of the item scores' key instead of every year's scores. The
        // join still picks exactly the year's sheets; the range only narrows what is read.
        Map<String, Object> range = jdbc.sql("select min(id) as first_sheet, max(id) as last_sheet from score_sheet"
                + " where campaign_id = :campaign").param("campaign", s.campaignId()).query().singleRow();
        s.bind(jdbc, "select u.category, v.item_code, avg(v.points) as points"
                        + " from score_sheet s join sheet_value v on v.sheet_id = s.id"
                        + " join party_organization b on b.id = s.branch_id join unit u on u.id = b.unit_id"
                        + " where s.campaign_id = :campaign and s.status <> 'OPEN'"
                        + " and v.sheet_id between :firstSheet and :lastSheet" + s.where()
                        + " group by u.category, v.item_code", "firstSheet", number(range.get("first_sheet")),
                        "lastSheet", number(range.get("last_sheet")))
                .query(rs -> {
                    byCategory.computeIfAbsent(rs.getString("category"), c -> new TreeMap<>())
                            .put(rs.getString("item_code"), rs.getBigDecimal("points"));
                });
        List<Item> items = standard.items().stream()
                .filter(item -> item.max().signum() > 0
                        && byCategory.values().stream().anyMatch(values -> values.containsKey(item.code())))
                .toList();
        List<String> y = new ArrayList<>(byCategory.keySet());
        List<Point> points = new ArrayList<>();
        for (int row = 0; row < y.size(); row++) {
            Map<String, BigDecimal> values = byCategory.get(y.get(row));
            for (int column = 0; column < items.size(); column++) {
                Item item = items.get(column);
                BigDecimal average = values.get(item.code());
                if (average != null) {
                    points.add(new Point(column, row, lost(item, average), y.get(row) + "|" + item.code()));
                }
            }
        }
        return new Chart(Dashboard.HEATMAP, "heatmap", items.stream().map(item -> item.code() + " " + item.name()).toList(),
                y, List.of(new Series(text.text("statistics.series.lost"), null, points)),
                List.of(text.text("statistics.note.heatmap")));
    }

    // --- the groups --------------------------------------------------------------------------------------------------

    /**
     * Each group's severity (the calibration's offset on the total: positive lenient, negative
     * strict) and its agreement (the mean ICC(2,1) over the items), as the decision's calibration
     * estimated them from the branches two groups saw.
     */
    public Chart groups(Selection s) {
        Optional<CalibrationResult> calibration;
        try {
            calibration = decisions.board(s.year()).calibration();
        } catch (Refused notYet) {
            calibration = Optional.empty();
        }
        if (calibration.isEmpty()) {
            return new Chart(Dashboard.GROUPS, "bar", List.of(), List.of(), List.of(),
                    List.of(text.text("statistics.note.noCalibration")));
        }
        List<String> groups = calibration.get().agreement().stream().map(GroupAgreement::group)
                .sorted(Comparator.comparing((String group) -> group.length()).thenComparing(group -> group)).toList();
        List<Point> severity = new ArrayList<>();
        List<Point> agreement = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            int column = i;
            calibration.get().severityOf(group).map(GroupSeverity::offset).ifPresent(offset ->
                    severity.add(new Point(column, 0, offset.setScale(2, RoundingMode.HALF_UP), "group:" + group)));
            calibration.get().agreement().stream().filter(line -> line.group().equals(group)).findFirst()
                    .map(line -> line.items().stream().map(ItemAgreement::icc).flatMap(icc -> icc.computed().stream())
                            .toList())
                    .filter(values -> !values.isEmpty())
                    .ifPresent(values -> agreement.add(new Point(column, 0, values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP), "group:" + group)));
        }
        return new Chart(Dashboard.GROUPS, "bar",
                groups.stream().map(group -> text.text("statistics.x.group", group)).toList(), List.of(),
                List.of(new Series(text.text("statistics.series.severity"), null, severity),
                        new Series(text.text("statistics.series.agreement"), null, agreement)),
                List.of(text.text("statistics.note.groups")));
    }

    // --- rectification ---------------------------------------------------------------------------------------------

    /** Rectification tasks of the year's campaign by unit: closed, in progress, overdue; most overdue first. */
    public Chart rectification(Selection s) {
        LocalDate today = LocalDate.now(clock);
        List<String> x = new ArrayList<>();
        List<Point> closed = new ArrayList<>();
        List<Point> open = new ArrayList<>();
        List<Point> overdue = new ArrayList<>();
        long[] total = {0};
        s.bind(jdbc, "select u.code, min(u.name) as name,"
                        + " sum(case when t.status = 'CLOSED' then 1 else 0 end) as closed,"
                        + " sum(case when t.status <> 'CLOSED' and not (" + OVERDUE + ") then 1 else 0 end) as open_count,"
                        + " sum(case when " + OVERDUE + " then 1 else 0 end) as overdue"
                        + " from rectification_task t join unit u on u.id = t.unit_id"
                        + " left join party_organization b on b.id = t.branch_id"
                        + " where t.campaign_id = :campaign" + s.where()
                        + " group by u.code order by overdue desc, open_count desc, u.code", "today", today)
                .query(rs -> {
                    total[0]++;
                    if (x.size() < RANKED) {
                        int i = x.size();
                        String code = rs.getString("code");
                        x.add(rs.getString("name"));
                        closed.add(new Point(i, 0, BigDecimal.valueOf(rs.getLong("closed")), code + ":closed"));
                        open.add(new Point(i, 0, BigDecimal.valueOf(rs.getLong("open_count")), code + ":open"));
                        overdue.add(new Point(i, 0, BigDecimal.valueOf(rs.getLong("overdue")), code + ":overdue"));
                    }
                });
        List<String> notes = new ArrayList<>();
        notes.add(text.text("statistics.note.rectification", today.toString()));
        if (total[0] > RANKED) {
            notes.add(text.text("statistics.note.top", String.valueOf(RANKED)));
        }
        return new Chart(Dashboard.RECTIFICATION, "hbar", x, List.of(),
                List.of(new Series(text.text("statistics.series.overdue"), "tasks", overdue),
                        new Series(text.text("statistics.series.open"), "tasks", open),
                        new Series(text.text("statistics.series.closed"), "tasks", closed)), notes);
    }

    /** A task the owner still has to answer whose deadline has passed, as the ledger counts it. */
    private static final String OVERDUE = "t.status in ('OPEN', 'REOPENED') and t.deadline < :today";

    // --- the lists behind the figures -----------------------------------------------------------------------------

    /**
     * The rows behind one figure of a dashboard: the key must be one of the figures the caller's
     * chart shows (so a key can neither name another unit nor anything the caller may not see),
     * and the rows are selected under the same scope.
     */
    public DrillDown list(Dashboard dashboard, Selection s, String key) {
        Chart chart = chart(dashboard, s);
        String title = title(chart, key).orElseThrow(() -> new Refused("statistics.unknownKey", key == null ? "" : key));
        String[] part = key.split(":", -1);
        List<String> headers = new ArrayList<>(List.of(text.text("statistics.column.branchCode"),
                text.text("statistics.column.branch"), text.text("statistics.column.unitCode"),
                text.text("statistics.column.unit"), text.text("statistics.column.category")));
        List<List<Object>> rows = switch (dashboard) {
            case PROGRESS -> progressRows(s, part, headers);
            case STARS -> levelRows(s, Integer.parseInt(part[0]), part[1], headers);
            case TREND -> part[0].equals("declared")
                    ? declarationRows(s, Integer.parseInt(part[1]), "d.target_level = :value", Integer.parseInt(part[2]), headers)
                    : resultRows(s, Integer.parseInt(part[1]), "r.final_stars = :value", Integer.parseInt(part[2]), headers);
            case KINDS -> declarationRows(s, Integer.parseInt(part[1]), "d.kind = :value", part[2], headers);
            case UNITS, CATEGORIES -> rankedRows(s, part, headers);
            case HEATMAP -> itemRows(s, key, headers);
            case GROUPS -> groupRows(s, part[1], headers);
            case RECTIFICATION -> taskRows(s, part[0], part[1], headers);
            case VISITS -> throw new Refused("statistics.unknownDashboard", dashboard.path());
        };
        return new DrillDown(text.text(dashboard.messageKey()) + " · " + title, headers, rows);
    }

    private static Optional<String> title(Chart chart, String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (Series series : chart.series()) {
            for (Point point : series.points()) {
                if (key.equals(point.key())) {
                    String where = chart.y().isEmpty() ? chart.x().get(point.x())
                            : chart.y().get(point.y()) + " · " + chart.x().get(point.x());
                    return Optional.of(chart.series().size() > 1 || !chart.y().isEmpty()
                            ? where + " · " + series.name() : where);
                }
            }
        }
        return Optional.empty();
    }

    private List<List<Object>> progressRows(Selection s, String[] part, List<String> headers) {
        return switch (part[0]) {
            case "declaration" -> declarationRows(s, s.year(), "d.status = :value", part[1], headers);
            case "visit" -> {
                headers.add(text.text("statistics.column.visited"));
                yield rows(s, "select " + BRANCH_COLUMNS + ", max(case when r.branch_id is not null then 1 else 0 end) as done"
                        + " from planned_visit pv join visit_plan vp on vp.id = pv.plan_id"
                        + " join party_organization b on b.code = pv.branch_code join unit u on u.id = b.unit_id"
                        + " left join (select distinct branch_id from branch_review where campaign_id = :campaign) r"
                        + " on r.branch_id = b.id where vp.campaign_id = :campaign and vp.published_at is not null"
                        + s.where() + " group by b.code, b.name, u.code, u.name, u.category"
                        + ("done".equals(part[1]) ? " having max(case when r.branch_id is not null then 1 else 0 end) = 1" : "")
                        + " order by b.code",
                        rs -> List.of(text.text(rs.getInt("done") == 1 ? "statistics.yes" : "statistics.no")));
            }
            case "sheet" -> {
                headers.add(text.text("statistics.column.group"));
                headers.add(text.text("statistics.column.status"));
                yield rows(s, "select " + BRANCH_COLUMNS + ", s.group_number, s.status from score_sheet s"
                        + " join party_organization b on b.id = s.branch_id join unit u on u.id = b.unit_id"
                        + " where s.campaign_id = :campaign and s.status = :value" + s.where() + " order by b.code, s.id",
                        rs -> List.of(text.text("statistics.x.group", String.valueOf(rs.getInt("group_number"))),
                                text.text("scoring.status." + rs.getString("status"))), "value", part[1]);
            }
            case "result" -> resultRows(s, s.year(), "1 = 1", null, headers);
            case "objection" -> {
                headers.add(text.text("statistics.column.receipt"));
                headers.add(text.text("statistics.column.status"));
                yield rows(s, "select " + BRANCH_COLUMNS + ", o.receipt, o.status from objection o"
                        + " join party_organization b on b.id = o.branch_id join unit u on u.id = b.unit_id"
                        + " where o.campaign_id = :campaign" + s.where() + " order by o.sequence",
                        rs -> List.of(rs.getString("receipt"), text.text("statistics.objection." + rs.getString("status"))));
            }
            default -> levelRows(s, s.year(), "all", headers);
        };
    }

    private List<List<Object>> declarationRows(Selection s, int year, String condition, Object value, List<String> headers) {
        headers.add(text.text("statistics.column.kind"));
        headers.add(text.text("statistics.column.target"));
        headers.add(text.text("statistics.column.status"));
        return rows(s, "select " + BRANCH_COLUMNS + ", d.kind, d.target_level, d.status from declaration d"
                        + " join campaign c on c.id = d.campaign_id join unit u on u.id = d.unit_id"
                        + " join party_organization b on b.id = d.branch_id where c.year = :listYear and " + condition
                        + s.where() + " order by b.code",
                rs -> List.of(text.text("declaration.kind." + rs.getString("kind")), rs.getInt("target_level"),
                        text.text("declaration.status." + rs.getString("status"))), "listYear", year, "value", value);
    }

    private List<List<Object>> resultRows(Selection s, int year, String condition, Object value, List<String> headers) {
        headers.add(text.text("statistics.column.total"));
        headers.add(text.text("statistics.column.stars"));
        return rows(s, "select " + BRANCH_COLUMNS + ", r.total, r.final_stars from rating_result r"
                        + " join campaign c on c.id = r.campaign_id join party_organization b on b.id = r.branch_id"
                        + " join unit u on u.id = b.unit_id where c.year = :listYear and " + condition + s.where()
                        + " order by r.total desc, b.code",
                rs -> List.of(rs.getBigDecimal("total").setScale(2, RoundingMode.HALF_UP), rs.getInt("final_stars")),
                "listYear", year, "value", value);
    }

    private List<List<Object>> levelRows(Selection s, int year, String level, List<String> headers) {
        headers.add(text.text("statistics.column.stars"));
        headers.add(text.text("statistics.column.redFlag"));
        String condition = switch (level) {
            case "all" -> "";
            case "red" -> " and l.red_flag = true";
            default -> " and l.stars = " + Integer.parseInt(level);
        };
        return rows(s, "select " + BRANCH_COLUMNS + ", l.stars, l.red_flag from organization_level l" + HELD_AS_OF
                        + " join party_organization b on b.id = l.party_organization join unit u on u.id = b.unit_id"
                        + " where 1 = 1" + condition + s.where() + " order by b.code",
                rs -> List.of(rs.getInt("stars"), text.text(rs.getBoolean("red_flag") ? "statistics.yes" : "statistics.no")),
                "asOf", year);
    }

    private List<List<Object>> rankedRows(Selection s, String[] part, List<String> headers) {
        headers.add(text.text("statistics.column.target"));
        headers.add(text.text("statistics.column.total"));
        headers.add(text.text("statistics.column.stars"));
        String condition = switch (part[0]) {
            case "unit" -> " and u.code = :value";
            case "category" -> " and u.category = :value";
            default -> " and b.code = :value";
        };
        String high = part.length > 2 && part[2].equals("high") ? " and r.final_stars >= 4" : "";
        return rows(s, "select " + BRANCH_COLUMNS + ", d.target_level, r.total, r.final_stars from declaration d"
                        + " join unit u on u.id = d.unit_id join party_organization b on b.id = d.branch_id"
                        + " left join rating_result r on r.campaign_id = d.campaign_id and r.branch_id = d.branch_id"
                        + " where d.campaign_id = :campaign" + condition + high + s.where()
                        + " order by r.total desc nulls last, b.code",
                rs -> {
                    BigDecimal total = rs.getBigDecimal("total");
                    int stars = rs.getInt("final_stars");
                    List<Object> cells = new ArrayList<>();
                    cells.add(rs.getInt("target_level"));
                    cells.add(total == null ? "" : total.setScale(2, RoundingMode.HALF_UP));
                    cells.add(total == null ? "" : stars);
                    return cells;
                }, "value", part[1]);
    }

    private List<List<Object>> itemRows(Selection s, String key, List<String> headers) {
        String category = key.substring(0, key.lastIndexOf('|'));
        String code = key.substring(key.lastIndexOf('|') + 1);
        Item item = sheets.standardOf(s.year()).item(code).orElseThrow(() -> new Refused("statistics.unknownKey", key));
        headers.add(text.text("statistics.column.item"));
        headers.add(text.text("statistics.column.sheets"));
        headers.add(text.text("statistics.column.points"));
        headers.add(text.text("statistics.column.lost"));
        return rows(s, "select " + BRANCH_COLUMNS + ", count(*) as sheets, avg(v.points) as points from score_sheet s"
                        + " join sheet_value v on v.sheet_id = s.id join party_organization b on b.id = s.branch_id"
                        + " join unit u on u.id = b.unit_id where s.campaign_id = :campaign and s.status <> 'OPEN'"
                        + " and v.item_code = :item and u.category = :itemCategory" + s.where()
                        + " group by b.code, b.name, u.code, u.name, u.category order by avg(v.points), b.code",
                rs -> {
                    BigDecimal points = rs.getBigDecimal("points");
                    return List.of(item.code() + " " + item.name(), rs.getInt("sheets"),
                            points.setScale(2, RoundingMode.HALF_UP), lost(item, points));
                }, "item", code, "itemCategory", category);
    }

    private List<List<Object>> groupRows(Selection s, String group, List<String> headers) {
        headers.add(text.text("statistics.column.sheets"));
        headers.add(text.text("statistics.column.sheetTotal"));
        return rows(s, "select " + BRANCH_COLUMNS + ", count(*) as sheets, avg(t.total) as total from ("
                        + " select s.id, s.branch_id, sum(v.points) as total from score_sheet s join sheet_value v on v.sheet_id = s.id"
                        + " where s.campaign_id = :campaign and s.status <> 'OPEN' and cast(s.group_number as varchar(10)) = :group"
                        + " group by s.id, s.branch_id) t join party_organization b on b.id = t.branch_id"
                        + " join unit u on u.id = b.unit_id where 1 = 1" + s.where()
                        + " group by b.code, b.name, u.code, u.name, u.category order by b.code",
                rs -> List.of(rs.getInt("sheets"), rs.getBigDecimal("total").setScale(2, RoundingMode.HALF_UP)),
                "group", group);
    }

    private List<List<Object>> taskRows(Selection s, String unitCode, String state, List<String> headers) {
        headers.add(text.text("statistics.column.task"));
        headers.add(text.text("statistics.column.severity"));
        headers.add(text.text("statistics.column.status"));
        headers.add(text.text("statistics.column.deadline"));
        String condition = switch (state) {
            case "closed" -> "t.status = 'CLOSED'";
            case "overdue" -> OVERDUE;
            default -> "t.status <> 'CLOSED' and not (" + OVERDUE + ")";
        };
        return rows(s, "select coalesce(b.code, '') as branch_code, coalesce(b.name, '') as branch_name, u.code as unit_code,"
                        + " u.name as unit_name, u.category as category, t.text, t.severity, t.status, t.deadline"
                        + " from rectification_task t join unit u on u.id = t.unit_id left join party_organization b on b.id = t.branch_id"
                        + " where t.campaign_id = :campaign and u.code = :taskUnit and " + condition + s.where()
                        + " order by t.deadline, t.id",
                rs -> List.of(rs.getString("text"), text.text("scoring.severity." + rs.getString("severity")),
                        text.text("rectification.status." + rs.getString("status")), rs.getDate("deadline").toString()),
                "taskUnit", unitCode, "today", LocalDate.now(clock));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private interface Cells {
        List<Object> of(java.sql.ResultSet rs) throws java.sql.SQLException;
    }

    private List<List<Object>> rows(Selection s, String sql, Cells extra, Object... parameters) {
        return s.bind(jdbc, sql, parameters).query((rs, n) -> {
            List<Object> row = new ArrayList<>(List.of(rs.getString("branch_code"), rs.getString("branch_name"),
                    rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("category")));
            row.addAll(extra.of(rs));
            return row;
        }).list();
    }

    private void byYearAndLevel(Selection s, String sql, Map<Integer, Map<Integer, Long>> into) {
        s.bind(jdbc, sql).query(rs -> {
            into.computeIfAbsent(rs.getInt("year"), y -> new TreeMap<>()).put(rs.getInt("level"), rs.getLong("n"));
        });
    }

    private Map<String, Long> countBy(Selection s, String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        s.bind(jdbc, sql).query(rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }

    private long count(Selection s, String sql) {
        return s.bind(jdbc, sql).query(Long.class).single();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static void add(List<String> x, List<Point> points, String label, long value, String key) {
        points.add(new Point(x.size(), 0, BigDecimal.valueOf(value), key));
        x.add(label);
    }

    private static BigDecimal lost(Item item, BigDecimal average) {
        return item.max().subtract(average).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    /** A level's counts year by year; only a year with a campaign has rows behind its figure. */
    private static Series yearSeries(String name, String stack, TreeSet<Integer> years,
            Map<Integer, Map<Integer, Long>> counts, int level, Set<Integer> campaignYears, String prefix) {
        List<Point> points = new ArrayList<>();
        for (int year : years) {
            long n = counts.getOrDefault(year, Map.of()).getOrDefault(level, 0L);
            points.add(new Point(points.size(), 0, BigDecimal.valueOf(n),
                    campaignYears.contains(year) ? prefix + year + ":" + level : null));
        }
        return new Series(name, stack, points);
    }

    /** This year's count against last year's in the house wording; "上年无" when last year had none. */
    private String change(long now, long before) {
        if (before == 0) {
            return text.text("statistics.note.noneBefore");
        }
        YearOnYear change = YearOnYear.of(now, before);
        return text.text(change.messageKey(), change.arguments());
    }
}
