package org.xingping.standard;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * What is recorded about one declared branch in a campaign, which with the standard decides its
 * result: the declaration, the observers' item scores, the appraisal figure (0–100, when recorded),
 * the {@code flag} conditions the committee found to hold, the vetoes it recorded, the levels the
 * branch held in past years, and the adjustment for its observers' severity the committee chose to
 * apply (zero unless it did).
 *
 * @param adjustment points added to the exact total before rounding: calibration estimates how much
 *                   harder or softer the group that saw the branch scored, as an offset on the total,
 *                   so the part sums stay as observed and only the total moves
 */
public record BranchRecord(String branchCode, DeclaredTarget declaration, ObservedScores scores,
                           Optional<BigDecimal> appraisal, Set<String> flags, Set<String> recordedVetoes,
                           LevelHistory history, BigDecimal adjustment) {

    public BranchRecord {
        flags = Set.copyOf(flags);
        recordedVetoes = Set.copyOf(recordedVetoes);
        adjustment = adjustment == null ? BigDecimal.ZERO : adjustment;
    }

    /** A record with no adjustment for severity. */
    public BranchRecord(String branchCode, DeclaredTarget declaration, ObservedScores scores,
                        Optional<BigDecimal> appraisal, Set<String> flags, Set<String> recordedVetoes,
                        LevelHistory history) {
        this(branchCode, declaration, scores, appraisal, flags, recordedVetoes, history, BigDecimal.ZERO);
    }
}
