package org.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.RatingDecisions;
import org.xingping.declaration.DeclarationOverview;
import org.xingping.declaration.DeclarationStatus;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.Unit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.YearOnYear;
import org.xingping.reporting.statistics.Chart;
import org.xingping.reporting.statistics.Dashboard;
import org.xingping.reporting.statistics.DrillDown;
import org.xingping.reporting.statistics.Selection;
import org.xingping.reporting.statistics.Statistics;
import org.xingping.reporting.statistics.StatisticsFilter;
import org.xingping.support.SignedIn;
import org.xingping.support.XingPingTest;

/**
 * The statistics of a confirmed campaign of its own year (the review report's fixture: five units
 * scored, findings recorded, decided) against counts taken independently (the declarations'
 * overview, the confirmed results, the level history), each role's scope (a unit sees its own
 * branches only, even in rankings; a branch its branch; observers no statistics), the refusals of
 * filters outside the data or the scope, and a list exported and read back.
 */
@XingPingTest
class StatisticsTests {

    static final int YEAR = 2075;
    static final String MINE = "U015";
    static final String OTHER = "U016";

    @Autowired
    Statistics statistics;
    @Autowired
    DeclarationOverview overview;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.MessageSource messages;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @org.junit.jupiter.api.BeforeEach
    void confirmedCampaign() {
        // The figures' labels and the export's headers in the users' language.
        org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        ReportFixtures.confirmedCampaignWithFindings(context, YEAR);
    }

    Selection committee() {
        return statistics.select(new StatisticsFilter(YEAR, null, null), DataScope.all());
    }

    long unitId(String code) {
        return registry.unitByCode(code).map(Unit::getId).orElseThrow();
    }

    static Map<String, BigDecimal> figures(Chart chart, int series) {
        return chart.series().get(series).points().stream()
                .collect(Collectors.toMap(point -> chart.x().get(point.x()), Chart.Point::value));
    }

    static BigDecimal value(Chart chart, String key) {
        return chart.series().stream().flatMap(series -> series.points().stream())
                .filter(point -> key.equals(point.key())).map(Chart.Point::value).findFirst().orElseThrow();
    }

    @Test
    void progressCountsWhatTheDeclarationsAndTheDecisionCount() {
        Chart progress = statistics.progress(committee());
        var declared = overview.of(campaigns.require(YEAR), DataScope.all());
        for (DeclarationStatus status : DeclarationStatus.values()) {
            assertThat(value(progress, "declaration:" + status.name()).longValue())
                    .isEqualTo(declared.byStatus().getOrDefault(status, 0L));
        }
        assertThat(declared.total()).isPositive();
        List<DecidedBranch> results = decisions.confirmedResults(YEAR);
        assertThat(value(progress, "result:all").longValue()).isEqualTo(results.size());
        assertThat(results).isNotEmpty();
        // Confirmed, not yet designated: no level of the year counts as designated.
        assertThat(value(progress, "designated:all").longValue()).isZero();
        assertThat(value(progress, "visit:done")).isLessThanOrEqualTo(value(progress, "visit:planned"));
        assertThat(value(progress, "visit:done").longValue()).isPositive();
        assertThat(value(progress, "objection:all").longValue()).isZero();
        long submitted = jdbc.sql("select count(*) from score_sheet s join campaign c on c.id = s.campaign_id"
                + " where c.year = :y and s.status <> 'OPEN'").param("y", YEAR).query(Long.class).single();
        assertThat(value(progress, "sheet:SUBMITTED").add(value(progress, "sheet:FINALISED")).longValue()).isEqualTo(submitted);
    }

    @Test
    void starsThisYearAgainstLastYearAreTheLevelHistory() {
        Chart stars = statistics.stars(committee());
        Map<Integer, Long> now = overview.heldIn(YEAR);
        Map<Integer, Long> before = overview.heldIn(YEAR - 1);
        for (int level = 1; level <= 5; level++) {
            assertThat(value(stars, YEAR + ":" + level).longValue()).isEqualTo(now.getOrDefault(level, 0L));
            assertThat(value(stars, (YEAR - 1) + ":" + level).longValue()).isEqualTo(before.getOrDefault(level, 0L));
        }
        DrillDown fives = statistics.list(Dashboard.STARS, committee(), (YEAR - 1) + ":5");
        assertThat((long) fives.rows().size()).isEqualTo(before.getOrDefault(5, 0L));

        // Counted on their own from the registry: each branch holds its latest level up to the year,
        // so one that did not declare this year keeps last year's stars.
        for (int year : List.of(YEAR - 1, YEAR)) {
            Map<Integer, Long> held = new java.util.HashMap<>();
            registry.levelsByBranch().values().forEach(levels -> levels.keySet().stream().filter(y -> y <= year)
                    .max(Integer::compare).ifPresent(latest -> held.merge(levels.get(latest), 1L, Long::sum)));
            for (int level = 1; level <= 5; level++) {
                assertThat(value(stars, year + ":" + level).longValue()).as("%s, %s stars", year, level)
                        .isEqualTo(held.getOrDefault(level, 0L));
            }
        }
    }

