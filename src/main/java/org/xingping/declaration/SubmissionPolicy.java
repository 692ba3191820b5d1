package org.xingping.declaration;

import java.util.List;

/** One rule a declaration must keep to be submitted; each answers allowed or refused, because …. */
interface SubmissionPolicy {

    Verdict check(Submission submission);

    /** The rules of issue 4, in the order a branch reads their refusals. */
    static List<SubmissionPolicy> all() {
        return List.of(new DeadlinePolicy(), new OneDeclarationPerBranchPolicy(), new TargetWithinLevelsPolicy(),
                new KindPolicy(), new KeepHeldLevelPolicy(), new PromotionPolicy(), new CompleteSelfAssessmentPolicy(),
                new RequiredEvidencePolicy());
    }
}
