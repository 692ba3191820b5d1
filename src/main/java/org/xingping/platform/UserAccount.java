package org.xingping.platform;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * An account: one person (or one office, for unit and branch accounts) bound to one role and,
 * where the role needs it, to a unit or a branch.
 *
 * <p>Lifecycle: the 系统管理员 creates it with a password the holder must change at first login;
 * every failed login counts, the fifth in a row locks it for fifteen minutes; a successful login
 * clears the count; the administrator may reset the password (which again forces a change) or
 * disable the account. Accounts are never deleted, so the audit log keeps naming real people.
 */
public class UserAccount {

    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILED_LOGINS = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private Long id;
    private final String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private Long unitId;
    private Long organizationId;
    private boolean enabled;
    private boolean mustChangePassword;
    private int failedLogins;
    private Instant lockedUntil;
    private final Instant createdAt;
    @Version
    private int version;

    @PersistenceCreator
    UserAccount(Long id, String username, String displayName, String passwordHash, Role role, Long unitId,
            Long organizationId, boolean enabled, boolean mustChangePassword, int failedLogins, Instant lockedUntil,
            Instant createdAt, int version) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.unitId = unitId;
        this.organizationId = organizationId;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.version = version;
    }

    static UserAccount open(String username, String displayName, String passwordHash, Role role, Long unitId,
            Long organizationId, boolean mustChangePassword, Instant now) {
        return new UserAccount(null, username, displayName, passwordHash, role, unitId, organizationId, true,
                mustChangePassword, 0, null, now, 0);
    }

    /** Counts a failed login; the fifth in a row locks the account. */
    void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The holder chose a new password. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    /** The administrator set a password the holder must change at the next login. */
    void resetPassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    void reassign(String newDisplayName, Role newRole, Long newUnitId, Long newOrganizationId) {
        displayName = newDisplayName;
        role = newRole;
        unitId = newUnitId;
        organizationId = newOrganizationId;
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
    }

    CurrentUser toCurrentUser(Instant now) {
        return new CurrentUser(id, username, displayName, role, unitId, organizationId, mustChangePassword,
                isLocked(now), enabled, passwordHash);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getVersion() {
        return version;
    }
}
