package org.xingping.decision.board;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingping.decision.CalibrationChoice;
import org.xingping.decision.Confirmation;
import org.xingping.decision.Fact;
import org.xingping.decision.Settlement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.scoring.ReviewedScores;
import org.xingping.standard.RatingStandard;

/**
 * Everything the board of one campaign is assembled from, read in a few queries.
 *
 * @param declarations the declarations forwarded to the committee
 * @param claims       conditions claimed, by branch code
 * @param facts        the latest record of each fact, by branch code and fact
 * @param settlements  the latest settlement of each subject, by branch code and subject
 * @param levels       stars held by year, by branch code
 * @param frozen       the confirmed results, by branch code; empty before confirmation
 */
public record BoardInputs(int year, RatingStandard standard, int population, List<DeclarationRow> declarations,
                          Map<String, Set<String>> claims, List<ReviewedScores> reviewed,
                          Map<String, Map<String, Fact>> facts, Map<String, Map<String, Settlement>> settlements,
                          CalibrationChoice choice, Map<String, Map<Integer, Integer>> levels,
                          Map<String, Frozen> frozen, Optional<Confirmation> confirmation) {

    /** A branch's confirmed result as stored. */
    public record Frozen(int finalStars, BigDecimal total, List<String> honours, boolean reopened) {
    }
}
