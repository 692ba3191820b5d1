package org.xingping.observation;

/** The committee published a campaign's visit plan: observers see their itineraries, scoring may begin. */
public record VisitPlanPublished(long campaignId, int year, long planId) {
}
