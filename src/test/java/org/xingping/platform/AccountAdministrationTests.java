package org.xingping.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.UnitDetails;
import org.xingping.support.XingPingTest;

/**
 * The system administrator's pages: opening an account bound to a role and a unit, showing its
 * initial password once, resetting it, disabling the account; and searching and exporting the
 * audit log those changes wrote.
 */
@XingPingTest
class AccountAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountManagement accounts;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    PasswordEncoder passwords;

    static final CurrentUser ADMIN = new CurrentUser(-1, "sysadmin", "系统管理员", Role.SYSTEM_ADMINISTRATOR, null,
            null, false, false, true, null);

    @Test
    void opensAUnitAccountAndShowsItsInitialPasswordOnce() throws Exception {
        registry.createUnit(new UnitDetails("T001", "测试单位", "市直", null, new BigDecimal("32.98"),
                new BigDecimal("114.05")));
        MvcResult result = mvc.perform(post("/admin/users").with(user(ADMIN)).with(csrf())
                        .param("username", "t001").param("displayName", "测试单位党委")
                        .param("role", "UNIT_COMMITTEE").param("unitCode", "T001"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attributeExists("newPassword"))
                .andReturn();
        String password = (String) result.getFlashMap().get("newPassword");
        UserAccount opened = accounts.findByUsername("t001").orElseThrow();
        assertThat(opened.getUnitId()).isEqualTo(registry.unitByCode("T001").orElseThrow().getId());
        assertThat(opened.isMustChangePassword()).isTrue();
        assertThat(passwords.matches(password, hashOf(opened))).isTrue();
        mvc.perform(get("/admin/users").with(user(ADMIN)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(password))));
    }

    @Test
    void refusesAUnitAccountWithoutAUnit() throws Exception {
        mvc.perform(post("/admin/users").with(user(ADMIN)).with(csrf())
                        .param("username", "nounit").param("displayName", "无单位")
                        .param("role", "UNIT_COMMITTEE").param("unitCode", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("该角色须绑定单位")));
        assertThat(accounts.findByUsername("nounit")).isEmpty();
    }

    @Test
    void resetsAPasswordAndDisablesAnAccount() throws Exception {
        UserAccount account = accounts.open(new UserAccountManagement.NewAccount("reset-me", "某人",
                Role.OBSERVER, null, null), "First#Pass1");
        MvcResult reset = mvc.perform(post("/admin/users/" + account.getId() + "/reset-password").with(user(ADMIN))
                .with(csrf())).andExpect(redirectedUrl("/admin/users")).andReturn();
        String password = (String) reset.getFlashMap().get("newPassword");
        assertThat(passwords.matches(password, hashOf(accounts.find(account.getId())))).isTrue();
        mvc.perform(post("/admin/users/" + account.getId() + "/disable").with(user(ADMIN)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        assertThat(accounts.find(account.getId()).isEnabled()).isFalse();
    }

    @Test
    void theAuditLogIsSearchableAndExportsAsXlsx() throws Exception {
        accounts.open(new UserAccountManagement.NewAccount("audited", "被记录的人", Role.OBSERVER, null, null),
                "First#Pass1");
        mvc.perform(get("/admin/audit").param("text", "audited").with(user(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("开设账号 audited")));
        byte[] xlsx = mvc.perform(get("/admin/audit/export").param("text", "audited").with(user(ADMIN)))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("开设账号 audited");
        }
    }

    private String hashOf(UserAccount account) {
        return account.getPasswordHash();
    }
}