    @Test
    void trendWordsTheChangeAsTheReviewReportDoes() {
        Chart trend = statistics.trend(committee());
        assertThat(trend.x()).contains(YEAR + "年");
        Map<Integer, Long> declared = overview.declaredIn(YEAR);
        Map<Integer, Long> lastYear = overview.declaredIn(YEAR - 1);
        declared.forEach((level, n) -> {
            YearOnYear change = YearOnYear.of(n, lastYear.getOrDefault(level, 0L));
            assertThat(trend.notes()).contains(messages.getMessage("overview.sentence", new Object[] {level, String.valueOf(n),
                    messages.getMessage(change.messageKey(), change.arguments(), Locale.SIMPLIFIED_CHINESE)}, Locale.SIMPLIFIED_CHINESE));
        });
        declared.forEach((level, n) -> assertThat(value(trend, "declared:" + YEAR + ":" + level).longValue()).isEqualTo(n));
        long fiveStars = decisions.confirmedResults(YEAR).stream().filter(result -> result.stars() == 5).count();
        assertThat(value(trend, "result:" + YEAR + ":5").longValue()).isEqualTo(fiveStars);
        DrillDown fives = statistics.list(Dashboard.TREND, committee(), "declared:" + YEAR + ":5");
        assertThat((long) fives.rows().size()).isEqualTo(declared.getOrDefault(5, 0L));
    }

    @Test
    void unitsAreRankedByBranchesRatedFourStarsOrMore() {
        Chart units = statistics.units(committee());
        List<BigDecimal> high = units.series().get(1).points().stream().map(Chart.Point::value).toList();
        assertThat(high).isSortedAccordingTo((a, b) -> b.compareTo(a));
        String first = units.series().get(1).points().get(0).key();
        String unitCode = first.split(":")[1];
        long independent = decisions.confirmedResults(YEAR).stream()
                .filter(result -> result.stars() >= 4 && result.branchCode().startsWith(unitCode + "-")).count();
        assertThat(high.get(0).longValue()).isEqualTo(independent);
        DrillDown list = statistics.list(Dashboard.UNITS, committee(), first);
        assertThat(list.rows()).hasSize((int) independent).allMatch(row -> row.get(2).equals(unitCode));
    }

