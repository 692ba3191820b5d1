package org.xingping.declaration;

import org.xingping.standard.Item;

/** Every item of the standard is assessed before the declaration goes to the unit. */
class CompleteSelfAssessmentPolicy implements SubmissionPolicy {

    @Override
    public Verdict check(Submission submission) {
        String missing = submission.standard().items().stream().map(Item::code)
                .filter(code -> submission.declaration().entry(code).isEmpty())
                .reduce((a, b) -> a + "、" + b).orElse("");
        return missing.isEmpty() ? Verdict.allowed() : Verdict.refused("policy.complete", missing);
    }
}
