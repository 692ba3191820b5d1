package org.xingping.platform;

import java.util.List;
import java.util.Optional;

/**
 * What the account pages need to know about units and branches without depending on the
 * organisation registry (which depends on the platform): the registry implements it.
 */
public interface ScopeDirectory {

    /** A unit or a party organisation as a choice in a form. */
    record Choice(long id, long unitId, String code, String name) {
    }

    /** Units whose code or name contains the text, at most {@code limit}. */
    List<Choice> findUnits(String text, int limit);

    /** Party organisations whose code or name contains the text, at most {@code limit}. */
    List<Choice> findOrganizations(String text, int limit);

    Optional<Choice> unit(long id);

    Optional<Choice> organization(long id);

    Optional<Choice> unitByCode(String code);

    Optional<Choice> organizationByCode(String code);
}
