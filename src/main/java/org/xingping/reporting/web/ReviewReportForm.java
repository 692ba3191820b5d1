package org.xingping.reporting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.xingping.reporting.ReportSection;
import org.xingping.reporting.ReviewReportRequest;

/**
 * The committee's choices on the report page: the parts (by name), its paragraph per part, the
 * date, the title and the format. A bean, since the paragraphs bind as {@code paragraphs[NUMBERS]}.
 */
public class ReviewReportForm {

    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private List<ReportSection> sections = new ArrayList<>(EnumSet.allOf(ReportSection.class));
    private Map<String, String> paragraphs = new HashMap<>();
    private String format = "docx";

    ReviewReportRequest request(LocalDate today) {
        Map<ReportSection, String> texts = new HashMap<>();
        for (ReportSection section : ReportSection.values()) {
            String text = paragraphs.get(section.name());
            if (text != null && !text.isBlank()) {
                texts.put(section, text);
            }
        }
        EnumSet<ReportSection> chosen = EnumSet.noneOf(ReportSection.class);
        if (sections != null) {
            chosen.addAll(sections);
        }
        return new ReviewReportRequest(chosen, texts,
                date == null ? today : date, Optional.ofNullable(title));
    }

    boolean pdf() {
        return "pdf".equals(format);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public List<ReportSection> getSections() {
        return sections;
    }

    public void setSections(List<ReportSection> sections) {
        this.sections = sections;
    }

    public Map<String, String> getParagraphs() {
        return paragraphs;
    }

    public void setParagraphs(Map<String, String> paragraphs) {
        this.paragraphs = paragraphs;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }
}
