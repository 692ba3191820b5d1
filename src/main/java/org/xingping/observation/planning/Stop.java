package org.xingping.observation.planning;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * One element of a group's list: a unit block (the unit's briefing, then each of its declared
 * branches, by the minutes of their target level) or a linking visit (one branch of a unit that
 * another group sees). Immutable; shared by every clone of a solution.
 */
final class Stop {

    @PlanningId
    private final String id;
    private final String unitCode;
    private final int place;
    private final boolean linking;
    private final List<Slot> slots;
    private final int minutes;
    private final Set<String> branchCodes;

    Stop(String id, String unitCode, int place, boolean linking, List<Slot> slots) {
        if (slots.isEmpty()) {
            throw new IllegalArgumentException("A stop has at least one visit");
        }
        this.id = id;
        this.unitCode = unitCode;
        this.place = place;
        this.linking = linking;
        this.slots = List.copyOf(slots);
        this.minutes = slots.stream().mapToInt(Slot::minutes).sum();
        this.branchCodes = slots.stream().filter(slot -> !slot.isBriefing()).map(Slot::branchCode)
                .collect(Collectors.toUnmodifiableSet());
    }

    String id() {
        return id;
    }

    String unitCode() {
        return unitCode;
    }

    /** Where the stop is, as an index into the region's {@link TravelMatrix}. */
    int place() {
        return place;
    }

    boolean linking() {
        return linking;
    }

    List<Slot> slots() {
        return slots;
    }

    /** Visiting minutes, travel not included. */
    int minutes() {
        return minutes;
    }

    Set<String> branchCodes() {
        return branchCodes;
    }

    @Override
    public String toString() {
        return id;
    }
}
