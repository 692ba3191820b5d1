package org.xingping.campaign;

/**
 * One reason a campaign file was refused: where ({@code path} such as {@code hours[1]} or
 * {@code visit.branch_minutes.6}, and the 1-based {@code line}, 0 when unknown) and why, in Chinese.
 */
public record CampaignFileProblem(String path, int line, String reason) {

    /** {@code hours[1]: 与 hours[0] 重叠（第 9 行）}. */
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
