package org.xingping.observation;

import java.util.Objects;

/** A branch that declared in the campaign: it is visited once, for the minutes its target level takes. */
public record BranchToVisit(String code, int targetLevel) {

    public BranchToVisit {
        Objects.requireNonNull(code, "code");
        if (targetLevel < 1 || targetLevel > 5) {
            throw new IllegalArgumentException("A target level is 1 to 5 stars: " + targetLevel);
        }
    }
}
