package org.xingping.observation.planning;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.xingping.campaign.VisitingHours;

/** Stops, routes and calendars as the tests of the planning model speak of them. */
final class PlanningFixtures {

    static final int BRIEFING = 15;
    static final int FIVE_STARS = 8;
    static final int FOUR_STARS = 6;

    private PlanningFixtures() {
    }

    /** The reference hours, 08:30–12:00 and 14:30–18:00, over {@code days} days. */
    static PlanningCalendar referenceDays(int days) {
        return PlanningCalendar.of(days, List.of(new VisitingHours(LocalTime.of(8, 30), LocalTime.of(12, 0)),
                new VisitingHours(LocalTime.of(14, 30), LocalTime.of(18, 0))));
    }

    static int at(int hour, int minute) {
        return hour * 60 + minute;
    }

    /** A unit's block at a place: its briefing, then one branch of each of the given minutes. */
    static Stop unitBlock(String unit, int place, int... branchMinutes) {
        List<Slot> slots = new ArrayList<>();
        slots.add(new Slot(null, BRIEFING));
        for (int i = 0; i < branchMinutes.length; i++) {
            slots.add(new Slot(unit + "-B" + (i + 1), branchMinutes[i]));
        }
        return new Stop(unit, unit, place, false, slots);
    }

    /** A block of exactly {@code minutes}: a briefing, four-star branches, and one shorter branch for the rest. */
    static Stop blockOf(String unit, int place, int minutes) {
        int branchMinutes = minutes - BRIEFING;
        int whole = branchMinutes / FOUR_STARS;
        int rest = branchMinutes % FOUR_STARS;
        int[] each = new int[whole + (rest > 0 ? 1 : 0)];
        Arrays.fill(each, 0, whole, FOUR_STARS);
        if (rest > 0) {
            each[whole] = rest;
        }
        return unitBlock(unit, place, each);
    }

    static Stop linkingVisit(String branch, String unit, int place) {
        return new Stop(branch + "*", unit, place, true, List.of(new Slot(branch, FIVE_STARS)));
    }

    /** Travel in minutes between places: {@code minutes[a][b]}, which the tests keep symmetric. */
    static TravelMatrix travel(int[][] minutes) {
        return new TravelMatrix(minutes);
    }

    /** Places 0 and 1 share a site (5 minutes); place 2 is 12 minutes from both. */
    static TravelMatrix threePlaces() {
        return travel(new int[][] {{0, 5, 12}, {5, 0, 12}, {12, 12, 0}});
    }

    static RouteFacts facts(PlanningCalendar calendar, TravelMatrix travel) {
        return new RouteFacts(calendar, travel, List.of(), Set.of(), Set.of(), 0);
    }
}
