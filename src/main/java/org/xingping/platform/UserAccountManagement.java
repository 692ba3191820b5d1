package org.xingping.platform;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, finding and changing accounts. Every change is audited; a refusal is an
 * {@link AccountRefused} carrying the message key that says why.
 */
@Service
@Transactional
public class UserAccountManagement {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final ScopeDirectory directory;

    UserAccountManagement(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog audit,
            Clock clock, JdbcClient jdbc, ScopeDirectory directory) {
        this.accounts = accounts;
        this.directory = directory;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** What an administrator enters to open an account. */
    public record NewAccount(String username, String displayName, Role role, Long unitId, Long organizationId) {
    }

    /** A request about an account refused for a reason the holder can read. */
    public static final class AccountRefused extends Refused {
        public AccountRefused(String messageKey, Object... arguments) {
            super(messageKey, arguments);
        }
    }

    /** Opens an account with the given password, which its holder must change at first login. */
    public UserAccount open(NewAccount proposed, String initialPassword) {
        NewAccount request = validate(proposed);
        PasswordPolicy.refusal(initialPassword).ifPresent(key -> {
            throw new AccountRefused(key);
        });
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new AccountRefused("account.usernameTaken", request.username());
        }
        UserAccount account;
        try {
            account = accounts.save(UserAccount.open(request.username(), request.displayName(),
                    passwordEncoder.encode(initialPassword), request.role(), request.unitId(),
                    request.organizationId(), true, clock.instant()));
        } catch (DuplicateKeyException raced) {
            throw new AccountRefused("account.usernameTaken", request.username());
        }
        audit.created("UserAccount", account.getUsername(), "开设账号 " + account.getUsername(), snapshot(account));
        return account;
    }

    /**
     * Opens many accounts sharing one password hash, as demo mode does (hashing a thousand
     * passwords one by one would take minutes). They need not change it at first login. Each row
     * starts at version 1, as a saved account does: Spring Data JDBC takes version 0 for unsaved.
     */
    public int openAll(List<NewAccount> requests, String password) {
        String hash = passwordEncoder.encode(password);
        var now = java.sql.Timestamp.from(clock.instant());
        int opened = 0;
        for (NewAccount proposed : requests) {
            NewAccount request = validate(proposed);
            opened += jdbc.sql("""
                    insert into user_account (username, display_name, password_hash, role, unit_id, organization_id,
                                              enabled, must_change_password, failed_logins, created_at, version)
                    values (:username, :displayName, :hash, :role, :unitId, :organizationId, true, false, 0, :now, 1)""")
                    .param("username", request.username())
                    .param("displayName", request.displayName())
                    .param("hash", hash)
                    .param("role", request.role().name())
                    .param("unitId", request.unitId())
                    .param("organizationId", request.organizationId())
                    .param("now", now)
                    .update();
        }
        audit.imported("UserAccount", "批量开设账号 " + opened + " 个");
        return opened;
    }

    public void changeDetails(long id, String displayName, Role role, Long unitId, Long organizationId) {
        UserAccount account = find(id);
        NewAccount request = validate(new NewAccount(account.getUsername(), displayName, role, unitId, organizationId));
        Map<String, Object> before = snapshot(account);
        account.reassign(request.displayName(), request.role(), request.unitId(), request.organizationId());
        accounts.save(account);
        audit.updated("UserAccount", account.getUsername(), "修改账号 " + account.getUsername(), before,
                snapshot(account));
    }

    /** The administrator sets a new random password; the holder must change it at next login. */
    public String resetPassword(long id) {
        UserAccount account = find(id);
        String password = PasswordPolicy.random();
        account.resetPassword(passwordEncoder.encode(password));
        accounts.save(account);
        audit.record(AuditAction.PASSWORD_RESET, AuditLog.currentActor(), "UserAccount", account.getUsername(),
                "重置密码 " + account.getUsername(), null, null);
        return password;
    }

