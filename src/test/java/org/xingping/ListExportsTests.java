package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.decision.Designations;
import org.xingping.decision.RatingDecisions;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.notice.Objections;
import org.xingping.notice.PublicNotices;
import org.xingping.observation.ObservationManagement;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.OrganizationQuery;
import org.xingping.organization.OrganizationType;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.web.XlsxDownload;
import org.xingping.scoring.ScoreSheets;

/**
 * The lists' exports read back with POI on the demo instance: each sheet holds exactly the rows
 * the list shows under its filters, all of them rather than one page, and a unit account's sheet
 * only its unit's. Runs on the demo instance the browser walks share (same context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "xingping.demo=true")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListExportsTests {

    static final int YEAR = 2021;

    @Autowired
    WebApplicationContext context;
    @Autowired
    UserAccountManagement accounts;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    DeclarationManagement declarations;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    Objections objections;
    @Autowired
    PublicNotices notices;
    @Autowired
    ObservationManagement observation;
    @Autowired
    ScoreSheets sheets;
    @Autowired
    Designations designations;
    @Autowired
    WorkingCalendar calendar;

    MockMvc mvc;

    @BeforeAll
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    CurrentUser account(String username) {
        return accounts.signInCandidate(username).orElseThrow();
    }

    /** The sheet's rows below its header, each as its cells' text. */
    List<List<String>> sheet(MockHttpServletRequestBuilder request, String username) throws Exception {
        byte[] body = mvc.perform(request.with(user(account(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter text = new DataFormatter();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(text.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        return rows;
    }

    @Test
    void theUsersSheetHoldsEveryAccountTheFilterMatchesNotOnlyAPage() throws Exception {
        long units = accounts.search(null, Role.UNIT_COMMITTEE, PageRequest.of(0, 1)).getTotalElements();
        List<List<String>> rows = sheet(get("/admin/users/export").param("role", "UNIT_COMMITTEE"), "admin");
        assertThat(units).isGreaterThan(20);
        assertThat(rows).hasSize((int) units).allSatisfy(row -> assertThat(row.get(2)).isEqualTo("单位党委"));
        assertThat(sheet(get("/admin/users/export").param("q", "u001-b0"), "admin"))
                .extracting(row -> row.get(0)).allSatisfy(name -> assertThat(name).startsWith("u001-b0")).isNotEmpty();
    }

    @Test
    void theBoardSheetHoldsTheRowsOfItsFilter() throws Exception {
        var board = decisions.board(YEAR, account("gongwei"));
        long ofUnit = board.rows().stream().filter(row -> row.unitCode().equals("U001")).count();
        assertThat(sheet(get("/decision/export").param("year", "2021"), "gongwei")).hasSize(board.rows().size());
        List<List<String>> rows = sheet(get("/decision/export").param("year", "2021").param("unit", "U001"), "gongwei");
        assertThat(rows).hasSize((int) ofUnit).allSatisfy(row -> assertThat(row.get(1)).startsWith("U001-"));
        long fiveStars = board.rows().stream().filter(row -> row.finalStars() == 5).count();
        assertThat(sheet(get("/decision/export").param("year", "2021").param("stars", "5"), "gongwei")).hasSize((int) fiveStars);
    }

    @Test
    void aUnitsSheetsHoldOnlyItsUnit() throws Exception {
        long unit = registry.unitByCode("U001").orElseThrow().getId();
        var campaign = campaigns.current().orElseThrow();
        int declared = declarations.rows(campaign.getId(), DeclarationFilter.everything(), DataScope.unit(unit)).size();
        List<List<String>> queue = sheet(get("/declarations/review/export"), "u001");
        assertThat(queue).hasSize(declared).isNotEmpty().allSatisfy(row -> assertThat(row.get(2)).isEqualTo("U001"));

        long branches = registry.organizations(new OrganizationQuery(null, unit, null, OrganizationType.BRANCH, null, null),
                DataScope.unit(unit), PageRequest.of(0, 1)).getTotalElements();
        assertThat(sheet(get("/decision/history/export"), "u001")).hasSize((int) branches)
                .allSatisfy(row -> assertThat(row.get(0)).startsWith("U001-"));
        // The committee's lists stay the committee's.
        mvc.perform(get("/decision/export").with(user(account("u001")))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/export").with(user(account("u001")))).andExpect(status().isForbidden());
    }

    @Test
    void theObjectionsAndNoticeSheetsHoldTheYearsRows() throws Exception {
        int inbox = objections.list(YEAR, null, account("gongwei")).size();
        assertThat(sheet(get("/notice/2021/objections/export"), "gongwei")).hasSize(inbox).isNotEmpty();
        long noticed = notices.units(YEAR).stream().mapToLong(unit -> unit.branches().size()).sum();
        assertThat(sheet(get("/notice/2021/export"), "gongwei")).hasSize((int) noticed);
        assertThat(sheet(get("/campaigns/export"), "gongwei")).hasSize(campaigns.all().size());
    }

    @Test
    void theObservationAndScoringSheetsHoldTheirPagesRows() throws Exception {
        int groupPeople = observation.groups(YEAR).stream().mapToInt(group -> group.everyone().size()).sum();
        assertThat(sheet(get("/observation/groups/export"), "gongwei")).hasSize(groupPeople).isNotEmpty();
        assertThat(sheet(get("/observation/observers/export"), "gongwei")).hasSize(observation.observers().size());
        assertThat(sheet(get("/observation/recusals/export"), "gongwei")).hasSize(observation.recusals(YEAR).size());
        // The committee's scoring list shows its first hundred; the sheet holds them all.
        List<List<String>> planned = sheet(get("/scoring/committee/export").param("year", "2021"), "gongwei");
        assertThat(planned).hasSizeGreaterThan(100);
        assertThat(sheet(get("/scoring/ledger/U001-B05/export").param("year", "2021"), "gongwei"))
                .hasSize(sheets.ledger(YEAR, "U001-B05").size()).isNotEmpty();
        assertThat(sheet(get("/decision/2021/designation/export"), "gongwei")).hasSize(designations.named(YEAR).size())
                .isNotEmpty();
        assertThat(sheet(get("/admin/calendar/export").param("year", "2021"), "admin")).hasSize(calendar.year(YEAR).size());
    }

    @Test
    void sheetsAreXlsxDownloads() throws Exception {
        var response = mvc.perform(get("/standards/export").with(user(account("gongwei")))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo(XlsxDownload.CONTENT_TYPE);
        assertThat(response.getHeader("Content-Disposition")).contains("attachment");
    }

}
