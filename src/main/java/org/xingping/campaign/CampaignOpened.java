package org.xingping.campaign;

/** The committee opened a campaign year: declarations may start. */
public record CampaignOpened(long campaignId, int year, String standardId) {
}
