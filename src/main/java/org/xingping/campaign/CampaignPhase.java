package org.xingping.campaign;

/**
 * Where a campaign stands in the yearly cycle (domain.md), read off its calendar: declaration,
 * pre-review, preparation of the observation, observation, decision, public notice, designation.
 */
public enum CampaignPhase {
    DECLARATION,
    PRE_REVIEW,
    PREPARATION,
    OBSERVATION,
    DECISION,
    NOTICE,
    DESIGNATED;

    public String messageKey() {
        return "campaign.phase." + name();
    }
}
