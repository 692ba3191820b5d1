package org.xingping.organization.web;

import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;

/** Who may change the registry: the committee's staff. Everyone else reads within their scope. */
final class RegistryAccess {

    /** For {@code @PreAuthorize}: the registry's editors. */
    static final String EDITORS = "hasRole('COMMITTEE_ADMINISTRATOR')";

    private RegistryAccess() {
    }

    static boolean canEdit() {
        return CurrentUser.get().map(user -> user.hasRole(Role.COMMITTEE_ADMINISTRATOR)).orElse(false);
    }
}
