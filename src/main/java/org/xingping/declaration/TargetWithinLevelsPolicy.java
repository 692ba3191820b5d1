package org.xingping.declaration;

import java.util.stream.Collectors;

import org.xingping.standard.Level;
import org.xingping.standard.StarLevel;

/** The level applied for is one the standard defines. */
class TargetWithinLevelsPolicy implements SubmissionPolicy {

    @Override
    public Verdict check(Submission submission) {
        int target = submission.declaration().getTargetLevel();
        boolean defined = target >= 1 && target <= StarLevel.HIGHEST
                && submission.standard().level(StarLevel.of(target)).isPresent();
        return defined ? Verdict.allowed() : Verdict.refused("policy.targetLevel", target,
                submission.standard().levels().stream().map(Level::stars).map(s -> Integer.toString(s.stars()))
                        .collect(Collectors.joining("、")));
    }
}
