package org.xingping.rectification;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.CampaignCalendar;
import org.xingping.campaign.CampaignManagement;

/** The year after a rectified campaign, open for declarations. */
final class RectificationFixtures {

    private RectificationFixtures() {
    }

    /** Opens the campaign of {@code year} over U001 and U002, declarations due in a month, unless it is open. */
    static void nextYearOpenForDeclarations(ApplicationContext context, int year) {
        CampaignManagement campaigns = context.getBean(CampaignManagement.class);
        if (campaigns.find(year).isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));
        Set<Long> units = context.getBean(JdbcClient.class).sql("select id from unit where code in ('U001', 'U002')")
                .query(Long.class).set();
        campaigns.open(new CampaignManagement.OpenCampaign(year, year + "年度测试", "zmd-szjg-2021",
                new CampaignCalendar(today.plusDays(30), today.plusDays(40), today.plusDays(50), today.plusDays(53),
                        today.plusDays(60), today.plusDays(70)), units));
    }
}
