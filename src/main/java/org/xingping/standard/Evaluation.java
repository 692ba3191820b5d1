package org.xingping.standard;

import java.util.List;
import java.util.Optional;

/**
 * The evaluation of a campaign's declared branches under one standard: each branch's result in the
 * order the records were given, how each quota was used, and the warnings (guidance quotas
 * exceeded) that concern no single branch.
 */
public record Evaluation(List<BranchResult> branches, List<QuotaUse> quotas, List<Reason> warnings) {

    public Evaluation {
        branches = List.copyOf(branches);
        quotas = List.copyOf(quotas);
        warnings = List.copyOf(warnings);
    }

    public Optional<BranchResult> branch(String branchCode) {
        return branches.stream().filter(b -> b.branchCode().equals(branchCode)).findFirst();
    }

    /** How many branches have {@code level} as their final level. */
    public long countAt(StarLevel level) {
        return branches.stream().filter(b -> b.finalLevel().equals(level)).count();
    }
}
