package org.xingping.standard;

/**
 * The part of the total a section counts toward. Without a formula the total is
 * {@code base + bonus − deduction}; with one, the part names are its variables.
 */
public enum Part {
    BASE("base", "基础分"),
    BONUS("bonus", "加分"),
    DEDUCTION("deduction", "扣分");

    private final String code;
    private final String label;

    Part(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The word the standard file and its formulas use. */
    public String code() {
        return code;
    }

    /** The Chinese word a page shows. */
    public String label() {
        return label;
    }
}
