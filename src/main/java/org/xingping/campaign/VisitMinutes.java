package org.xingping.campaign;

import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * How long a visit takes: hearing the unit's report once per unit (一听), and looking, checking,
 * talking and scoring one branch, by the star level the branch applied for.
 *
 * @param unitBriefingMinutes   minutes of a unit's briefing (0 when there is none)
 * @param branchMinutesByLevel  minutes of one branch's visit by target level (1–5); a level not
 *                              listed has no minutes, and a branch declaring it cannot be planned
 */
public record VisitMinutes(int unitBriefingMinutes, Map<Integer, Integer> branchMinutesByLevel) {

    public VisitMinutes {
        if (unitBriefingMinutes < 0) {
            throw new IllegalArgumentException("Negative briefing minutes");
        }
        branchMinutesByLevel = Map.copyOf(new TreeMap<>(branchMinutesByLevel));
    }

    public OptionalInt branchMinutes(int targetLevel) {
        Integer minutes = branchMinutesByLevel.get(targetLevel);
        return minutes == null ? OptionalInt.empty() : OptionalInt.of(minutes);
    }
}
