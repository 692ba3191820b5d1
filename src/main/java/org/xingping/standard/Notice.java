package org.xingping.standard;

/**
 * 公示期: the public-notice period, {@code days} long; with {@code workingDays} the days are counted
 * on the official working-day calendar (holidays and make-up working days included).
 */
public record Notice(int days, boolean workingDays) {

    public static final Notice DEFAULT = new Notice(5, true);
}
