package org.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.RatingDecisions;
import org.xingping.declaration.DeclarationOverview;
import org.xingping.platform.YearOnYear;
import org.xingping.support.DemoBrowserTest;

/**
 * The committee's review report of the demo's reference campaign 2021 in a real browser: gongwei
 * leaves out two parts, adds a paragraph of the committee's, generates the Word document, and the
 * test reads it back to check the figures it states against the data: the declarations, the
 * results by level as confirmed, and each level's declarations against the 2020 counts, worded as
 * the application words a change.
 */
class ReviewReportBrowserTests extends DemoBrowserTest {

    static final int YEAR = 2021;

    @Autowired
    RatingDecisions decisions;
    @Autowired
    DeclarationOverview overview;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    MessageSource messages;

    @Test
    void generatesTheReportOfTheReferenceCampaignAndItsFiguresAreTheData() throws IOException {
        browser.logIn("gongwei", PASSWORD).open("/reports/" + YEAR + "/review");
        assertThat(browser.find(By.id("report-ready")).getText()).isEqualTo("可以生成");
        assertThat(browser.find(By.id("report-results")).getText()).isEqualTo("712");
        browser.click(By.id("section-ACHIEVEMENTS"));
        browser.click(By.id("section-GROUPS_AND_UNITS"));
        browser.find(By.id("paragraph-NUMBERS")).sendKeys("今年的创建观摩活动组织有力、覆盖全面。");
        browser.screenshot("review-report");
        browser.click(By.id("generate-docx"));
        String text = ReviewReportsTests.docxText(Files.readAllBytes(browser.downloaded(".docx")));

        // The parts chosen, numbered in order, the committee's paragraph at the start of its part.
        assertThat(text).contains("中共驻马店市委直属机关工作委员会", "关于2021年度星级党支部创建观摩活动情况的通报",
                "一、本年度创建观摩活动基本情况", "二、存在的共性问题", "三、整改要求", "附件：2021年度星级党支部评定结果")
                .doesNotContain("取得的成效", "各观摩组和各单位情况");
        assertThat(text.indexOf("今年的创建观摩活动组织有力、覆盖全面。")).isBetween(text.indexOf("一、本年度"), text.indexOf("本年度共有"));

        // 712 declarations, as the declarations and the confirmed results count them.
        List<DecidedBranch> results = decisions.confirmedResults(YEAR);
        DeclarationOverview.Overview declared = overview.of(campaigns.require(YEAR), org.xingping.platform.DataScope.all());
        assertThat(results).hasSize(712);
        assertThat(declared.total()).isEqualTo(712);
        assertThat(text).contains("712个党支部申报星级", "712个申报党支部中");

        // The results by level as confirmed.
        Map<Integer, Long> byStars = results.stream().collect(Collectors.groupingBy(DecidedBranch::stars, Collectors.counting()));
        String levels = List.of(5, 4, 3, 2, 1).stream().map(stars -> results.stream().filter(result -> result.stars() == stars)
                        .findFirst().map(DecidedBranch::levelName).orElse(null) + byStars.getOrDefault(stars, 0L) + "个")
                .collect(Collectors.joining("、"));
        long rated = results.stream().filter(DecidedBranch::rated).count();
        assertThat(text).contains("712个申报党支部中" + rated + "个评定为星级党支部，其中" + levels);

        // Each level against 2020's counts, worded as everywhere: "申报五星级222个，是上年的3.7倍（增长270%）".
        Map<Integer, Long> lastYear = overview.declaredIn(YEAR - 1);
        assertThat(lastYear).isNotEmpty();
        for (DeclarationOverview.LevelFigures level : declared.levels()) {
            YearOnYear change = YearOnYear.of(level.declared(), lastYear.getOrDefault(level.level(), 0L));
            String wording = messages.getMessage("overview.sentence", new Object[] {level.level(),
                    String.valueOf(level.declared()), messages.getMessage(change.messageKey(), change.arguments(),
                    Locale.SIMPLIFIED_CHINESE)}, Locale.SIMPLIFIED_CHINESE);
            assertThat(text).contains(wording);
        }
        assertThat(text).contains("申报五星级222个，是上年的3.7倍（增长270%）");

        // Every confirmed branch in the annex.
        results.stream().limit(50).forEach(result -> assertThat(text).contains(result.branchName()));
    }
}
