package org.xingping.declaration;

/** One declaration per branch per year. */
class OneDeclarationPerBranchPolicy implements SubmissionPolicy {

    @Override
    public Verdict check(Submission submission) {
        return submission.declaredTwice() ? Verdict.refused("policy.onePerBranch") : Verdict.allowed();
    }
}
