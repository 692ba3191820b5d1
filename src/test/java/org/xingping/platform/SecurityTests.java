package org.xingping.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xingping.platform.UserAccountManagement.NewAccount;
import org.xingping.support.SignedIn;
import org.xingping.support.XingPingTest;

/**
 * Accounts and their protection, through the real filter chain: hashed passwords, lockout after
 * five failures, forced change of a given password, CSRF, roles, the audit of every login, the
 * append-only audit log, and sessions kept in the database.
 */
@XingPingTest
class SecurityTests {

    static final String PASSWORD = "Xing@Ping2021";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountManagement accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    XingPingProperties properties;
    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void theFirstStartOpensAdminWithARandomPasswordWrittenToTheDataDirectory() throws Exception {
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.SYSTEM_ADMINISTRATOR);
        assertThat(admin.isMustChangePassword()).isTrue();
        String password = Files.readString(properties.dataDir().resolve("initial-admin-password")).strip();
        assertThat(PasswordPolicy.refusal(password)).isEmpty();
        assertThat(password).isNotEqualTo("Demo@2021");
        assertThat(jdbc.sql("select password_hash from user_account where username = 'admin'").query(String.class)
                .single()).startsWith("{bcrypt}").doesNotContain(password);
    }

    @Test
    void aGivenPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String username = open(Role.COMMITTEE_ADMINISTRATOR);
        Cookie session = login(username, PASSWORD);
        mvc.perform(get("/organizations").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "weak")
                        .param("confirmPassword", "weak"))
                .andExpect(status().isOk());
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", PASSWORD).param("newPassword", "Better#Pass1")
                        .param("confirmPassword", "Better#Pass1"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/organizations").cookie(session)).andExpect(status().isOk());
        assertThat(accounts.findByUsername(username).orElseThrow().isMustChangePassword()).isFalse();
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutes() throws Exception {
        String username = changedPassword(open(Role.COMMITTEE_LEADER));
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong-" + i))
                    .andExpect(redirectedUrl("/login?error=credentials"));
        }
        mvc.perform(formLogin().user(username).password("Better#Pass1"))
                .andExpect(redirectedUrl("/login?error=locked"));
        UserAccount locked = accounts.findByUsername(username).orElseThrow();
        assertThat(Duration.between(java.time.Instant.now(), locked.getLockedUntil()))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        assertThat(auditCount(username, AuditAction.LOGIN_FAILED)).isEqualTo(6);
    }

    @Test
    void everyLoginIsAudited() throws Exception {
        String username = changedPassword(open(Role.COMMITTEE_LEADER));
        mvc.perform(formLogin().user(username).password("Better#Pass1")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("nobody-" + username).password("x"))
                .andExpect(redirectedUrl("/login?error=credentials"));
        assertThat(auditCount(username, AuditAction.LOGIN_SUCCEEDED)).isGreaterThanOrEqualTo(1);
        assertThat(auditCount("nobody-" + username, AuditAction.LOGIN_FAILED)).isEqualTo(1);
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        String username = changedPassword(open(Role.OBSERVER));
        accounts.disable(accounts.findByUsername(username).orElseThrow().getId());
        mvc.perform(formLogin().user(username).password("Better#Pass1"))
                .andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(post("/organizations").with(user(SignedIn.as(Role.COMMITTEE_ADMINISTRATOR))))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheSystemAdministratorManagesUsersAndReadsTheAuditLog() throws Exception {
        mvc.perform(get("/admin/users").with(user(SignedIn.as(Role.SYSTEM_ADMINISTRATOR)))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").with(user(SignedIn.as(Role.SYSTEM_ADMINISTRATOR)))).andExpect(status().isOk());
        for (Role role : new Role[] {Role.COMMITTEE_ADMINISTRATOR, Role.COMMITTEE_LEADER, Role.OBSERVER}) {
            mvc.perform(get("/admin/users").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/audit/export").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
        }
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/organizations")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void theAuditLogRefusesUpdatesAndDeletes() {
        accounts.findByUsername("admin").orElseThrow();
        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isPositive();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
    }

    @Test
    void sessionsLiveInTheDatabaseAndExpireAfterThirtyIdleMinutes() throws Exception {
        String username = changedPassword(open(Role.COMMITTEE_LEADER));
        mvc.perform(formLogin().user(username).password("Better#Pass1")).andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :name")
                .param("name", username).query(Long.class).single()).isEqualTo(1);
        assertThat(sessions.createSession().getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
    }

    // --- fixtures -----------------------------------------------------------------------------------

    private String open(Role role) {
        String username = "t" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(new NewAccount(username, "测试" + role, role, null, null), PASSWORD);
        return username;
    }

    private String changedPassword(String username) {
        accounts.changeOwnPassword(accounts.findByUsername(username).orElseThrow().getId(), PASSWORD, "Better#Pass1");
        return username;
    }

    /** Logs in and answers the session cookie: sessions live in the database, not in the mock request. */
    private Cookie login(String username, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin().user(username).password(password)).andReturn();
        return result.getResponse().getCookie("SESSION");
    }

    private long auditCount(String actor, AuditAction action) {
        return jdbc.sql("select count(*) from audit_event where actor = :actor and action = :action")
                .param("actor", actor).param("action", action.name()).query(Long.class).single();
    }
}
