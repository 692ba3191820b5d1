package org.xingping.declaration;

import org.xingping.standard.DeclarationKind;

/** A promotion aims above the level held; a first rating is for a branch that holds none. */
class KindPolicy implements SubmissionPolicy {

    @Override
    public Verdict check(Submission submission) {
        Declaration declaration = submission.declaration();
        int held = submission.heldLevel();
        if (declaration.getKind() == DeclarationKind.PROMOTE && declaration.getTargetLevel() <= held) {
            return Verdict.refused("policy.promoteAbove", held, declaration.getTargetLevel());
        }
        if (declaration.getKind() == DeclarationKind.FIRST && held > 0) {
            return Verdict.refused("policy.firstWithoutLevel", held);
        }
        return Verdict.allowed();
    }
}