    @Test
    void heatmapCellIsTheAverageLossOverTheCategorysSheets() {
        Chart heatmap = statistics.heatmap(committee());
        assertThat(heatmap.y()).isNotEmpty();
        Chart.Point worst = heatmap.series().get(0).points().stream().max((a, b) -> a.value().compareTo(b.value())).orElseThrow();
        DrillDown branches = statistics.list(Dashboard.HEATMAP, committee(), worst.key());
        // The cell weighs each sheet once: the branches' averages weighted by their sheets.
        BigDecimal weighted = BigDecimal.ZERO;
        long sheets = 0;
        for (List<Object> row : branches.rows()) {
            int n = (Integer) row.get(6);
            weighted = weighted.add(new BigDecimal(row.get(7).toString()).multiply(BigDecimal.valueOf(n)));
            sheets += n;
        }
        String item = worst.key().substring(worst.key().lastIndexOf('|') + 1);
        BigDecimal max = context.getBean(org.xingping.scoring.ScoreSheets.class).standardOf(YEAR).item(item).orElseThrow().max();
        BigDecimal lost = max.subtract(weighted.divide(BigDecimal.valueOf(sheets), 4, java.math.RoundingMode.HALF_UP));
        // Each branch's average is rounded to two places, so the cell may differ in the last place.
        assertThat(lost.subtract(worst.value()).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(branches.rows()).allMatch(row -> row.get(4).equals(heatmap.y().get(worst.y())));
    }

    @Test
    void groupsShowTheCalibratedSeverities() {
        Chart groups = statistics.groups(committee());
        var calibration = decisions.board(YEAR).calibration().orElseThrow();
        assertThat(calibration.severities()).isNotEmpty();
        assertThat(groups.x()).hasSize(calibration.agreement().size());
        assertThat(groups.series().get(0).points()).hasSize(calibration.severities().size());
        BigDecimal sum = groups.series().get(0).points().stream().map(Chart.Point::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        // The offsets sum to zero, up to the rounding of each to two places.
        assertThat(sum.abs()).isLessThan(new BigDecimal("0.05"));
    }

    @Test
    void rectificationCountsEveryTaskOfTheYearOnce() {
        Chart rectification = statistics.rectification(committee());
        long tasks = jdbc.sql("select count(*) from rectification_task t join campaign c on c.id = t.campaign_id where c.year = :y")
                .param("y", YEAR).query(Long.class).single();
        long shown = rectification.series().stream().flatMap(series -> series.points().stream())
                .mapToLong(point -> point.value().longValue()).sum();
        long units = jdbc.sql("select count(distinct t.unit_id) from rectification_task t join campaign c on c.id = t.campaign_id where c.year = :y")
                .param("y", YEAR).query(Long.class).single();
        if (units <= 30) {
            assertThat(shown).isEqualTo(tasks);
        }
    }

    @Test
    void aUnitSeesOnlyItsOwnUnitEvenInRankings() {
        long u001 = unitId(MINE);
        Selection mine = statistics.select(new StatisticsFilter(YEAR, null, null), DataScope.unit(u001));
        assertThat(mine.unitCode()).isEqualTo(MINE);
        Chart ranked = statistics.chart(Dashboard.UNITS, mine);
        assertThat(ranked.series().get(0).points()).isNotEmpty()
                .allMatch(point -> point.key().startsWith("branch:" + MINE + "-"));
        assertThat(statistics.dashboards(mine)).doesNotContain(Dashboard.CATEGORIES, Dashboard.GROUPS);
        assertThatThrownBy(() -> statistics.chart(Dashboard.GROUPS, mine)).isInstanceOf(Refused.class)
                .hasMessage("statistics.committeeOnly");
        Chart progress = statistics.progress(mine);
        long mineDeclared = overview.of(campaigns.require(YEAR), DataScope.unit(u001)).total();
        assertThat(progress.series().get(0).points().stream().filter(point -> point.key().startsWith("declaration:"))
                .mapToLong(point -> point.value().longValue()).sum()).isEqualTo(mineDeclared);
        String declaredKey = progress.series().get(0).points().stream()
                .filter(point -> point.key().startsWith("declaration:") && point.value().signum() > 0).findFirst().orElseThrow().key();
        DrillDown list = statistics.list(Dashboard.PROGRESS, mine, declaredKey);
        assertThat(list.rows()).isNotEmpty().allMatch(row -> row.get(2).equals(MINE));
        Chart heatmap = statistics.heatmap(mine);
        assertThat(heatmap.y()).containsExactly(registry.unitByCode(MINE).orElseThrow().getCategory());
        // Another unit's key is not a figure of u001's chart: refused, never listed.
        assertThatThrownBy(() -> statistics.list(Dashboard.UNITS, mine, "branch:" + OTHER + "-B01"))
                .isInstanceOf(Refused.class).hasMessage("statistics.unknownKey");
        assertThatThrownBy(() -> statistics.select(new StatisticsFilter(YEAR, null, OTHER), DataScope.unit(u001)))
                .isInstanceOf(Refused.class).hasMessage("statistics.outsideScope");
    }

    @Test
    void aBranchSeesOnlyItsBranch() {
        long u001 = unitId(MINE);
        String code = decisions.confirmedResults(YEAR).stream().map(DecidedBranch::branchCode)
                .filter(branchCode -> branchCode.startsWith(MINE + "-")).findFirst().orElseThrow();
        long branch = jdbc.sql("select id from party_organization where code = :c").param("c", code).query(Long.class).single();
        Selection mine = statistics.select(new StatisticsFilter(YEAR, null, null), DataScope.organization(u001, branch));
        Chart ranked = statistics.chart(Dashboard.UNITS, mine);
        assertThat(ranked.series().get(0).points()).extracting(Chart.Point::key).containsExactly("branch:" + code);
        Chart stars = statistics.stars(mine);
        assertThat(stars.series().get(1).points().stream().mapToLong(point -> point.value().longValue()).sum())
                .isLessThanOrEqualTo(2);
        assertThat(statistics.rectification(mine).series().stream().flatMap(series -> series.points().stream())
                .allMatch(point -> point.key().startsWith(MINE + ":"))).isTrue();
    }

    @Test
    void refusesFiltersOutsideTheDataWithTheReason() {
        assertThatThrownBy(() -> statistics.select(new StatisticsFilter(2099, null, null), DataScope.all()))
                .isInstanceOf(Refused.class).hasMessage("statistics.unknownYear");
        assertThatThrownBy(() -> statistics.select(new StatisticsFilter(YEAR, "火星机关", null), DataScope.all()))
                .isInstanceOf(Refused.class).hasMessage("statistics.unknownCategory");
        assertThatThrownBy(() -> statistics.select(new StatisticsFilter(YEAR, null, "U999"), DataScope.all()))
                .isInstanceOf(Refused.class).hasMessage("statistics.unknownUnit");
        String category = registry.unitByCode(MINE).orElseThrow().getCategory();
        String other = registry.categories().stream().filter(c -> !c.equals(category)).findFirst().orElseThrow();
        assertThatThrownBy(() -> statistics.select(new StatisticsFilter(YEAR, other, MINE), DataScope.all()))
                .isInstanceOf(Refused.class).hasMessage("statistics.unitNotInCategory");
        assertThatThrownBy(() -> statistics.select(StatisticsFilter.none(), DataScope.none()))
                .isInstanceOf(Refused.class).hasMessage("statistics.noScope");
        assertThatThrownBy(() -> statistics.list(Dashboard.STARS, committee(), YEAR + ":9"))
                .isInstanceOf(Refused.class).hasMessage("statistics.unknownKey");
        assertThatThrownBy(() -> Dashboard.of("weather")).isInstanceOf(Refused.class);
    }

    @Test
    void aCategoryNarrowsEveryFigureToItsUnits() {
        String category = registry.unitByCode(MINE).orElseThrow().getCategory();
        Selection narrowed = statistics.select(new StatisticsFilter(YEAR, category, null), DataScope.all());
        long declared = jdbc.sql("select count(*) from declaration d join campaign c on c.id = d.campaign_id"
                        + " join unit u on u.id = d.unit_id where c.year = :y and u.category = :c")
                .param("y", YEAR).param("c", category).query(Long.class).single();
        assertThat(statistics.progress(narrowed).series().get(0).points().stream()
                .filter(point -> point.key().startsWith("declaration:")).mapToLong(point -> point.value().longValue()).sum())
                .isEqualTo(declared);
        assertThat(statistics.heatmap(narrowed).y()).containsExactly(category);
    }

    // --- the pages -----------------------------------------------------------------------------------------

    @Test
    void observersAndTheSystemAdministratorHaveNoStatistics() throws Exception {
        for (Role role : List.of(Role.OBSERVER, Role.GROUP_LEADER, Role.SYSTEM_ADMINISTRATOR)) {
            mvc.perform(get("/statistics").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
            mvc.perform(get("/statistics/progress/list").param("key", "result:all").with(user(SignedIn.as(role))))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/statistics/data/progress").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
        }
    }

    @Test
    void pagesAnswerEachRoleWithinItsScopeAndRefuseWithReasons() throws Exception {
        CurrentUser gongwei = SignedIn.as(Role.COMMITTEE_ADMINISTRATOR, null, null);
        mvc.perform(get("/statistics").param("year", String.valueOf(YEAR)).with(user(gongwei))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("dashboard-heatmap")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("dashboard-groups")));
        mvc.perform(get("/statistics/data/stars").param("year", String.valueOf(YEAR)).with(user(gongwei)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.chart.dashboard").value("STARS"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.listBase")
                        .value("/statistics/stars/list?year=" + YEAR));
        mvc.perform(get("/statistics").param("year", "2099").with(user(gongwei))).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("年度“2099”没有创建工作")));
        mvc.perform(get("/statistics").param("category", "火星机关").with(user(gongwei))).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("单位类别“火星机关”不存在")));
        CurrentUser u001 = SignedIn.as(Role.UNIT_COMMITTEE, unitId(MINE), null);
        mvc.perform(get("/statistics").param("year", String.valueOf(YEAR)).with(user(u001))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("dashboard-groups"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(OTHER))));
        mvc.perform(get("/statistics").param("unit", OTHER).with(user(u001))).andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("单位“U016”不在您的查看范围内")));
        mvc.perform(get("/statistics/data/groups").param("year", String.valueOf(YEAR)).with(user(u001)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/statistics/groups/list").param("year", String.valueOf(YEAR)).param("key", "group:1")
                .with(user(u001))).andExpect(status().isBadRequest());
        mvc.perform(get("/statistics/units/list").param("year", String.valueOf(YEAR)).param("key", "unit:" + OTHER + ":declared")
                .with(user(u001)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void exportsExactlyTheRowsOfTheList() throws Exception {
        CurrentUser gongwei = SignedIn.as(Role.COMMITTEE_ADMINISTRATOR, null, null);
        DrillDown list = statistics.list(Dashboard.PROGRESS, committee(), "result:all");
        assertThat(list.rows()).isNotEmpty();
        byte[] file = mvc.perform(get("/statistics/progress/export").param("year", String.valueOf(YEAR)).param("key", "result:all")
                        .with(user(gongwei)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> read = readXlsx(file);
        assertThat(read.get(0)).isEqualTo(list.headers());
        assertThat(read).hasSize(list.rows().size() + 1);
        for (int i = 0; i < list.rows().size(); i++) {
            assertThat(read.get(i + 1)).isEqualTo(list.rows().get(i).stream().map(String::valueOf).toList());
        }
        mvc.perform(get("/statistics/progress/list").param("year", String.valueOf(YEAR)).param("key", "result:all").with(user(gongwei)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(String.valueOf(list.rows().get(0).get(0)))));
    }

    static List<List<String>> readXlsx(byte[] file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
