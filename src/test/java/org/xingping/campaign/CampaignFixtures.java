package org.xingping.campaign;

import java.time.LocalDate;
import java.util.Set;

/** Campaigns as tests speak of them. */
public final class CampaignFixtures {

    private CampaignFixtures() {
    }

    /**
     * A campaign of the given year rated by the reference standard, with the 2021 rhythm: declarations
     * close on 5 November, pre-review on 12 November, observation 23–26 November, notice from
     * 13 December, designation on 24 December.
     */
    public static CampaignManagement.OpenCampaign openIn(int year, Set<Long> units) {
        return new CampaignManagement.OpenCampaign(year, year + "年度星级党支部创建观摩活动", "zmd-szjg-2021",
                calendarOf(year), units);
    }

    public static CampaignCalendar calendarOf(int year) {
        return new CampaignCalendar(LocalDate.of(year, 11, 5), LocalDate.of(year, 11, 12), LocalDate.of(year, 11, 23),
                LocalDate.of(year, 11, 26), LocalDate.of(year, 12, 13), LocalDate.of(year, 12, 24));
    }
}
