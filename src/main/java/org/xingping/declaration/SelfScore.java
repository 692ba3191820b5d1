package org.xingping.declaration;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingping.standard.BranchRecord;
import org.xingping.standard.DeclaredTarget;
import org.xingping.standard.EvaluationRefused;
import org.xingping.standard.Item;
import org.xingping.standard.LevelHistory;
import org.xingping.standard.ObservedScores;
import org.xingping.standard.RatingEngine;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;

/**
 * The branch's own score, computed by the engine from its self-assessment as the observers' would
 * be: once every item is assessed, the standard's total (caps, parts, formula, rounding); before
 * that, the points of the items assessed so far.
 *
 * @param assessed   items assessed so far
 * @param items      items of the standard
 * @param itemScores the points of each assessed item
 * @param total      the engine's rounded total when complete (and computable without an appraisal)
 * @param partial    the sum of the assessed items' points
 */
public record SelfScore(int assessed, int items, Map<String, BigDecimal> itemScores, Optional<BigDecimal> total,
        BigDecimal partial) {

    public boolean complete() {
        return assessed == items;
    }

    static SelfScore of(RatingStandard standard, Declaration declaration) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        ObservedScores.Builder observed = ObservedScores.builder(standard);
        BigDecimal partial = BigDecimal.ZERO;
        for (Item item : standard.items()) {
            var entry = declaration.entry(item.code());
            if (entry.isPresent()) {
                BigDecimal points = item.score(entry.get().value());
                scores.put(item.code(), points);
                observed.add(item.code(), points);
                partial = partial.add(points);
            }
        }
        Optional<BigDecimal> total = Optional.empty();
        if (scores.size() == standard.items().size() && !standard.usesAppraisal()) {
            try {
                DeclaredTarget target = new DeclaredTarget(declaration.getKind(),
                        StarLevel.of(declaration.getCurrentLevel()), StarLevel.of(declaration.getTargetLevel()));
                Set<String> claims = new java.util.HashSet<>();
                declaration.claims().forEach(claim -> claims.add(claim.conditionCode()));
                total = Optional.of(new RatingEngine(standard).score(new BranchRecord("self", target, observed.build(),
                        Optional.empty(), claims, Set.of(), LevelHistory.NONE)).total());
            } catch (EvaluationRefused cannotBeComputed) {
                total = Optional.empty();
            }
        }
        return new SelfScore(scores.size(), standard.items().size(), scores, total, partial);
    }
}
