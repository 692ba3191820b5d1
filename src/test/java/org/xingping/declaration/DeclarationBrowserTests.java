package org.xingping.declaration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.xingping.standard.Item;
import org.xingping.standard.ItemRule;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.library.RatingStandardManagement;
import org.xingping.support.DemoBrowserTest;

/**
 * The declaration walk of issue 4 on the demo instance, in a real browser: the committee opens next
 * year's campaign, u001-b01 declares with evidence and submits, u001 returns it with a comment, the
 * branch fixes it and resubmits, u001 forwards it, and gongwei reads the figures and the comparison
 * of the reference year with 2020.
 */
class DeclarationBrowserTests extends DemoBrowserTest {

    @Autowired
    RatingStandardManagement standards;
    @TempDir
    Path files;


    @Test
    void aBranchDeclaresTheUnitReturnsAndForwardsAndTheCommitteeSeesTheFigures() throws IOException {
        int year = LocalDate.now().getYear() + 1;
        openCampaign(year);

        browser.logIn("u001-b01", PASSWORD).open("/declarations/mine");
        browser.find(By.id("start-declaration")).click();
        browser.waitFor(By.id("self-score"));
        Path evidence = Files.write(files.resolve("台账.pdf"), "%PDF-1.4\n% 台账\n".getBytes(StandardCharsets.UTF_8));

        browser.find(By.cssSelector("#claim-innovation input[name=claimed]")).click();
        browser.find(By.cssSelector("#claim-innovation button[type=submit]")).click();
        upload("#evidence-claim-innovation", evidence);
        RatingStandard standard = standards.standard("zmd-szjg-2021");
        for (Item item : standard.items()) {
            if (!item.evidence().isEmpty()) {
                upload("#evidence-item-" + item.code(), evidence);
            }
        }
        for (Item item : standard.items()) {
            enter(item, DeclarationFixtures.bestValue(item));
        }
        browser.waitFor(By.xpath("//div[@id='self-score']//div[@class='value' and text()='110.00']"));
        browser.screenshot("declaration-filled");
        submit();
        assertThat(browser.find(By.id("declaration-status")).getText()).isEqualTo("待初审");

        browser.logIn("u001", PASSWORD).open("/declarations/review");
        browser.find(By.linkText("市纪委监委机关第1党支部")).click();
        browser.find(By.name("comment")).sendKeys("B3 培训记录不全，请补充");
        browser.find(By.id("return-declaration")).click();
        confirm();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已退回");

        browser.logIn("u001-b01", PASSWORD).open("/declarations/mine");
        assertThat(browser.find(By.id("declaration-status")).getText()).isEqualTo("已退回");
        assertThat(browser.find(By.id("round-table")).getText()).contains("B3 培训记录不全，请补充");
        enter(standard.item("B3").orElseThrow(), "1");
        submit();

        browser.logIn("u001", PASSWORD).open("/declarations/review");
        browser.find(By.cssSelector("#review-table input[name=ids]")).click();
        browser.find(By.id("forward-chosen")).click();
        confirm();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已报送工委 1 个");

        browser.logIn("gongwei", PASSWORD).open("/declarations");
        assertThat(browser.find(By.id("declared-total")).getText()).isEqualTo("1");
        browser.open("/campaigns/2021");
        browser.find(By.xpath("//button[text()='设为当前年度']")).click();
        browser.open("/declarations");
        assertThat(browser.find(By.id("declared-5")).getText()).isEqualTo("222");
        assertThat(browser.find(By.id("declared-4")).getText()).isEqualTo("490");
        assertThat(browser.find(By.id("year-on-year")).getText())
                .contains("申报五星级222个，是上年的3.7倍（增长270%）", "申报四星级490个，是上年的2.5倍（增长150%）");
        browser.screenshot("declaration-overview");
    }

    private void openCampaign(int year) {
        browser.logIn("gongwei", PASSWORD).open("/campaigns/new");
        WebElement yearField = browser.find(By.id("year"));
        yearField.clear();
        yearField.sendKeys(Integer.toString(year));
        new Select(browser.find(By.id("standardId"))).selectByValue("zmd-szjg-2021");
        date("declarationDeadline", LocalDate.of(year, 11, 5));
        date("preReviewDeadline", LocalDate.of(year, 11, 12));
        date("observationStart", LocalDate.of(year, 11, 23));
        date("observationEnd", LocalDate.of(year, 11, 26));
        date("noticeStart", LocalDate.of(year, 12, 13));
        date("designationDate", LocalDate.of(year, 12, 24));
        browser.find(By.id("campaign-submit")).click();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已开启");
    }

    /** A date picked in the browser's own date field, as its ISO value. */
    private void date(String id, LocalDate date) {
        browser.setValue(By.id(id), date.toString());
    }

    private void upload(String cell, Path file) {
        browser.find(By.cssSelector(cell + " input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.find(By.cssSelector(cell + " button[type=submit]")).click();
        browser.waitFor(By.cssSelector(".flash.success"));
    }

    /** Enters an item's value as a person does; the row saves itself and comes back with its points. */
    private void enter(Item item, String value) {
        String row = "#item-" + item.code();
        WebElement field = browser.find(By.cssSelector(row + " [name=value]"));
        if (field.getTagName().equals("select")) {
            new Select(field).selectByValue(value);
        } else {
            // Typed in one go, as a thumb does: clearing first would save an empty value on its own.
            browser.setValue(By.cssSelector(row + " [name=value]"), value);
        }
        java.math.BigDecimal points = item.score(value).stripTrailingZeros();
        String expected = (points.scale() < 0 ? points.setScale(0) : points).toPlainString();
        browser.waitFor(Duration.ofSeconds(10), d -> {
            try {
                var cells = d.findElements(By.cssSelector(row + " td.right"));
                return !cells.isEmpty() && cells.get(0).getText().equals(expected);
            } catch (org.openqa.selenium.StaleElementReferenceException swappedMeanwhile) {
                return false;
            }
        });
    }

    private void submit() {
        browser.find(By.id("submit-declaration")).click();
        confirm();
        browser.waitFor(By.cssSelector(".flash.success"));
    }

    private void confirm() {
        browser.waitFor(By.cssSelector("#confirm-dialog [data-confirm-ok]")).click();
    }
}
