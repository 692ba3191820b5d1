package org.xingping.campaign.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignCalendar;

/** The form that opens a campaign year or changes its name and dates; scope by unit category. */
record CampaignForm(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String name,
        String standardId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate declarationDeadline,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate preReviewDeadline,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate observationStart,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate observationEnd,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noticeStart,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate designationDate,
        List<String> categories) {

    static CampaignForm blank(int year, List<String> categories) {
        return new CampaignForm(year, year + "年度星级党支部创建观摩活动", null, null, null, null, null, null, null,
                categories);
    }

    static CampaignForm of(Campaign campaign) {
        CampaignCalendar dates = campaign.calendar();
        return new CampaignForm(campaign.getYear(), campaign.getName(), campaign.getStandardId(),
                dates.declarationDeadline(), dates.preReviewDeadline(), dates.observationStart(),
                dates.observationEnd(), dates.noticeStart(), dates.designationDate(), List.of());
    }

    CampaignCalendar calendar() {
        return new CampaignCalendar(declarationDeadline, preReviewDeadline, observationStart, observationEnd,
                noticeStart, designationDate);
    }
}
