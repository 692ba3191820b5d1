package org.xingping.declaration;

import java.util.List;

/** A submission refused by one or more rules; every refusal is listed. */
public class SubmissionRefused extends DeclarationRefused {

    private final transient List<DeclarationRefused> refusals;

    public SubmissionRefused(List<DeclarationRefused> refusals) {
        super("policy.refused", refusals.size());
        this.refusals = List.copyOf(refusals);
    }

    public List<DeclarationRefused> refusals() {
        return refusals;
    }
}
