package org.xingping.declaration;

import java.util.ArrayList;
import java.util.List;

import org.xingping.standard.Item;

/**
 * Evidence where the standard asks for it: an item that names the records to look at has at least
 * one file, and so has every condition the branch claims.
 */
class RequiredEvidencePolicy implements SubmissionPolicy {

    @Override
    public Verdict check(Submission submission) {
        List<String> missing = new ArrayList<>();
        for (Item item : submission.standard().items()) {
            if (!item.evidence().isEmpty() && submission.evidenceFor("ITEM", item.code()) == 0) {
                missing.add(item.code());
            }
        }
        for (Claim claim : submission.declaration().claims()) {
            if (submission.evidenceFor("CLAIM", claim.conditionCode()) == 0) {
                missing.add(submission.standard().condition(claim.conditionCode())
                        .map(condition -> condition.name()).orElse(claim.conditionCode()));
            }
        }
        return missing.isEmpty() ? Verdict.allowed() : Verdict.refused("policy.evidence", String.join("、", missing));
    }
}
