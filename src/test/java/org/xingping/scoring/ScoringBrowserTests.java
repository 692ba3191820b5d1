package org.xingping.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
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
import org.xingping.support.DemoBrowserTest;

/**
 * The observer's day of issue 6 on the demo instance, in a phone-sized browser: obs06 opens the
 * first branch of the unit the demo left open, scores every item, records a problem with a photo,
 * loses the network, changes two items, gets it back, and every value arrives once; an observer of
 * another group cannot open that sheet.
 */
class ScoringBrowserTests extends DemoBrowserTest {

    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path files;


    @Test
    void obs06ScoresOnAPhoneLosesTheNetworkAndNothingIsLostOrCountedTwice() throws IOException {
        browser.logIn("obs06", PASSWORD).width(375).open("/itinerary");
        browser.find(By.cssSelector("a.unit")).click();
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
