package org.xingping.campaign.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignCalendar;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.HomeCard;

/** The current campaign on every home page: its phase, and the next date that is due. */
@Component
class CampaignHomeCard implements HomeCard.Provider {

    private final CampaignManagement campaigns;
    private final WorkingCalendar calendar;
    private final Flash text;
    private final Clock clock;

    CampaignHomeCard(CampaignManagement campaigns, WorkingCalendar calendar, Flash text, Clock clock) {
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.text = text;
        this.clock = clock;
    }

    @Override
    public List<HomeCard> cards(CurrentUser user) {
        return campaigns.current().filter(campaign -> CampaignManagement.sees(campaign, user.scope()))
                .map(campaign -> List.of(card(campaign))).orElse(List.of());
    }

    private HomeCard card(Campaign campaign) {
        LocalDate today = LocalDate.now(clock);
        CampaignCalendar dates = campaign.calendar();
        List<String> lines = new ArrayList<>();
        lines.add(text.text("campaign.home.phase", text.text(campaign.phaseOn(today).messageKey())));
        next(dates, today).ifPresent(due -> lines.add(text.text("campaign.home.next", text.text(due.key()), due.date(),
                calendar.workingDaysBetween(today, due.date()))));
        return new HomeCard(campaign.getName(), lines, "/campaigns/" + campaign.getYear(),
                text.text("campaign.home.open"), "info");
    }

    private record Due(String key, LocalDate date) {
    }

    /** The first date of the calendar still ahead. */
    private static java.util.Optional<Due> next(CampaignCalendar dates, LocalDate today) {
        List<Due> all = List.of(new Due("campaign.declarationDeadline", dates.declarationDeadline()),
                new Due("campaign.preReviewDeadline", dates.preReviewDeadline()),
                new Due("campaign.observationStart", dates.observationStart()),
                new Due("campaign.noticeStart", dates.noticeStart()),
                new Due("campaign.designationDate", dates.designationDate()));
        return all.stream().filter(due -> !due.date().isBefore(today)).findFirst();
    }
}
