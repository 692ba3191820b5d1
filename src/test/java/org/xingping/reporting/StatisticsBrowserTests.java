package org.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationOverview;
import org.xingping.platform.UserAccountManagement;
import org.xingping.reporting.statistics.Chart;
import org.xingping.reporting.statistics.Statistics;
import org.xingping.scoring.SheetStatus;
import org.xingping.support.DemoBrowserTest;

/**
 * The statistics of the demo's reference year in a real browser: gongwei sees every chart drawn,
 * opens the list behind "2021年 five stars" from the figures under the chart, and exports it;
 * u001 sees only its own unit, and a click on a bar of its chart opens the list of its branches.
 */
class StatisticsBrowserTests extends DemoBrowserTest {

    static final int YEAR = 2021;

    @Autowired
    DeclarationOverview overview;
    @Autowired
    Statistics statistics;
    @Autowired
    UserAccountManagement accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CampaignManagement campaigns;

    @Test
    void anObserverSeesItsOwnGroupsVisitsOnItsHomePage() {
        // An observer's home counts the current campaign, which another walk may have moved on.
        campaigns.makeCurrent(YEAR);
        // The demo's groups finalised every branch their published plan gave them.
        Chart chart = statistics.visits(accounts.signInCandidate("obs07").orElseThrow()).orElseThrow();
        List<Long> figures = chart.series().get(0).points().stream().map(point -> point.value().longValue()).toList();
        long sheets = jdbc.sql("""
                        select count(*) from score_sheet s join observer o on o.id = s.observer_id
                             join campaign c on c.id = s.campaign_id
                        where c.year = 2021 and o.username = 'obs07' and s.status = 'FINALISED'""")
                .query(Long.class).single();
        long groupBranches = jdbc.sql("""
                        select count(distinct s.branch_id) from score_sheet s join campaign c on c.id = s.campaign_id
                        where c.year = 2021 and s.group_number = (select s2.group_number from score_sheet s2
                              join observer o on o.id = s2.observer_id where o.username = 'obs07' and s2.campaign_id = c.id
                              fetch first 1 rows only)""")
                .query(Long.class).single();
        // Planned, finalised, then the observer's own sheets in the order of their states.
        assertThat(figures).hasSize(2 + SheetStatus.values().length);
        assertThat(figures.get(0)).isEqualTo(groupBranches).isPositive();
        assertThat(figures.get(1)).isEqualTo(groupBranches);
        assertThat(figures.get(2 + SheetStatus.FINALISED.ordinal())).isEqualTo(sheets);
        assertThat(sheets).isPositive().isLessThanOrEqualTo(groupBranches);

        browser.logIn("obs07", PASSWORD);
        browser.waitFor(Duration.ofSeconds(15), driver -> driver.findElements(By.cssSelector("#home-chart-visits canvas"))
                .isEmpty() ? null : true);
        assertThat(browser.text()).contains("本组观摩进度");
        browser.open("/statistics");
        assertThat(browser.text()).doesNotContain("创建进度");
    }

