package org.xingping.organization;

/** What an import stored. */
public record ImportSummary(int unitsCreated, int unitsUpdated, int organizationsCreated, int organizationsUpdated) {

    public int units() {
        return unitsCreated + unitsUpdated;
    }

    public int organizations() {
        return organizationsCreated + organizationsUpdated;
    }
}
