package org.xingping.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.CampaignManagement;
import org.xingping.support.Browser;
import org.xingping.support.DemoBrowserTest;
import org.xingping.support.TravellingClock;

/**
 * The committee's end of a year in a real browser, on the demo instance and a small campaign of its
 * own whose eleven full-mark five-star applicants are more than the quota admits: gongwei reads the
 * board and settles a tie, lingdao confirms, gongwei opens the notice, an anonymous visitor objects
 * on the public page from a phone, gongwei answers, closes the notice after its period and
 * downloads the designation document.
 */
class DecisionBrowserTests extends DemoBrowserTest {

    static final int YEAR = 2054;

    @Autowired
    ApplicationContext context;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    TravellingClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterAll
    void backToTheDemoYear() {
        clock.comeBack();
        campaigns.makeCurrent(2021);
    }

    @Test
    void fromTheBoardThroughTheNoticeToTheDesignationDocument() throws IOException {
        DecisionFixtures.scoredCampaign(context, YEAR, RatingDecisionsTests::quality);
        Set<String> fiveStar = FiveStar.applicants(jdbc, YEAR);
        fiveStar.forEach(branch -> decisions.recordFact(YEAR, branch, "innovation", "是", "经工委认定的创新项目", DecisionFixtures.STAFF));
        List<String> tied = fiveStar.stream().sorted().toList();

        // The board: every declared branch ranked, eleven ties at the five-star cut line.
        browser.logIn("gongwei", PASSWORD).open("/decision?year=" + YEAR);
        assertThat(browser.find(By.id("ranked-count")).getText()).isEqualTo(String.valueOf(FiveStar.declared(jdbc, YEAR)));
        assertThat(browser.find(By.id("open-ties")).getText()).isEqualTo("11");
        assertThat(browser.find(By.id("decision-board")).getText()).contains("并列待裁定");
        browser.screenshot("decision-board");

        // Ten settled as the committee agreed beforehand; the last one here, with its reason.
        tied.subList(0, 7).forEach(branch -> decisions.settleTie(YEAR, branch, 5, "按台账完整性排序保留", DecisionFixtures.STAFF));
        tied.subList(8, 11).forEach(branch -> decisions.settleTie(YEAR, branch, 4, "名额已满，降为四星", DecisionFixtures.STAFF));
        browser.open("/decision?year=" + YEAR + "&show=ties");
        browser.click(By.linkText(tied.get(7)));
        new Select(browser.find(By.id("tie-stars"))).selectByValue("5");
        browser.find(By.id("tie-reason")).sendKeys("台账最完整，保留五星名额");
        browser.click(By.cssSelector("#tie-form button[type=submit]"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已裁定");
        assertThat(browser.find(By.id("branch-final")).getText()).isEqualTo("★★★★★");

        // A 工委领导 confirms.
        browser.logIn("lingdao", PASSWORD).open("/decision?year=" + YEAR);
        assertThat(browser.find(By.id("open-ties")).getText()).isEqualTo("0");
        browser.click(By.id("confirm-decision"));
        confirm();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已确认");
        assertThat(browser.find(By.id("confirmed-tag")).getText()).contains("lingdao");

        // The notice from today (the draft starts on the next working day unless told).
        browser.logIn("gongwei", PASSWORD).open("/notice/" + YEAR + "?startsOn=" + LocalDate.now(clock));
        browser.click(By.cssSelector("form[action$='/open'] button[type=submit]"));
        confirm();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).isNotBlank();

        // An anonymous visitor objects from a phone, having read the form for a while.
        String objected = tied.get(0);
        Browser visitor = new Browser("http://localhost:" + port);
        try {
            visitor.width(375).open("/public/notice/" + YEAR + "/objection");
            clock.travel(Duration.ofSeconds(30));
            visitor.find(By.id("name")).sendKeys("王五");
            visitor.find(By.id("phone")).sendKeys("13903961234");
            new Select(visitor.find(By.id("branchCode"))).selectByValue(objected);
            visitor.find(By.id("facts")).sendKeys("该支部主题党日活动照片与记录日期不符。");
            visitor.click(By.cssSelector("form button[type=submit]"));
            assertThat(visitor.waitFor(By.tagName("main")).getText()).contains("YY" + YEAR + "-0001");
            visitor.screenshot("objection-receipt");
        } finally {
            visitor.close();
        }

        // gongwei answers it: not upheld.
        browser.open("/notice/" + YEAR + "/objections");
        browser.click(By.linkText("YY" + YEAR + "-0001"));
        browser.find(By.id("answer")).sendKeys("经调查，该支部活动照片与记录日期一致，异议不成立。");
        browser.click(By.cssSelector("button[name=outcome][value=REJECT]"));
        confirm();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).isNotBlank();

        // After the period the notice closes, and the designation names the results.
        clock.travel(Duration.ofDays(15));
        browser.open("/notice/" + YEAR);
        browser.click(By.cssSelector("form[action$='/close'] button[type=submit]"));
        confirm();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).isNotBlank();
        browser.open("/decision/" + YEAR + "/designation");
        browser.click(By.id("designate"));
        confirm();
        browser.click(By.id("designation-document"));
        Path document = browser.downloaded(".docx");
        try (InputStream in = Files.newInputStream(document); XWPFDocument docx = new XWPFDocument(in)) {
            String text = docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("关于命名" + YEAR + "年度星级党支部的通报").contains("五星级党支部");
        }
        browser.screenshot("designation");
    }

    private void confirm() {
        browser.waitFor(By.cssSelector("#confirm-dialog [data-confirm-ok]")).click();
    }
}
