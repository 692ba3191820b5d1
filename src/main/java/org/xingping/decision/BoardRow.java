package org.xingping.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.xingping.standard.DeclarationKind;
import org.xingping.standard.Parts;
import org.xingping.standard.Reason;

/**
 * One declared branch on the decision board: what it applied for and claimed, what the groups saw
 * (raw and severity-adjusted totals, the total that counts, the part sums), the level it earned,
 * the engine's level with every reason that lowered it, the committee's settlement, and honours.
 *
 * @param rank          1 for the highest total that counts; equal totals share a rank
 * @param groups        the groups that saw it: two for a linking branch
 * @param adjustedTotal the raw total less the severity of the groups that saw it; empty when the
 *                      severities cannot be estimated
 * @param total         the rounded total the engine decided with: raw or adjusted, as the committee chose
 * @param engineStars   the engine's final level, before the committee's settlement
 * @param finalStars    the level as decided: the settlement's if there is one, else the engine's
 * @param quotaTie      tied at a quota's cut line: the committee must settle it before confirming
 * @param proposedHonours the honours the engine proposes
 * @param honours       the honours as decided: proposed, granted or withdrawn by the committee
 */
public record BoardRow(int rank, String branchCode, String branchName, String unitCode, String unitName,
                       List<Integer> groups, DeclarationKind kind, int currentLevel, int targetLevel,
                       BigDecimal selfScore, BigDecimal rawTotal, Optional<BigDecimal> adjustedTotal, BigDecimal total,
                       Parts parts, int earnedStars, int engineStars, int finalStars, List<Reason> reasons,
                       boolean quotaTie, Optional<Settlement> levelSettlement, List<String> proposedHonours,
                       List<String> honours, Set<String> claims, Set<String> conditionsHeld, List<String> vetoes,
                       Status status) {

    /** Where the branch's result stands. */
    public enum Status {
        /** Evaluated from the current scores and facts; the decision is not confirmed. */
        PENDING,
        /** Confirmed and frozen. */
        CONFIRMED,
        /** An upheld objection sent it back: the committee decides it again. */
        REOPENED
    }

    public BoardRow {
        groups = List.copyOf(groups);
        reasons = List.copyOf(reasons);
        proposedHonours = List.copyOf(proposedHonours);
        honours = List.copyOf(honours);
        claims = Set.copyOf(claims);
        conditionsHeld = Set.copyOf(conditionsHeld);
        vetoes = List.copyOf(vetoes);
    }

    /** A tie the committee has not settled yet: it blocks confirmation. */
    public boolean openTie() {
        return quotaTie && levelSettlement.isEmpty();
    }

    public boolean linking() {
        return groups.size() > 1;
    }

    /** The committee may still change it: before confirmation, or sent back by an objection. */
    public boolean open() {
        return status != Status.CONFIRMED;
    }

    /** Observed minus self score, when the branch gave one: how far its self-assessment was from what the groups saw. */
    public Optional<BigDecimal> selfGap() {
        return Optional.ofNullable(selfScore).map(self -> total.subtract(self));
    }
}
