package org.xingping.declaration;

import org.xingping.standard.DeclarationKind;

/** A filter of the declaration list; every field is optional. */
public record DeclarationFilter(String text, Long unit, String category, DeclarationStatus status,
        DeclarationKind kind, Integer targetLevel) {

    public static DeclarationFilter everything() {
        return new DeclarationFilter(null, null, null, null, null, null);
    }
}
