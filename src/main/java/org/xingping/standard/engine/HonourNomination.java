package org.xingping.standard.engine;

import java.util.ArrayList;
import java.util.List;

import org.xingping.standard.Honour;
import org.xingping.standard.RatingStandard;

/**
 * Proposes honours: "the branches whose final level is at least requiresStars and that meet
 * requires, ranked by total, at most maxCount (all branches tied at the cut are proposed); the
 * committee decides".
 */
final class HonourNomination {

    private final RatingStandard standard;

    HonourNomination(RatingStandard standard) {
        this.standard = standard;
    }

    void apply(List<Standing> branches) {
        for (Honour honour : standard.honours()) {
            List<Standing> candidates = new ArrayList<>();
            for (Standing branch : branches) {
                if (!branch.level.isBelow(honour.requiresStars()) && branch.conditions.allHold(honour.requires())) {
                    candidates.add(branch);
                }
            }
            candidates.sort(QuotaAllocation.RANKING);
            int within = honour.maxCount().orElse(Integer.MAX_VALUE);
            for (int rank = 0; rank < candidates.size(); rank++) {
                boolean tiedWithLast = rank >= within
                        && candidates.get(rank).total().compareTo(candidates.get(within - 1).total()) == 0;
                if (rank < within || tiedWithLast) {
                    candidates.get(rank).honours.add(honour.code());
                } else {
                    break;
                }
            }
        }
    }
}
