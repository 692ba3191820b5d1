package org.xingping.campaign.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignCalendar;

/**
 * The form that opens a campaign year or changes its name and dates; scope by unit category. A bean
 * with setters, so a date that does not convert comes back to the form with its error.
 */
public class CampaignForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotBlank
    @Size(max = 200)
    private String name;
    private String standardId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate declarationDeadline;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate preReviewDeadline;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate observationStart;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate observationEnd;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate noticeStart;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate designationDate;
    private List<String> categories = new ArrayList<>();

    static CampaignForm blank(int year, List<String> categories) {
        CampaignForm form = new CampaignForm();
        form.year = year;
        form.name = year + "年度星级党支部创建观摩活动";
        form.categories = new ArrayList<>(categories);
        return form;
    }

    static CampaignForm of(Campaign campaign) {
        CampaignCalendar dates = campaign.calendar();
        CampaignForm form = new CampaignForm();
        form.year = campaign.getYear();
        form.name = campaign.getName();
        form.standardId = campaign.getStandardId();
        form.declarationDeadline = dates.declarationDeadline();
        form.preReviewDeadline = dates.preReviewDeadline();
        form.observationStart = dates.observationStart();
        form.observationEnd = dates.observationEnd();
        form.noticeStart = dates.noticeStart();
        form.designationDate = dates.designationDate();
        return form;
    }

    CampaignCalendar calendar() {
        return new CampaignCalendar(declarationDeadline, preReviewDeadline, observationStart, observationEnd,
                noticeStart, designationDate);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStandardId() {
        return standardId;
    }

    public void setStandardId(String standardId) {
        this.standardId = standardId;
    }

    public LocalDate getDeclarationDeadline() {
        return declarationDeadline;
    }

    public void setDeclarationDeadline(LocalDate date) {
        this.declarationDeadline = date;
    }

    public LocalDate getPreReviewDeadline() {
        return preReviewDeadline;
    }

    public void setPreReviewDeadline(LocalDate date) {
        this.preReviewDeadline = date;
    }

    public LocalDate getObservationStart() {
        return observationStart;
    }

    public void setObservationStart(LocalDate date) {
        this.observationStart = date;
    }

    public LocalDate getObservationEnd() {
        return observationEnd;
    }

    public void setObservationEnd(LocalDate date) {
        this.observationEnd = date;
    }

    public LocalDate getNoticeStart() {
        return noticeStart;
    }

    public void setNoticeStart(LocalDate date) {
        this.noticeStart = date;
    }

    public LocalDate getDesignationDate() {
        return designationDate;
    }

    public void setDesignationDate(LocalDate date) {
        this.designationDate = date;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }
}
