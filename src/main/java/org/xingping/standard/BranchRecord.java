package org.xingping.standard;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * What is recorded about one declared branch in a campaign, which with the standard decides its
 * result: the declaration, the observers' item scores, the appraisal figure (0–100, when recorded),
 * the {@code flag} conditions the committee found to hold, the vetoes it recorded, and the levels
 * the branch held in past years.
 */
public record BranchRecord(String branchCode, DeclaredTarget declaration, ObservedScores scores,
                           Optional<BigDecimal> appraisal, Set<String> flags, Set<String> recordedVetoes,
                           LevelHistory history) {

    public BranchRecord {
        flags = Set.copyOf(flags);
        recordedVetoes = Set.copyOf(recordedVetoes);
    }
}
