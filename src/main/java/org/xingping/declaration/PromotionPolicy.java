package org.xingping.declaration;

import java.util.stream.Collectors;

import org.xingping.standard.Condition;
import org.xingping.standard.Promotion;

/**
 * Promotion within the standard's {@code promotion} rule (逐级晋升): never more than {@code maxStep}
 * above the level held, unless the branch claims one of the {@code skipWith} conditions.
 */
class PromotionPolicy implements SubmissionPolicy {

    @Override
    public Verdict check(Submission submission) {
        Declaration declaration = submission.declaration();
        Promotion promotion = submission.standard().promotion().orElse(null);
        int step = declaration.getTargetLevel() - submission.heldLevel();
        if (promotion == null || step <= promotion.maxStep()) {
            return Verdict.allowed();
        }
        boolean skips = promotion.skipWith().stream().anyMatch(declaration::claims);
        if (skips) {
            return Verdict.allowed();
        }
        String skipNames = promotion.skipWith().stream()
                .map(code -> submission.standard().condition(code).map(Condition::name).orElse(code))
                .collect(Collectors.joining("、"));
        return Verdict.refused(skipNames.isEmpty() ? "policy.promotionStep" : "policy.promotionStepSkip",
                promotion.maxStep(), submission.heldLevel(), declaration.getTargetLevel(), skipNames);
    }
}
