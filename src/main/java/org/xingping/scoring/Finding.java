package org.xingping.scoring;

import java.time.Instant;
import java.util.List;

/**
 * A highlight (亮点) or a problem (问题) an observer recorded on a sheet; a problem names its item
 * and its severity. Problems later become rectification tasks.
 */
public record Finding(long id, Kind kind, String itemCode, Severity severity, String text, String createdBy,
                      Instant createdAt, List<Photo> photos) {

    public enum Kind {
        HIGHLIGHT, PROBLEM;

        public String messageKey() {
            return "scoring.finding." + name();
        }
    }

    public enum Severity {
        MINOR, MODERATE, SERIOUS;

        public String messageKey() {
            return "scoring.severity." + name();
        }
    }

    /** A photo kept with a sheet or one of its findings. */
    public record Photo(long id, Long findingId, String contentType, long size, String createdBy, Instant createdAt) {
    }
}
