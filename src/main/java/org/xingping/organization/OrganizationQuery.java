package org.xingping.organization;

/**
 * A search of the organisation list; every field is optional.
 *
 * @param text  contained in the code, name or secretary
 * @param unit  only this unit's organisations
 * @param under only this organisation and everything below it
 * @param type  only this type
 * @param year  with {@code stars}: only those that held that many stars that year
 * @param stars see {@code year}
 */
public record OrganizationQuery(String text, Long unit, Long under, OrganizationType type, Integer year,
        Integer stars) {

    public static OrganizationQuery everything() {
        return new OrganizationQuery(null, null, null, null, null, null);
    }
}
