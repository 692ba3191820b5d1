package org.xingping.platform;

import java.util.Map;

/**
 * What a backup file holds, as its manifest says: the format, when it was made, the database's
 * schema version, each table's rows and each stored file, every part with its size and SHA-256.
 */
public record BackupManifest(String format, String createdAt, int schemaVersion, Map<String, Part> tables,
                             Map<String, Part> files) {

    /** One entry: rows for a table (0 for a file), bytes, and its SHA-256. */
    public record Part(long rows, long bytes, String sha256) {
    }

    public long rows() {
        return tables.values().stream().mapToLong(Part::rows).sum();
    }
}
