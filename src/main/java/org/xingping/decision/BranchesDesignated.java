package org.xingping.decision;

import java.time.Instant;

/**
 * The committee designated (命名) a campaign's results after the notice closed: each named
 * branch's level is now its level of the year and part of its history; the designation document
 * is issued.
 *
 * @param named how many branches the designation recorded (those on hold left out)
 */
public record BranchesDesignated(int year, int named, String designatedBy, Instant designatedAt) {
}
