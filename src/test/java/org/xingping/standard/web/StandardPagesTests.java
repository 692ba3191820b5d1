package org.xingping.standard.web;

import org.xingping.standard.RatingStandard;
import org.xingping.standard.Standards;

import org.xingping.standard.library.RatingStandardManagement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.support.XingPingTest;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The standards' pages: the reference standard shown fully as the committee reads it, a refused
 * upload listing every problem by its path, the YAML as loaded, and the printable scoring sheet
 * carrying its own Chinese font.
 */
@XingPingTest
class StandardPagesTests {

    static final CurrentUser STAFF = new CurrentUser(-1, "staff", "工委管理员", Role.COMMITTEE_ADMINISTRATOR, null,
            null, false, false, true, null);
    static final CurrentUser OBSERVER = new CurrentUser(-2, "observer", "观摩员", Role.OBSERVER, null, null, false,
            false, true, null);

    @Autowired
    MockMvc mvc;
    @Autowired
    RatingStandardManagement standards;

    @BeforeEach
    void reference() throws Exception {
        if (standards.find("zmd-szjg-2021").isEmpty()) {
            standards.upload(Standards.referenceFile());
        }
    }

    @Test
    void showsTheReferenceStandardFully() throws Exception {
        Document page = page("/standards/zmd-szjg-2021");
        String text = page.text();
        RatingStandard standard = standards.standard("zmd-szjg-2021");
        for (var item : standard.items()) {
            assertThat(text).contains(item.code(), item.name());
            item.guide().ifPresent(guide -> assertThat(text).contains(guide));
            item.evidence().forEach(evidence -> assertThat(text).contains(evidence));
        }
        assertThat(page.select("#item-table tr.section-row")).hasSize(6);
        assertThat(text).contains("扣分：每缺一项扣 2 分", "评等：好 6 / 较好 4 / 一般 2 / 差 0", "是否：符合得 5 分");
        assertThat(text).contains("加分", "最多 10 分");
        assertThat(page.select("#level-table tbody tr")).hasSize(5);
        assertThat(text).contains("有经工委认定的党建创新项目或支部品牌");
        assertThat(page.select("#veto-table tbody tr")).hasSize(4);
        assertThat(text).contains("最高 3 星", "本年度不予评星");
        assertThat(text).contains("每次最多晋升 1 级", "近三年获得市级以上综合性表彰");
        assertThat(page.select("#quota-list li")).extracting(e -> e.text())
                .containsExactly("5星级不超过 20%（按全部支部计），硬性限额", "4星级不超过 45%（按全部支部计），指导比例");
        assertThat(text).contains("红旗党支部", "最多 15 个", "5 个工作日");
    }

    @Test
    void aRefusedUploadListsEveryProblemByItsPath() throws Exception {
        String broken = "format: xingping-standard/1\nid: x\nname: 坏\nissuer: 测\nyear: 2021\nsections: []\nlevels: []\n"
                + "quotas:\n  - {stars: 5, maxShare: 2, of: all-branches, mode: hard}\n";
        String html = mvc.perform(multipart("/standards")
                        .file(new MockMultipartFile("file", "bad.yaml", "application/yaml",
                                broken.getBytes(StandardCharsets.UTF_8)))
                        .with(user(STAFF)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select(".flash.error li")).extracting(e -> e.text())
                .anySatisfy(problem -> assertThat(problem).contains("quotas[0].maxShare"));
        assertThat(standards.find("x")).isEmpty();
    }

    @Test
    void onlyTheCommitteeStaffLoadStandards() throws Exception {
        mvc.perform(multipart("/standards").file(new MockMultipartFile("file", "s.yaml", "application/yaml",
                        Standards.referenceFile())).with(user(OBSERVER)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/standards/zmd-szjg-2021").with(user(OBSERVER))).andExpect(status().isOk());
    }

    @Test
    void downloadsTheYamlAsLoaded() throws Exception {
        byte[] yaml = mvc.perform(get("/standards/zmd-szjg-2021/download").with(user(STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(yaml, StandardCharsets.UTF_8))
                .isEqualTo(new String(Standards.referenceFile(), StandardCharsets.UTF_8));
    }

    @Test
    void theScoringSheetIsAPdfWithItsOwnChineseFont() throws Exception {
        byte[] pdf = mvc.perform(get("/standards/zmd-szjg-2021/sheet.pdf").with(user(OBSERVER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        try {
            String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
            assertThat(latin1).contains("/FontFile2").contains("NotoSansSC");
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page));
            }
            assertThat(text.toString()).contains("评分表", "基本组织", "组织设置规范", "□好", "一票否决");
        } finally {
            reader.close();
        }
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(STAFF))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }
}
