package org.xingping.standard;

/**
 * One reason a standard file was refused: where in the file ({@code path}, such as
 * {@code sections[2].items[0].rule.each}, and the 1-based {@code line}, 0 when unknown) and why,
 * in Chinese.
 */
public record StandardProblem(String path, int line, String reason) {

    /** {@code sections[2].items[0].rule.each: 必须大于 0（第 31 行）}. */
    public String describe() {
        String where = path.isEmpty() ? "" : path + ": ";
        String atLine = line > 0 ? "（第 " + line + " 行）" : "";
        return where + reason + atLine;
    }

    @Override
    public String toString() {
        return describe();
    }
}