    @Test
    void committeeDrillsFromAChartToItsListAndExportsIt() throws Exception {
        // The home page draws the campaign's progress and the levels against last year, and leads here.
        browser.logIn("gongwei", PASSWORD);
        browser.waitFor(Duration.ofSeconds(15), driver -> driver.findElements(By.cssSelector("#home-chart-progress canvas"))
                .isEmpty() ? null : true);
        assertThat(browser.findAll(By.cssSelector("#home-chart-stars .chart"))).hasSize(1);
        browser.open("/statistics?year=" + YEAR);
        // ECharts drew every dashboard on a canvas (the last card is the rectification's).
        browser.waitFor(By.id("dashboard-rectification"));
        List<WebElement> charts = browser.findAll(By.cssSelector(".statistics-card .chart"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(9);
        browser.waitFor(Duration.ofSeconds(15), driver -> driver.findElements(By.cssSelector(".statistics-card .chart canvas"))
                .size() >= charts.size() ? true : null);
        assertThat(browser.text()).contains("创建进度", "共性问题（各项平均失分）", "观摩组宽严度与一致性", "申报五星级222个，是上年的3.7倍（增长270%）");
        browser.screenshot("statistics-committee");

        // The figures under the stars chart: 2021's five-star branches.
        browser.click(By.cssSelector("#dashboard-stars details.figures summary"));
        WebElement fives = browser.findAll(By.cssSelector("#figures-stars a")).stream()
                .filter(link -> link.getAttribute("href").replace("%3A", ":").endsWith("key=" + YEAR + ":5")).findFirst()
                .orElseThrow();
        String shown = fives.getText();
        browser.click(By.cssSelector("#figures-stars a[href='" + fives.getAttribute("href").substring(
                fives.getAttribute("href").indexOf("/statistics")) + "']"));
        browser.waitFor(By.id("list-title"));
        long held = overview.heldIn(YEAR).getOrDefault(5, 0L);
        assertThat(shown).isEqualTo(String.valueOf(held));
        assertThat(browser.find(By.id("list-title")).getText()).contains("星级对比", "5星", "2021年");
        List<WebElement> rows = browser.findAll(By.cssSelector("#statistics-list tbody tr"));
        assertThat((long) rows.size()).isEqualTo(held);

        browser.click(By.cssSelector(".toolbar a.btn.warn"));
        List<List<String>> sheet = StatisticsTests.readXlsx(Files.readAllBytes(browser.downloaded(".xlsx")));
        assertThat(sheet).hasSize(rows.size() + 1);
        assertThat(sheet.get(0)).startsWith("支部编码", "支部", "单位编码", "单位", "单位类别");
        assertThat(sheet.subList(1, sheet.size())).allMatch(row -> row.get(5).equals("5"));
        assertThat(sheet.get(1).get(0)).isEqualTo(rows.get(0).findElements(By.tagName("td")).get(0).getText());
    }

    @Test
    void aUnitSeesOnlyItsUnitAndAChartClickOpensTheListBehindTheBar() {
        browser.logIn("u001", PASSWORD);
        // The home page's charts count the current campaign, which another walk may have moved on:
        // drawn, or saying there is nothing to draw yet.
        browser.waitFor(Duration.ofSeconds(15), driver -> driver.findElements(By.cssSelector(
                "#home-chart-rectification canvas, #home-chart-rectification .chart.empty")).isEmpty() ? null : true);
        browser.open("/statistics?year=" + YEAR);
        browser.waitFor(Duration.ofSeconds(15), driver -> driver.findElements(By.cssSelector("#dashboard-units .chart canvas"))
                .isEmpty() ? null : true);
        assertThat(browser.find(By.id("filter-unit")).getAttribute("value")).isEqualTo("U001");
        assertThat(browser.findAll(By.id("dashboard-groups"))).isEmpty();
        assertThat(browser.findAll(By.id("dashboard-categories"))).isEmpty();
        browser.click(By.cssSelector("#dashboard-units details.figures summary"));
        List<String> links = browser.findAll(By.cssSelector("#figures-units a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(links).isNotEmpty().allMatch(href -> href.contains("branch%3AU001-") || href.contains("branch:U001-"));
        browser.screenshot("statistics-unit");

        // A click on the first bar of the ranking, as ECharts reports it, follows the link behind it.
        browser.script("var chart = echarts.getInstanceByDom(document.querySelector('#dashboard-units .chart'));"
                + "var first = chart.getOption().series[0].data[0];"
                + "chart.trigger('click', {data: first});");
        browser.waitFor(By.id("list-title"));
        assertThat(browser.findAll(By.cssSelector("#statistics-list tbody tr"))).hasSize(1)
                .allMatch(row -> row.getText().contains("U001"));

        // Another unit, asked for by hand, is refused with the reason.
        browser.open("/statistics?year=" + YEAR + "&unit=U002");
        assertThat(browser.find(By.id("refusal-reason")).getText()).isEqualTo("单位“U002”不在您的查看范围内");
    }
}
