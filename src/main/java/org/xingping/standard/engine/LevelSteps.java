package org.xingping.standard.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xingping.standard.Condition;
import org.xingping.standard.DeclaredTarget;
import org.xingping.standard.Level;
import org.xingping.standard.Promotion;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Reason;
import org.xingping.standard.StarLevel;
import org.xingping.standard.Veto;

/**
 * Steps 1 to 4 of the format, for one branch at a time: the level earned, then vetoes, the
 * declaration and promotion, each recording the reason when it lowers the level. "Wherever a step
 * caps the level at n, the branch gets the highest defined level ≤ n, or no level (0, not rated)."
 */
final class LevelSteps {

    private final RatingStandard standard;
    private final List<Level> levelsHighestFirst;

    LevelSteps(RatingStandard standard) {
        this.standard = standard;
        this.levelsHighestFirst = standard.levelsHighestFirst();
    }

    void apply(Standing branch) {
        earn(branch);
        applyVetoes(branch);
        capAtDeclaration(branch);
        limitPromotion(branch);
    }

    /** The highest defined level of at most {@code ceiling} stars that the branch earns, or not rated. */
    StarLevel highestEarnedAtMost(Standing branch, int ceiling) {
        for (Level level : levelsHighestFirst) {
            if (level.stars().stars() <= ceiling && earns(branch, level)) {
                return level.stars();
            }
        }
        return StarLevel.NOT_RATED;
    }

    /** Step 1: "the highest level earned", and why not the level the branch aimed at. */
    private void earn(Standing branch) {
        branch.earned = highestEarnedAtMost(branch, StarLevel.HIGHEST);
        branch.level = branch.earned;
        explainShortfall(branch);
    }

    /** "A level is earned when the rounded total ≥ min and every condition in requires holds." */
    private boolean earns(Standing branch, Level level) {
        return branch.total().compareTo(level.min()) >= 0 && branch.conditions.allHold(level.requires());
    }

    /**
     * The reasons a branch earned less than the highest defined level it applied for: the first
     * threshold its total missed, and every prerequisite missing from a level its total reached.
     */
    private void explainShortfall(Standing branch) {
        StarLevel aim = standard.highestDefinedAtMost(branch.record.declaration().target());
        Set<String> missing = new LinkedHashSet<>();
        for (int stars = branch.earned.stars() + 1; stars <= aim.stars(); stars++) {
            Optional<Level> level = standard.level(StarLevel.of(stars));
            if (level.isEmpty()) {
                continue;
            }
            if (branch.total().compareTo(level.get().min()) < 0) {
                branch.reasons.add(Reason.belowThreshold(branch.total(), level.get()));
                break;
            }
            for (String code : level.get().requires()) {
                if (!branch.conditions.holds(code)) {
                    missing.add(code);
                }
            }
        }
        for (String code : missing) {
            Condition condition = standard.condition(code).orElseThrow();
            branch.reasons.add(Reason.missingCondition(condition));
        }
    }

    /** Step 2: every veto the committee recorded or whose {@code when} holds; the strictest cap wins. */
    private void applyVetoes(Standing branch) {
        StarLevel beforeVetoes = branch.level;
        StarLevel lowest = beforeVetoes;
        for (Veto veto : standard.vetoes()) {
            boolean applies = branch.record.recordedVetoes().contains(veto.code())
                    || veto.when().map(branch.conditions::holds).orElse(false);
            if (!applies) {
                continue;
            }
            branch.vetoes.add(veto.code());
            StarLevel capped = standard.highestDefinedAtMost(veto.effect().cap());
            if (capped.isBelow(beforeVetoes)) {
                branch.reasons.add(Reason.veto(veto));
                lowest = lowest.lower(capped);
            }
        }
        branch.level = lowest;
    }

    /** Step 3: "never above the level the branch applied for (申报目标)". */
    private void capAtDeclaration(Standing branch) {
        StarLevel target = branch.record.declaration().target();
        branch.capAt(standard.highestDefinedAtMost(target), Reason.declaration(target));
    }

    /** Step 4: "never more than maxStep above the branch's current level, unless one of the skipWith conditions holds". */
    private void limitPromotion(Standing branch) {
        Optional<Promotion> promotion = standard.promotion();
        if (promotion.isEmpty() || branch.conditions.anyHolds(promotion.get().skipWith())) {
            return;
        }
        DeclaredTarget declaration = branch.record.declaration();
        StarLevel ceiling = declaration.current().plus(promotion.get().maxStep());
        branch.capAt(standard.highestDefinedAtMost(ceiling), Reason.promotion(promotion.get(), declaration.current()));
    }
}
