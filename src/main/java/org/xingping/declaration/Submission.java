package org.xingping.declaration;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.xingping.campaign.CampaignCalendar;
import org.xingping.standard.RatingStandard;

/**
 * Everything the submission rules look at: the declaration, the standard and calendar of its
 * campaign, the time, the level the branch holds, whether the branch declared elsewhere in the
 * year, and how many evidence files each item and claim has.
 *
 * @param heldLevel the stars the branch holds from its last rated year (0 = none)
 * @param evidence  evidence files by {@code ITEM:<code>} or {@code CLAIM:<code>}
 */
record Submission(Declaration declaration, RatingStandard standard, CampaignCalendar calendar, Instant now,
        ZoneId zone, int heldLevel, boolean declaredTwice, Map<String, Integer> evidence) {

    int evidenceFor(String subject, String code) {
        return evidence.getOrDefault(subject + ":" + code, 0);
    }
}
