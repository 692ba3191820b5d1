package org.xingping.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.decision.DecisionFixtures;
import org.xingping.decision.DecisionFixtures.Recorded;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.scoring.Finding;
import org.xingping.support.DemoBrowserTest;
import org.xingping.support.TravellingClock;

/**
 * Issue 8's "done when" for rectification, in a real browser on the demo instance and a scored
 * campaign of its own: a problem recorded on a sheet becomes a task, u001-b01 answers it with
 * evidence, u001 verifies it, a second task assigned by gongwei goes overdue and is escalated by
 * the morning sweep, the ledger is exported, and next year a U001 branch's promotion is refused with
 * its open serious task named.
 */
class RectificationBrowserTests extends DemoBrowserTest {

    static final int YEAR = 2062;
    static final int NEXT = 2063;
    static final String MODERATE = "党员活动室学习资料陈旧（浏览器测试）";
    static final String SERIOUS = "组织生活会未按期召开（浏览器测试）";
    static final String ASSIGNED = "党费收缴台账不规范（浏览器测试）";

    @Autowired
    ApplicationContext context;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    RectificationNotifier notifier;
    @Autowired
    WorkingCalendar calendar;
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
    void aProblemBecomesATaskIsAnsweredVerifiedEscalatedAndBlocksNextYearsPromotion() throws IOException {
        // The serious problem goes to a branch of U001 that can still be promoted next year (below five stars).
        DeclarationManagement declarations = context.getBean(DeclarationManagement.class);
        String blocked = jdbc.sql("select id, code from party_organization where code like 'U001-B%' and code <> 'U001-B01'"
                        + " and type = 'BRANCH' order by code")
                .query((rs, n) -> declarations.heldLevel(rs.getLong("id"), NEXT) < 5 ? rs.getString("code") : null)
                .list().stream().filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        DecisionFixtures.scoredCampaign(context, YEAR, target -> 0.9, List.of(
                Recorded.problem("U001-B01", "E1", Finding.Severity.MODERATE, MODERATE),
                Recorded.problem(blocked, "C2", Finding.Severity.SERIOUS, SERIOUS)));

        // The problem on u001-b01's sheet is its task once the group finalised the review.
        browser.logIn("u001-b01", PASSWORD).open("/rectification/" + YEAR);
        assertThat(browser.find(By.id("tasks")).getText()).contains(MODERATE).doesNotContain(SERIOUS);
        browser.click(By.linkText(MODERATE));
        assertThat(browser.find(By.id("task-status")).getText()).isEqualTo("整改中");
        Path evidence = Files.createTempFile("整改佐证", ".pdf");
        Files.write(evidence, "%PDF-1.4\n% 活动室资料已更新\n".getBytes(StandardCharsets.UTF_8));
        browser.find(By.id("measures")).sendKeys("已更新学习资料，建立专人管理制度");
        browser.find(By.id("outcome")).sendKeys("已完成");
        browser.find(By.id("evidence")).sendKeys(evidence.toAbsolutePath().toString());
        browser.click(By.id("answer-button"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已报送");
        assertThat(browser.find(By.id("task-status")).getText()).isEqualTo("待核验");
        assertThat(browser.findAll(By.id("verify-part"))).as("the owner cannot verify").isEmpty();
        String taskPath = browser.currentPath();

        // u001 (the unit's party committee) verifies it.
        browser.logIn("u001", PASSWORD).open(taskPath);
        assertThat(browser.find(By.id("history")).getText()).contains("已更新学习资料").contains(".pdf");
        browser.click(By.id("accept-button"));
        confirm();
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("销号");
        assertThat(browser.find(By.id("task-status")).getText()).isEqualTo("已销号");
        browser.screenshot("rectification-verified");

        // gongwei assigns a second task by hand, due the next working day.
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = calendar.plusWorkingDays(today, 1);
        browser.logIn("gongwei", PASSWORD).open("/rectification/" + YEAR);
        browser.click(By.cssSelector("#add-task summary"));
        browser.find(By.id("branchCode")).sendKeys("U001-B03");
        browser.find(By.id("text")).sendKeys(ASSIGNED);
        browser.setValue(By.id("deadline"), deadline.toString());
        browser.click(By.id("add-task-button"));
        assertThat(browser.waitFor(By.cssSelector(".flash.success")).getText()).contains("已交办");

        // It goes overdue; the morning sweep escalates it to u001 and the 工委, once.
        clock.travel(Duration.ofDays(ChronoUnit.DAYS.between(today, deadline) + 1));
        notifier.sweep(LocalDate.now(clock));
        notifier.sweep(LocalDate.now(clock));
        browser.logIn("u001", PASSWORD).open("/notifications");
        assertThat(browser.find(By.tagName("main")).getText()).contains("已逾期").contains(ASSIGNED);
        browser.open("/rectification/" + YEAR + "?state=OVERDUE");
        assertThat(browser.find(By.id("tasks")).getText()).contains(ASSIGNED).doesNotContain(MODERATE);
        browser.click(By.linkText(ASSIGNED));
        assertThat(browser.find(By.id("overdue-flag")).getText()).isEqualTo("逾期");
        assertThat(browser.find(By.id("task-status")).getText()).as("a flag, not a state").isEqualTo("整改中");
        assertThat(browser.find(By.id("history")).getText()).containsOnlyOnce("逾期督办");
        browser.screenshot("rectification-overdue");
        browser.logIn("gongwei", PASSWORD).open("/notifications");
        assertThat(browser.find(By.tagName("main")).getText()).contains(ASSIGNED);

        // The ledger as the unit hands it in.
        browser.open("/rectification/" + YEAR + "?unit=U001");
        browser.click(By.id("export-ledger"));
        try (InputStream in = Files.newInputStream(browser.downloaded(".xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(11).getStringCellValue()).isEqualTo("状态");
            StringBuilder text = new StringBuilder();
            sheet.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
            assertThat(text).contains(MODERATE).contains("已销号").contains(SERIOUS).contains(ASSIGNED)
                    .contains("整改中（逾期）");
        }
        clock.comeBack();

        // Next year the branch may not declare a promotion while its serious problem is open.
        RectificationFixtures.nextYearOpenForDeclarations(context, NEXT);
        campaigns.makeCurrent(NEXT);
        browser.logIn(blocked.toLowerCase(), PASSWORD).open("/declarations/mine");
        browser.click(By.cssSelector("input[name=kind][value=PROMOTE]"));
        browser.click(By.id("start-declaration"));
        browser.waitFor(By.id("self-score"));
        browser.click(By.id("submit-declaration"));
        confirm();
        String refusal = browser.waitFor(By.cssSelector(".flash.error")).getText();
        assertThat(refusal).contains("不能申报晋升").contains(SERIOUS).contains("C2").contains(String.valueOf(YEAR));
        browser.screenshot("rectification-blocks-promotion");
    }

    private void confirm() {
        browser.waitFor(By.cssSelector("#confirm-dialog [data-confirm-ok]")).click();
    }
}
