package org.xingping.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.DecisionFixtures;
import org.xingping.decision.RatingDecisions;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.support.XingPingTest;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The review report of a small confirmed campaign whose groups recorded findings and summaries:
 * the figures it states against the data, the groups' words quoted, the committee's paragraphs
 * and chosen parts, the rectification deadline on the working-day calendar, both formats; and the
 * refusals that say what a campaign still lacks.
 */
@XingPingTest
class ReviewReportsTests {

    static final LocalDate DATE = LocalDate.of(2065, 12, 18);

    @Autowired
    ApplicationContext context;
    @Autowired
    ReviewReports reports;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    MessageSource messages;
    @Autowired
    MockMvc mvc;

    int confirmedYear() {
        return 2065;
    }

    int unconfirmedYear() {
        return 2066;
    }

    @Test
    void statesTheCampaignsFiguresAndTheGroupsWords() throws IOException {
        int year = confirmedYear();
        ReportFixtures.confirmedCampaignWithFindings(context, year);
        List<DecidedBranch> results = decisions.confirmedResults(year);
        ReviewReportRequest request = new ReviewReportRequest(EnumSet.allOf(ReportSection.class),
                Map.of(ReportSection.NUMBERS, "今年的创建观摩活动组织有力。"), DATE.withYear(year), Optional.empty());

        ReviewReport report = reports.compose(year, request, DecisionFixtures.STAFF);
        String text = docxText(reports.docx(report));

        assertThat(text).contains("中共驻马店市委直属机关工作委员会", "关于" + year + "年度星级党支部创建观摩活动情况的通报",
                "一、本年度创建观摩活动基本情况", "二、创建工作取得的成效", "三、存在的共性问题", "四、各观摩组和各单位情况",
                "五、整改要求", "附件：" + year + "年度星级党支部评定结果", year + "年12月18日");
        // The committee's paragraph opens its part.
        assertThat(text.indexOf("今年的创建观摩活动组织有力。")).isGreaterThan(text.indexOf("一、本年度创建观摩活动基本情况"))
                .isLessThan(text.indexOf("本年度共有"));
        // Declarations and results as the data has them.
        assertThat(text).contains(results.size() + "个党支部申报星级");
        long five = results.stream().filter(result -> result.stars() == 5).count();
        long four = results.stream().filter(result -> result.stars() == 4).count();
        long rated = results.stream().filter(DecidedBranch::rated).count();
        assertThat(text).contains(results.size() + "个申报党支部中" + rated + "个评定为星级党支部，其中五星级党支部" + five
                + "个、四星级党支部" + four + "个");
        // No campaign the year before and no counts kept for it: worded as such, never as growth.
        assertThat(text).contains("上年无申报").doesNotContain("倍（增长");
        // The groups' words, quoted where they belong; the problem's item among those that lost points.
        assertThat(text).contains(ReportFixtures.HIGHLIGHT, ReportFixtures.SUMMARY_HIGHLIGHT, ReportFixtures.PROBLEM,
                ReportFixtures.SUMMARY_PROBLEM, "总体印象：" + ReportFixtures.IMPRESSION, "严重");
        // Thirty working days on the calendar from the report's date.
        LocalDate deadline = calendar.plusWorkingDays(DATE.withYear(year), ReviewReports.DEADLINE_WORKING_DAYS);
        assertThat(text).contains("整改工作于" + deadline.getYear() + "年" + deadline.getMonthValue() + "月"
                + deadline.getDayOfMonth() + "日前完成");
        // Every confirmed result in the annex.
        results.forEach(result -> assertThat(text).contains(result.branchName()));

        // The PDF says the same words.
        byte[] pdf = reports.pdf(report);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        assertThat(new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", ""))
                .contains("一、本年度创建观摩活动基本情况");
        reader.close();
    }

    @Test
    void includesOnlyTheChosenPartsNumberedInOrder() throws IOException {
        int year = confirmedYear();
        ReportFixtures.confirmedCampaignWithFindings(context, year);
        ReviewReportRequest request = new ReviewReportRequest(EnumSet.of(ReportSection.PROBLEMS, ReportSection.RECTIFICATION),
                Map.of(ReportSection.RECTIFICATION, "请各单位高度重视。"), DATE.withYear(year), Optional.of("讲评报告"));

        String text = docxText(reports.docx(reports.compose(year, request, DecisionFixtures.STAFF)));

        assertThat(text).contains("讲评报告", "一、存在的共性问题", "二、整改要求", "请各单位高度重视。", "本通报第一部分指出的共性问题")
                .doesNotContain("基本情况", "取得的成效", "附件：");
    }

    @Test
    void refusesSayingWhatIsMissing() {
        assertRefused(() -> reports.compose(2069, ReviewReportRequest.everything(DATE), DecisionFixtures.STAFF),
                "report.noCampaign", "没有 2069 年度的创建活动");

        int year = unconfirmedYear();

        ReportFixtures.reviewedCampaignWithFindings(context, year);
        assertThat(reports.readiness(year).ready()).isFalse();
        assertRefused(() -> reports.compose(year, ReviewReportRequest.everything(DATE), DecisionFixtures.STAFF),
                "report.refused", year + "年度的讲评报告还不能生成：" + year + "年度的评定结果尚未经工委领导确认。");
        assertThatThrownBy(() -> reports.compose(year, ReviewReportRequest.everything(DATE),
                DecisionFixtures.person("u001", Role.UNIT_COMMITTEE))).isInstanceOf(AccessDeniedException.class);

        int confirmed = confirmedYear();
        ReportFixtures.confirmedCampaignWithFindings(context, confirmed);
        assertRefused(() -> reports.compose(confirmed, new ReviewReportRequest(EnumSet.noneOf(ReportSection.class), Map.of(),
                DATE, Optional.empty()), DecisionFixtures.STAFF), "report.noSections", "至少选择");
        assertRefused(() -> reports.compose(confirmed, new ReviewReportRequest(EnumSet.allOf(ReportSection.class),
                Map.of(ReportSection.PROBLEMS, "长".repeat(ReviewReports.PARAGRAPH_LIMIT + 1)), DATE, Optional.empty()),
                DecisionFixtures.STAFF), "report.paragraphTooLong", "“存在的共性问题”部分工委的话超过");
    }

    @Test
    void theCommitteesPageGeneratesOrSaysWhy() throws Exception {
        int year = confirmedYear();
        ReportFixtures.confirmedCampaignWithFindings(context, year);
        mvc.perform(get("/reports/" + year + "/review").with(user(DecisionFixtures.STAFF)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"report-ready\"")));
        byte[] docx = mvc.perform(post("/reports/" + year + "/review").with(user(DecisionFixtures.STAFF)).with(csrf())
                        .param("sections", "NUMBERS", "ANNEX").param("_sections", "on").param("paragraphs[NUMBERS]", "工委的话")
                        .param("date", year + "-12-18").param("format", "docx"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(docxText(docx)).contains("工委的话", "一、本年度创建观摩活动基本情况").doesNotContain("二、");
        mvc.perform(post("/reports/" + year + "/review").with(user(DecisionFixtures.STAFF)).with(csrf())
                        .param("sections", "NUMBERS").param("format", "pdf"))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"));

        int unconfirmed = unconfirmedYear();
        ReportFixtures.reviewedCampaignWithFindings(context, unconfirmed);
        mvc.perform(post("/reports/" + unconfirmed + "/review").with(user(DecisionFixtures.STAFF)).with(csrf())
                        .param("sections", "NUMBERS").param("paragraphs[NUMBERS]", "保留这段话").param("format", "docx"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("评定结果尚未经工委领导确认")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("保留这段话")));
        mvc.perform(get("/reports/" + year + "/review").with(user(DecisionFixtures.person("u001", Role.UNIT_COMMITTEE))))
                .andExpect(status().isForbidden());
    }

    static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    void assertRefused(Runnable action, String key, String words) {
        assertThatThrownBy(action::run).isInstanceOf(ReportRefused.class).satisfies(thrown -> {
            Refused refused = (Refused) thrown;
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(messages.getMessage(key, refused.arguments(), Locale.SIMPLIFIED_CHINESE)).contains(words);
        });
    }
}
