package org.xingping.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.platform.DataScope;
import org.xingping.platform.Role;
import org.xingping.support.SignedIn;
import org.xingping.support.XingPingTest;

/**
 * The units at the top of the tree. The committee's tree is kept rendered between requests, so
 * these read it again after each kind of change a unit can go through, in both languages, and
 * check that a unit account is never handed the committee's tree.
 */
@XingPingTest
class TreeRootsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    OrganizationImport importer;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void reference() {
        if (registry.unitNodes(DataScope.all()).isEmpty()) {
            RegistryFixtures.importReference(importer);
        }
    }

    @Test
    void theCommitteesTreeFollowsEveryChangeOfItsUnits() throws Exception {
        List<String> before = unitLabels(roots(Role.COMMITTEE_ADMINISTRATOR, null, null));
        assertThat(before).hasSize(registry.unitNodes(DataScope.all()).size()).contains("U001 " + unitName("U001"));
        assertThat(unitLabels(roots(Role.COMMITTEE_LEADER, null, null))).as("the same tree again").isEqualTo(before);

        Unit created = registry.createUnit(new UnitDetails("U950", "树测试单位", "市直", null, new BigDecimal("32.98"),
                new BigDecimal("114.02")));
        assertThat(unitLabels(roots(Role.COMMITTEE_ADMINISTRATOR, null, null))).contains("U950 树测试单位")
                .hasSize(before.size() + 1);

        registry.changeUnit(created.getId(), new UnitDetails("U950", "树测试单位（改名）", "市直", null,
                new BigDecimal("32.98"), new BigDecimal("114.02")));
        assertThat(unitLabels(roots(Role.COMMITTEE_ADMINISTRATOR, null, null))).contains("U950 树测试单位（改名）")
                .doesNotContain("U950 树测试单位");

        registry.deleteUnit(created.getId());
        assertThat(unitLabels(roots(Role.COMMITTEE_ADMINISTRATOR, null, null))).isEqualTo(before);
    }

    @Test
    void eachLanguageHasItsOwnTree() throws Exception {
        Document chinese = roots(Role.COMMITTEE_ADMINISTRATOR, null, "zh-CN");
        Document english = roots(Role.COMMITTEE_ADMINISTRATOR, null, "en");

        assertThat(chinese.select("li.leaf").first().text()).isEqualTo("加载中…");
        assertThat(english.select("li.leaf").first().text()).isEqualTo("Loading…");
        assertThat(unitLabels(english)).isEqualTo(unitLabels(chinese));
        assertThat(roots(Role.COMMITTEE_ADMINISTRATOR, null, "zh-CN").select("li.leaf").first().text())
                .isEqualTo("加载中…");
    }

    @Test
    void aUnitAccountSeesOnlyItsUnitAfterTheCommitteesTreeWasKept() throws Exception {
        roots(Role.COMMITTEE_ADMINISTRATOR, null, null);
        long u001 = unitId("U001");

        assertThat(unitLabels(roots(Role.UNIT_COMMITTEE, u001, null))).containsExactly("U001 " + unitName("U001"));
    }

    @Test
    void aTreeOpenedAtAUnitShowsItsOrganisations() throws Exception {
        long u001 = unitId("U001");
        Document page = Jsoup.parse(mvc.perform(get("/organizations/tree/roots").param("unit", Long.toString(u001))
                        .with(user(SignedIn.as(Role.COMMITTEE_ADMINISTRATOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        Element open = page.selectFirst("details[open]");
        assertThat(open).isNotNull();
        assertThat(open.selectFirst("summary a").text()).isEqualTo("U001 " + unitName("U001"));
        assertThat(open.select("ul li a").eachText()).isNotEmpty();
    }

    private Document roots(Role role, Long unitId, String language) throws Exception {
        var request = get("/organizations/tree/roots").with(user(SignedIn.as(role, unitId, null)));
        if (language != null) {
            request.cookie(new Cookie("xingping-lang", language));
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parseBodyFragment(html);
    }

    /** Each unit's line as a person reads it: code and name. */
    private static List<String> unitLabels(Document roots) {
        return roots.select("li > details > summary > a").eachText();
    }

    private String unitName(String code) {
        return jdbc.sql("select name from unit where code = :code").param("code", code).query(String.class).single();
    }

    private long unitId(String code) {
        return jdbc.sql("select id from unit where code = :code").param("code", code).query(Long.class).single();
    }
}
