package org.xingping.observation.planning;

import java.util.List;

import org.xingping.observation.ObservationGroup;
import org.xingping.observation.UnitToVisit;

/** One part of a campaign solved on its own: its units and the groups that see them. */
record Region(List<UnitToVisit> units, List<ObservationGroup> groups) {

    Region {
        units = List.copyOf(units);
        groups = List.copyOf(groups);
    }
}
