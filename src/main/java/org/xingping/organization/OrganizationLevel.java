package org.xingping.organization;

/**
 * The star level an organisation held in a year, and whether it was named a red-flag branch
 * (红旗党支部) that year: the history later ratings look back on.
 */
public record OrganizationLevel(int year, int stars, boolean redFlag) {

    public OrganizationLevel {
        if (stars < 0 || stars > 5) {
            throw new IllegalArgumentException("stars must be 0..5: " + stars);
        }
    }
}
