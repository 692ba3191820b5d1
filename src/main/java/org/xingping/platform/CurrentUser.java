package org.xingping.platform;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the session holds it. Kept small and serializable: sessions live in
 * the database and are shared by every instance.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long unitId;
    private final Long organizationId;
    private final boolean mustChangePassword;
    private final boolean locked;
    private final boolean enabled;
    private transient String passwordHash;

    public CurrentUser(long id, String username, String displayName, Role role, Long unitId, Long organizationId,
            boolean mustChangePassword, boolean locked, boolean enabled, String passwordHash) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.unitId = unitId;
        this.organizationId = organizationId;
        this.mustChangePassword = mustChangePassword;
        this.locked = locked;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    /** The signed-in account, if the current request has one. */
    public static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in account; a request without one never reaches code that calls this. */
    public static CurrentUser required() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    /** What this account may see of the organisation registry. */
    public DataScope scope() {
        return switch (role) {
            case SYSTEM_ADMINISTRATOR, COMMITTEE_ADMINISTRATOR, COMMITTEE_LEADER -> DataScope.all();
            case UNIT_COMMITTEE -> unitId == null ? DataScope.none() : DataScope.unit(unitId);
            case BRANCH_SECRETARY -> unitId == null || organizationId == null
                    ? DataScope.none() : DataScope.organization(unitId, organizationId);
            // Observers see units through their group's itinerary, never through the registry.
            case GROUP_LEADER, OBSERVER -> DataScope.none();
        };
    }

    public CurrentUser withPasswordChanged() {
        return new CurrentUser(id, username, displayName, role, unitId, organizationId, false, locked, enabled, null);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    public boolean isCommittee() {
        return Role.COMMITTEE.contains(role);
    }

    /** An observer or a group leader: someone who scores on site. */
    public boolean isObserver() {
        return role == Role.OBSERVER || role == Role.GROUP_LEADER;
    }

    public Optional<Long> unitId() {
        return Optional.ofNullable(unitId);
    }

    public Optional<Long> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }
}
