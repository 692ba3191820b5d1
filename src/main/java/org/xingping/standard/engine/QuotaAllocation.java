package org.xingping.standard.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xingping.standard.Quota;
import org.xingping.standard.QuotaUse;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Reason;

/**
 * Step 5, over all branches at once: "Branches at that level are ranked by total; those beyond the
 * cap fall to the next level they qualify for (which has its own quota). Branches tied at the cut
 * line (the same total as the last one within the cap) are all marked quota-tie and keep the level
 * provisionally." Quotas are applied from the most stars down, so a branch that falls meets the
 * quota of the level it falls to.
 */
final class QuotaAllocation {

    /** By rounded total, highest first; the branch code only orders equal totals for a stable listing. */
    static final Comparator<Standing> RANKING = Comparator.comparing(Standing::total).reversed()
            .thenComparing(Standing::branchCode);

    private final RatingStandard standard;
    private final LevelSteps levelSteps;

    QuotaAllocation(RatingStandard standard, LevelSteps levelSteps) {
        this.standard = standard;
        this.levelSteps = levelSteps;
    }

    /**
     * Applies every quota and answers how each was used; warnings for guidance quotas exceeded go to
     * {@code warnings}.
     *
     * @param population every branch in the campaign's scope, for {@code of: all-branches}
     */
    List<QuotaUse> apply(List<Standing> branches, int population, List<Reason> warnings) {
        // "of: rated counts the evaluated branches that have a level after steps 1–4 (before any quota)".
        int rated = (int) branches.stream().filter(b -> b.level.isRated()).count();
        List<Quota> quotas = new ArrayList<>(standard.quotas());
        quotas.sort(Comparator.comparing(Quota::stars).reversed());
        List<QuotaUse> uses = new ArrayList<>();
        for (Quota quota : quotas) {
            int base = quota.of() == Quota.Population.ALL_BRANCHES ? population : rated;
            uses.add(apply(quota, base, branches, warnings));
        }
        uses.sort(Comparator.comparing((QuotaUse use) -> standard.quotas().indexOf(use.quota())));
        return uses;
    }

    private QuotaUse apply(Quota quota, int population, List<Standing> branches, List<Reason> warnings) {
        int cap = quota.cap(population);
        List<Standing> atLevel = new ArrayList<>();
        for (Standing branch : branches) {
            if (branch.level.equals(quota.stars())) {
                atLevel.add(branch);
            }
        }
        if (atLevel.size() <= cap) {
            return new QuotaUse(quota, population, cap, atLevel.size(), atLevel.size(), 0, 0);
        }
        if (!quota.isHard()) {
            warnings.add(Reason.guidanceQuotaExceeded(quota, atLevel.size(), cap));
            return new QuotaUse(quota, population, cap, atLevel.size(), atLevel.size(), 0, 0);
        }
        atLevel.sort(RANKING);
        boolean tieAtCut = cap > 0 && atLevel.get(cap).total().compareTo(atLevel.get(cap - 1).total()) == 0;
        int ties = 0;
        int fallen = 0;
        for (int rank = 0; rank < atLevel.size(); rank++) {
            Standing branch = atLevel.get(rank);
            boolean onCutLine = tieAtCut && branch.total().compareTo(atLevel.get(cap - 1).total()) == 0;
            if (onCutLine) {
                branch.quotaTie = true;
                ties++;
            } else if (rank >= cap) {
                branch.level = levelSteps.highestEarnedAtMost(branch, quota.stars().stars() - 1);
                branch.reasons.add(Reason.quotaFull(quota, cap));
                fallen++;
            }
        }
        return new QuotaUse(quota, population, cap, atLevel.size(), atLevel.size() - fallen, ties, fallen);
    }
}
