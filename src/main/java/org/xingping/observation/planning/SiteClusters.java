package org.xingping.observation.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xingping.observation.TravelTimes;
import org.xingping.observation.UnitToVisit;

/** Units grouped by the site they share ({@link TravelTimes#sameSite}), largest site first. */
final class SiteClusters {

    private SiteClusters() {
    }

    static List<List<UnitToVisit>> of(List<UnitToVisit> units) {
        int n = units.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (TravelTimes.sameSite(units.get(a), units.get(b))) {
                    parent[root(parent, a)] = root(parent, b);
                }
            }
        }
        Map<Integer, List<UnitToVisit>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(root(parent, i), r -> new ArrayList<>()).add(units.get(i));
        }
        List<List<UnitToVisit>> ordered = new ArrayList<>(clusters.values());
        ordered.forEach(cluster -> cluster.sort(Comparator.comparing(UnitToVisit::code)));
        ordered.sort(Comparator.<List<UnitToVisit>>comparingInt(List::size).reversed()
                .thenComparing(cluster -> cluster.get(0).code()));
        return ordered;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
