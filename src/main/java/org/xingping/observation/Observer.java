package org.xingping.observation;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who observes (观摩员), from the observers table.
 *
 * @param homeUnitCode the unit they work in, or {@code null} for someone outside the campaign's
 *                     units (such as the 工委's own staff)
 * @param mayLead      whether they may lead a group (可任组长)
 */
public record Observer(String name, String role, String homeUnitCode, boolean mayLead) {

    public Observer {
        Objects.requireNonNull(name, "name");
        role = role == null ? "" : role;
        homeUnitCode = homeUnitCode == null || homeUnitCode.isBlank() ? null : homeUnitCode;
    }

    public Optional<String> homeUnit() {
        return Optional.ofNullable(homeUnitCode);
    }
}
