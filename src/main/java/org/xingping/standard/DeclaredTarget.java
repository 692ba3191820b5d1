package org.xingping.standard;

/**
 * What the engine needs of a branch's declaration: its kind, the level it holds now (现星级; not
 * rated when it has none) and the level it applied for (申报星级), above which it never rises.
 */
public record DeclaredTarget(DeclarationKind kind, StarLevel current, StarLevel target) {

    public static DeclaredTarget keep(StarLevel level) {
        return new DeclaredTarget(DeclarationKind.KEEP, level, level);
    }

    public static DeclaredTarget promote(StarLevel current, StarLevel target) {
        return new DeclaredTarget(DeclarationKind.PROMOTE, current, target);
    }

    public static DeclaredTarget first(StarLevel target) {
        return new DeclaredTarget(DeclarationKind.FIRST, StarLevel.NOT_RATED, target);
    }
}
