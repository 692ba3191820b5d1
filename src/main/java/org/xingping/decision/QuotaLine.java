package org.xingping.decision;

import java.math.BigDecimal;
import java.util.Optional;

import org.xingping.standard.Quota;

/**
 * How a level's quota stands on the board: the cap from the standard and the population, how many
 * branches the decision puts at that level, the cut line (the lowest total still within), and the
 * ties at it still to settle.
 */
public record QuotaLine(Quota quota, String levelName, int population, int cap, int used, Optional<BigDecimal> cutLine,
                        int openTies, int fallen) {

    public boolean exceeded() {
        return used > cap;
    }
}