    /** The holder changes their own password, proving they know the current one. */
    public void changeOwnPassword(long id, String currentPassword, String newPassword) {
        UserAccount account = find(id);
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRefused("password.currentWrong");
        }
        PasswordPolicy.refusal(newPassword).ifPresent(key -> {
            throw new AccountRefused(key);
        });
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            throw new AccountRefused("password.unchanged");
        }
        account.changePassword(passwordEncoder.encode(newPassword));
        accounts.save(account);
        audit.record(AuditAction.PASSWORD_CHANGED, account.getUsername(), "UserAccount", account.getUsername(),
                "修改本人密码", null, null);
    }

    public void disable(long id) {
        UserAccount account = find(id);
        if (CurrentUser.get().filter(user -> user.id() == id).isPresent()) {
            throw new AccountRefused("account.cannotDisableSelf");
        }
        Map<String, Object> before = snapshot(account);
        account.disable();
        accounts.save(account);
        audit.updated("UserAccount", account.getUsername(), "停用账号 " + account.getUsername(), before,
                snapshot(account));
    }

    public void enable(long id) {
        UserAccount account = find(id);
        Map<String, Object> before = snapshot(account);
        account.enable();
        accounts.save(account);
        audit.updated("UserAccount", account.getUsername(), "启用账号 " + account.getUsername(), before,
                snapshot(account));
    }

    @Transactional(readOnly = true)
    public UserAccount find(long id) {
        return accounts.findById(id).orElseThrow(() -> new AccountRefused("account.notFound", id));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }

    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /** Accounts whose username or name contains the text, optionally of one role, by username. */
    @Transactional(readOnly = true)
    public Page<UserAccount> search(String text, Role role, Pageable pageable) {
        String like = text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase() + "%";
        String where = " where (cast(:like as varchar) is null or lower(username) like :like or lower(display_name) like :like)"
                + " and (cast(:role as varchar) is null or role = :role)";
        long total = jdbc.sql("select count(*) from user_account" + where)
                .param("like", like).param("role", role == null ? null : role.name())
                .query(Long.class).single();
        List<Long> ids = jdbc.sql("select id from user_account" + where
                        + " order by username limit :limit offset :offset")
                .param("like", like).param("role", role == null ? null : role.name())
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(Long.class).list();
        Map<Long, UserAccount> byId = new java.util.HashMap<>();
        accounts.findAllById(ids).forEach(account -> byId.put(account.getId(), account));
        List<UserAccount> page = ids.stream().map(byId::get).toList();
        return new PageImpl<>(page, pageable, total);
    }

    // --- used by the security listeners -------------------------------------------------------

    @Transactional(readOnly = true)
    public Optional<CurrentUser> signInCandidate(String username) {
        return accounts.findByUsername(username).map(account -> account.toCurrentUser(clock.instant()));
    }

    /** Counts a failed login in its own transaction: the failed request itself commits nothing. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedLogin(String username) {
        accounts.findByUsername(username).ifPresent(account -> {
            account.recordFailedLogin(clock.instant());
            accounts.save(account);
        });
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccessfulLogin(String username) {
        accounts.findByUsername(username).ifPresent(account -> {
            if (account.getFailedLogins() > 0 || account.getLockedUntil() != null) {
                account.recordSuccessfulLogin();
                accounts.save(account);
            }
        });
    }

    /**
     * Checks a request and completes its scope: a branch account's unit is its branch's unit, and
     * a role without a scope keeps only the unit an observer works in.
     */
    private NewAccount validate(NewAccount request) {
        if (request.username() == null || !request.username().matches("[a-z0-9][a-z0-9_.-]{1,63}")) {
            throw new AccountRefused("account.usernameInvalid");
        }
        if (request.displayName() == null || request.displayName().isBlank()) {
            throw new AccountRefused("account.displayNameRequired");
        }
        if (request.role() == null) {
            throw new AccountRefused("account.roleRequired");
        }
        Long unitId = request.unitId();
        Long organizationId = request.role().needsOrganization() ? request.organizationId() : null;
        if (request.role().needsOrganization()) {
            if (organizationId == null) {
                throw new AccountRefused("account.organizationRequired");
            }
            unitId = directory.organization(organizationId)
                    .orElseThrow(() -> new AccountRefused("account.organizationNotFound")).unitId();
        } else if (unitId != null && directory.unit(unitId).isEmpty()) {
            throw new AccountRefused("account.unitNotFound");
        }
        if (request.role().needsUnit() && unitId == null) {
            throw new AccountRefused("account.unitRequired");
        }
        boolean keepsUnit = request.role().needsUnit() || request.role() == Role.OBSERVER
                || request.role() == Role.GROUP_LEADER;
        return new NewAccount(request.username(), request.displayName().strip(), request.role(),
                keepsUnit ? unitId : null, organizationId);
    }

    private static Map<String, Object> snapshot(UserAccount account) {
        var state = new java.util.LinkedHashMap<String, Object>();
        state.put("username", account.getUsername());
        state.put("displayName", account.getDisplayName());
        state.put("role", account.getRole().name());
        state.put("unitId", account.getUnitId());
        state.put("organizationId", account.getOrganizationId());
        state.put("enabled", account.isEnabled());
        return state;
    }
}
