package org.xingping.reporting;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the committee asks of a review report: the parts to include, its own paragraph for the start
 * of any of them, the report's date (the rectification deadline counts from it) and, if it wants
 * another, the title.
 */
public record ReviewReportRequest(Set<ReportSection> sections, Map<ReportSection, String> paragraphs, LocalDate date,
                                  Optional<String> title) {

    public ReviewReportRequest {
        sections = sections.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(sections));
        paragraphs = Map.copyOf(paragraphs);
    }

    /** Every part, no paragraphs of the committee's, the standard title. */
    public static ReviewReportRequest everything(LocalDate date) {
        return new ReviewReportRequest(EnumSet.allOf(ReportSection.class), Map.of(), date, Optional.empty());
    }

    public Optional<String> paragraph(ReportSection section) {
        return Optional.ofNullable(paragraphs.get(section)).map(String::strip).filter(text -> !text.isEmpty());
    }
}
