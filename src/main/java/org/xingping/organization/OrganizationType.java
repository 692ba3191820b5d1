package org.xingping.organization;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of party organisation in a unit's tree, by their names in the table files. */
public enum OrganizationType {

    /** 机关党委: the organ party committee at the top of a unit. */
    ORGAN_COMMITTEE("机关党委"),
    /** 党委: a party committee. */
    COMMITTEE("党委"),
    /** 党总支: a general branch, grouping branches. */
    GENERAL_BRANCH("党总支"),
    /** 党支部: a branch, the organisation that is rated. */
    BRANCH("党支部");

    private final String label;

    OrganizationType(String label) {
        this.label = label;
    }

    /** The Chinese name the table files use. */
    public String label() {
        return label;
    }

    public String messageKey() {
        return "organizationType." + name();
    }

    /** A branch is the leaf of the tree: nothing hangs below it. */
    public boolean mayHaveChildren() {
        return this != BRANCH;
    }

    /** The type a table file names, by its Chinese name or its English constant. */
    public static Optional<OrganizationType> fromLabel(String text) {
        String wanted = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(type -> type.label.equals(wanted) || type.name().equalsIgnoreCase(wanted))
                .findFirst();
    }
}
