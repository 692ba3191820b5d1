package org.xingping.decision;

import java.time.Instant;

/** A campaign's designation (命名): who designated it and when, and whether its document is stored. */
public record Designation(int year, String designatedBy, Instant designatedAt, boolean hasDocument) {
}
