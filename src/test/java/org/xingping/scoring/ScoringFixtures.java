package org.xingping.scoring;

import java.util.UUID;

import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Observer;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;

/** The people of scoring tests: an observer signed in with their own account, someone of a role, a request key. */
final class ScoringFixtures {

    private ScoringFixtures() {
    }

    /** The observer's account as it signs in: a group leader's role for those who may lead. */
    static CurrentUser account(ObservationManagement observation, Observer person) {
        String username = observation.observers().stream().filter(stored -> stored.observer().equals(person))
                .findFirst().orElseThrow().username();
        return new CurrentUser(-1, username, person.name(), person.mayLead() ? Role.GROUP_LEADER : Role.OBSERVER,
                null, null, false, false, true, null);
    }

    /** An account of the role bound to nothing. */
    static CurrentUser someone(Role role) {
        return new CurrentUser(-2, "x-" + role, "某人", role, null, null, false, false, true, null);
    }

    /** A fresh request key, as a device makes one per change. */
    static String key() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
