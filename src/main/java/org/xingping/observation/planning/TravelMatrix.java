package org.xingping.observation.planning;

import java.util.List;

import org.xingping.observation.TravelTimes;
import org.xingping.observation.UnitToVisit;

/**
 * Travel minutes between the units of one region, by place index, worked out once before solving
 * with the campaign's rule ({@link TravelTimes}), so the timeline only looks them up.
 */
final class TravelMatrix {

    private final int[][] minutes;

    TravelMatrix(int[][] minutes) {
        this.minutes = minutes;
    }

    static TravelMatrix of(List<UnitToVisit> places, TravelTimes travel) {
        int n = places.size();
        int[][] minutes = new int[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int figure = travel.minutes(places.get(a), places.get(b));
                minutes[a][b] = figure;
                minutes[b][a] = figure;
            }
        }
        return new TravelMatrix(minutes);
    }

    int minutes(int from, int to) {
        return minutes[from][to];
    }
}
