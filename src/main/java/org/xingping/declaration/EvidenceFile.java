package org.xingping.declaration;

import java.time.Instant;

/**
 * An evidence file of a declaration: for an item ({@code ITEM}, the item's code) or a claim
 * ({@code CLAIM}, the condition's code). Demo files are marked so nobody mistakes them for records.
 */
public record EvidenceFile(long id, long declarationId, String subject, String code, String fileName,
        String contentType, long size, boolean demo, Instant uploadedAt, String uploadedBy) {

    public static final String ITEM = "ITEM";
    public static final String CLAIM = "CLAIM";
}
