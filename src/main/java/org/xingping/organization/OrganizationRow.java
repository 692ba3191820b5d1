package org.xingping.organization;

import java.util.Optional;

/** One line of the organisation list, with its unit and parent by name and its latest level. */
public record OrganizationRow(long id, String code, String name, OrganizationType type, long unitId, String unitCode,
        String unitName, String parentCode, String parentName, String secretary, Integer members, Integer levelYear,
        Integer stars, boolean redFlag, int children) {

    public Optional<Integer> latestStars() {
        return Optional.ofNullable(stars);
    }
}
