package org.xingping.declaration;

/** What happened to a declaration, for the steps and notifications that follow. */
public final class DeclarationEvents {

    private DeclarationEvents() {
    }

    /** The branch submitted its declaration to its unit's pre-review. */
    public record DeclarationSubmitted(long declarationId, long branchId, long unitId, int round) {
    }

    /** The unit returned the declaration to the branch with comments. */
    public record DeclarationReturned(long declarationId, long branchId, long unitId, String comment) {
    }

    /** The unit forwarded the declaration to the 工委. */
    public record DeclarationForwarded(long declarationId, long branchId, long unitId) {
    }
}
