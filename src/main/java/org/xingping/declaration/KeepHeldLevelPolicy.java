package org.xingping.declaration;

import org.xingping.standard.DeclarationKind;

/** A keep declaration (保持) is only for the level the branch holds. */
class KeepHeldLevelPolicy implements SubmissionPolicy {

    @Override
    public Verdict check(Submission submission) {
        Declaration declaration = submission.declaration();
        if (declaration.getKind() != DeclarationKind.KEEP) {
            return Verdict.allowed();
        }
        int held = submission.heldLevel();
        return held > 0 && declaration.getTargetLevel() == held ? Verdict.allowed()
                : Verdict.refused("policy.keepHeldLevel", held, declaration.getTargetLevel());
    }
}
