package org.xingping.support;

import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;

/**
 * A signed-in account for a test that needs a role and a data scope but no stored account: the
 * principal behind {@code user(...)} in MockMvc requests and the caller of scoped services.
 */
public final class SignedIn {

    private SignedIn() {
    }

    /** An account of the role that sees everything its role may see. */
    public static CurrentUser as(Role role) {
        return as(role, null, null);
    }

    /** An account of the role bound to a unit, or to a unit and one of its organisations. */
    public static CurrentUser as(Role role, Long unitId, Long organizationId) {
        return new CurrentUser(-1, "test-" + role, "某人", role, unitId, organizationId, false, false, true, null);
    }
}
