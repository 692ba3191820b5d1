package org.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.xingping.declaration.DeclarationOverview;
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
        browser.waitFor(Duration.ofSeconds(15), driver -> driver.findElements(By.cssSelector("#home-chart-rectification canvas"))
                .isEmpty() ? null : true);
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
