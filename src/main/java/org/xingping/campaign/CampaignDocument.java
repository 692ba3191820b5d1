package org.xingping.campaign;

import java.time.Instant;

/** A document of the campaign (实施方案, 工作细则, any file), read by everyone in its scope. */
public record CampaignDocument(long id, long campaignId, String title, String fileKey, String fileName,
        String contentType, long size, Instant uploadedAt, String uploadedBy) {
}
