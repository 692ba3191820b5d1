package org.xingping.observation;

import java.time.Duration;

/**
 * How a planning run stands, reported each time a region's best plan improves, for a page that
 * shows the best score so far and the time spent.
 *
 * @param regions       how many regions the campaign is solved in
 * @param regionsPlaced regions with every stop placed (their construction done)
 * @param feasible      whether every region's best plan keeps every hard rule
 * @param brokenMinutes minutes of broken hard rules, all regions' best plans together
 * @param softPenalty   the soft penalty of those plans (weighted minutes; lower is better)
 */
public record PlanningProgress(Duration elapsed, int regions, int regionsPlaced, boolean feasible, long brokenMinutes,
                               long softPenalty) {

    /** "0hard/-5230soft", as the solver writes a score. */
    public String score() {
        return -brokenMinutes + "hard/" + -softPenalty + "soft";
    }
}
