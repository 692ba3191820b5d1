package org.xingping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.xingping.support.DemoBrowserTest;

/**
 * The observer's day of issue 6 on the demo instance, in a phone-sized browser: obs06 opens the
 * first branch of the unit the demo left open, scores every item, records a problem with a photo,
 * loses the network, changes two items, gets it back, and every value arrives once; an observer of
 * another group cannot open that sheet. The demo stops at the scoring stage for it, before the
 * committee decides the year.
 */
@TestPropertySource(properties = "xingping.demo-stage=scoring")
class ScoringBrowserTests extends DemoBrowserTest {

    /** The unit of group 1 (obs01, obs06, obs11, obs16) that the demo at its scoring stage leaves unscored. */
    static final String LEFT_OPEN = "U003";

    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path files;


    @Test
    void obs06ScoresOnAPhoneLosesTheNetworkAndNothingIsLostOrCountedTwice() throws IOException {
        browser.logIn("obs06", PASSWORD).width(375).open("/itinerary");
        openUnit(LEFT_OPEN);
        browser.find(By.cssSelector("a.branch-link")).click();
        browser.waitFor(By.id("sheet"));
        String sheetId = browser.find(By.id("sheet")).getAttribute("data-sheet");
        List<WebElement> items = browser.findAll(By.cssSelector(".sheet-item"));
        assertThat(browser.find(By.id("sheet-status")).getText()).isEqualTo("评分中");

        for (WebElement item : items) {
            enter(item, 0);
        }
        waitUntilSaved();
        assertThat(browser.find(By.id("scored")).getText()).isEqualTo(Integer.toString(items.size()));
        browser.screenshot("sheet-scored");

        browser.click(By.cssSelector("#finding-form select[name=item] option:nth-child(2)"));
        browser.find(By.cssSelector("#finding-form textarea[name=text]")).sendKeys("三会一课记录缺少 3 月份");
        browser.click(By.cssSelector("#finding-form button[type=submit]"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已记下问题");
        Path photo = files.resolve("现场.png");
        ImageIO.write(new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        browser.script("document.querySelector('[data-photo-input]').hidden = false;");
        browser.find(By.cssSelector("[data-photo-input]")).sendKeys(photo.toAbsolutePath().toString());
        browser.waitFor(Duration.ofSeconds(20), driver -> driver.findElements(By.cssSelector(".flash.success")).stream()
                .anyMatch(flash -> flash.getText().contains("照片已保存")) ? true : null);
        assertThat(browser.findAll(By.cssSelector(".findings .thumbs img"))).hasSize(1);
        Map<String, Object> stored = jdbc.sql("select content_type, size_bytes from sheet_photo where sheet_id = :id")
                .param("id", Long.parseLong(sheetId)).query().singleRow();
        assertThat(stored.get("content_type")).as("shrunk on the phone to JPEG").isEqualTo("image/jpeg");

        browser.offline(true);
        List<WebElement> again = browser.findAll(By.cssSelector(".sheet-item"));
        enter(again.get(0), 1);
        enter(again.get(1), 1);
        browser.waitFor(Duration.ofSeconds(10), driver -> "offline".equals(
                driver.findElement(By.id("sync-state")).getAttribute("data-state")) ? true : null);
        assertThat(browser.find(By.id("sync-state")).getText()).contains("网络中断");
        browser.screenshot("sheet-offline");
        browser.offline(false);
        waitUntilSaved();

        long sheet = Long.parseLong(sheetId);
        assertThat(jdbc.sql("select count(*) from score_ledger where sheet_id = :id").param("id", sheet)
                .query(Long.class).single()).as("every value once, the two offline changes included")
                .isEqualTo(items.size() + 2L);
        assertThat(jdbc.sql("select max(version) from sheet_value where sheet_id = :id").param("id", sheet)
                .query(Integer.class).single()).isEqualTo(2);

        browser.width(1366);
        String branch = jdbc.sql("select b.code from score_sheet s join party_organization b on b.id = s.branch_id"
                + " where s.id = :id").param("id", sheet).query(String.class).single();
        browser.logIn("obs02", PASSWORD).open("/scoring/branch/" + branch);
        assertThat(browser.text()).contains("不在你所在观摩组已发布的行程中");
        browser.open("/scoring/sheets/" + sheetId);
        assertThat(browser.findAll(By.id("sheet"))).as("another group's sheet stays closed").isEmpty();
    }

    /**
     * The group's part: the four members of group 1 score the last branch of U003 (obs11 a second
     * value on the first item), the leader sees the spread, sets a consensus with a reason, drafts
     * the unit's summary, one member agrees and one dissents, and the leader finalises; the sheets
     * lock, and an observer of another group cannot open the review.
     */
    @Test
    void aGroupScoresOneBranchTheLeaderSettlesTheSpreadSummarisesAndFinalises() {
        String branch = null;
        for (String account : List.of("obs06", "obs11", "obs16", "obs01")) {
            browser.logIn(account, PASSWORD).open("/itinerary");
            openUnit(LEFT_OPEN);
            List<WebElement> branches = browser.findAll(By.cssSelector("a.branch-link"));
            branches.get(branches.size() - 1).click();
            browser.waitFor(By.id("sheet"));
            branch = browser.find(By.cssSelector(".sheet-head .mono")).getText();
            List<WebElement> items = browser.findAll(By.cssSelector(".sheet-item"));
            for (int i = 0; i < items.size(); i++) {
                enter(items.get(i), i == 0 && account.equals("obs11") ? 1 : 0);
            }
            waitUntilSaved();
            browser.click(By.id("submit-sheet"));
            browser.find(By.cssSelector("[data-confirm-ok]")).click();
            assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("评分表已提交");
        }

        browser.open("/scoring/review/" + branch);
        assertThat(browser.find(By.id("divergent-count")).getText()).isEqualTo("1");
        WebElement first = browser.find(By.cssSelector(".review-item.divergent"));
        String item = first.getAttribute("id").substring("item-".length());
        browser.click(By.cssSelector("#item-" + item + " .consensus-box summary"));
        browser.find(By.cssSelector("#item-" + item + " input[name=points]")).sendKeys("3");
        browser.find(By.cssSelector("#item-" + item + " input[name=reason]")).sendKeys("查阅原始台账后统一意见");
        browser.click(By.cssSelector("#item-" + item + " .consensus-form button[type=submit]"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).isDisplayed()).isTrue();
        assertThat(browser.find(By.cssSelector("#item-" + item)).getText()).contains("查阅原始台账后统一意见");
        browser.screenshot("review-consensus");

        browser.open("/scoring/summaries");
        WebElement summary = browser.find(By.id("summary-" + LEFT_OPEN));
        summary.findElement(By.name("highlights")).sendKeys("“三会一课”记录完整，党员活动室布置规范");
        summary.findElement(By.name("problems")).sendKeys("个别支部组织生活会查摆问题不具体");
        summary.findElement(By.name("impression")).sendKeys("整体较好");
        browser.click(By.cssSelector("#summary-" + LEFT_OPEN + " .summary-form button[type=submit]"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("汇总已保存");

        browser.logIn("obs06", PASSWORD).open("/scoring/summaries");
        browser.click(By.cssSelector("#summary-" + LEFT_OPEN + " .answer-form button[value=true]"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已确认汇总");
        browser.logIn("obs11", PASSWORD).open("/scoring/summaries");
        browser.find(By.cssSelector("#summary-" + LEFT_OPEN + " .answer-form textarea[name=dissent]"))
                .sendKeys("问题部分应写明具体支部");
        browser.click(By.cssSelector("#summary-" + LEFT_OPEN + " .answer-form button[value=false]"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已记录你的不同意见");

        browser.logIn("obs01", PASSWORD).open("/scoring/review/" + branch);
        browser.click(By.id("finalise"));
        browser.find(By.cssSelector("[data-confirm-ok]")).click();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已定稿");
        browser.screenshot("review-finalised");
        assertThat(jdbc.sql("""
                        select count(*) from score_sheet s join party_organization b on b.id = s.branch_id
                        where b.code = :branch and s.status = 'FINALISED'""").param("branch", branch)
                .query(Long.class).single()).isEqualTo(4);

        browser.logIn("obs02", PASSWORD).open("/scoring/review/" + branch);
        assertThat(browser.findAll(By.id("divergent-count"))).as("another group's review stays closed").isEmpty();
    }

    private void openUnit(String code) {
        browser.find(By.xpath("//a[contains(@class,'unit') and starts-with(normalize-space(.), '" + code + "')]"))
                .click();
    }

    /** Picks an item's first (0) or second (1) possible value, as a thumb would. */
    private void enter(WebElement item, int choice) {
        WebElement field = item.findElement(By.cssSelector(".score-input"));
        String value;
        if ("select".equals(field.getTagName())) {
            List<WebElement> options = field.findElements(By.cssSelector("option:not([value=''])"));
            value = options.get(Math.min(choice, options.size() - 1)).getAttribute("value");
        } else {
            value = Integer.toString(choice);
        }
        browser.script("arguments[0].value = arguments[1];"
                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }

    private void waitUntilSaved() {
        browser.waitFor(Duration.ofSeconds(30), driver -> "saved".equals(
                driver.findElement(By.id("sync-state")).getAttribute("data-state")) ? true : null);
    }
}
