package org.xingping.standard;

import java.util.Optional;

/** What a branch applied for in its declaration (申报): to keep its level, to be promoted, or a first rating. */
public enum DeclarationKind {
    KEEP("保持"),
    PROMOTE("晋升"),
    FIRST("首次");

    private final String label;

    DeclarationKind(String label) {
        this.label = label;
    }

    /** The word of the declarations table: 保持 / 晋升 / 首次. */
    public String label() {
        return label;
    }

    public static Optional<DeclarationKind> ofLabel(String label) {
        for (DeclarationKind kind : values()) {
            if (kind.label.equals(label)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
