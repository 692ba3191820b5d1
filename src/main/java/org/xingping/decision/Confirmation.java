package org.xingping.decision;

import java.time.Instant;

/**
 * Who confirmed a campaign's decision and when, and whether the totals it used were the raw ones
 * or those adjusted for the groups' severity.
 */
public record Confirmation(int year, String confirmedBy, Instant confirmedAt, boolean adjustedTotals) {
}
