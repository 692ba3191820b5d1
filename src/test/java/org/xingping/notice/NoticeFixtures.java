package org.xingping.notice;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;

/**
 * Notices as tests speak of them. Until the decision module confirms for real, a confirmed
 * decision is written straight into its tables, as confirming would leave them.
 */
public final class NoticeFixtures {

    /** The committee account objections are assigned to, once per database. */
    public static final String COMMITTEE_ACCOUNT = "t-gw-notice";
    static final String PASSWORD = "Test@2035x";

    private NoticeFixtures() {
    }

    /** Someone of the role, signed in, as a request would carry them. */
    public static CurrentUser someone(Role role) {
        return new CurrentUser(-3, "x-" + role, "某人", role, null, null, false, false, true, null);
    }

    /**
     * The reference campaign of {@code year} with a confirmed decision over the first nine branches
     * of units U001–U003 by code: five stars for the first two (the first a 红旗党支部), not rated
     * for the sixth, four stars for the others. Answers the rated branches' codes, by code.
     */
    public static List<String> confirmedResults(ApplicationContext context, int year) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Campaign campaign = CampaignFixtures.referenceCampaign(context, year);
        record Branch(long id, String code, long unitId) {
        }
        List<Branch> branches = jdbc.sql("""
                        select b.id, b.code, b.unit_id from party_organization b join unit u on u.id = b.unit_id
                        where u.code in ('U001', 'U002', 'U003') and b.type = 'BRANCH' order by b.code limit 9""")
                .query((rs, row) -> new Branch(rs.getLong("id"), rs.getString("code"), rs.getLong("unit_id"))).list();
        List<String> rated = new ArrayList<>();
        boolean confirmed = jdbc.sql("select count(*) from rating_decision where campaign_id = :c")
                .param("c", campaign.getId()).query(Long.class).single() > 0;
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < branches.size(); i++) {
            int stars = i < 2 ? 5 : i == 5 ? 0 : 4;
            if (stars > 0) {
                rated.add(branches.get(i).code());
            }
            if (confirmed) {
                continue;
            }
            BigDecimal total = BigDecimal.valueOf(stars == 0 ? 70 : 80 + stars * 2 - i % 3);
            jdbc.sql("""
                            insert into rating_result (campaign_id, branch_id, unit_id, groups, raw_total, total, base,
                                                       bonus, deduction, earned_stars, final_stars, reasons, honours,
                                                       status, decided_by, decided_at)
                            values (:c, :branch, :unit, '1', :total, :total, :total, 0, 0, :stars, :stars, '',
                                    :honours, 'CONFIRMED', 't-leader', :at)""")
                    .param("c", campaign.getId()).param("branch", branches.get(i).id())
                    .param("unit", branches.get(i).unitId()).param("total", total).param("stars", stars)
                    .param("honours", i == 0 ? "red-flag" : "").param("at", now).update();
        }
        if (!confirmed) {
            jdbc.sql("""
                            insert into rating_decision (campaign_id, adjusted_totals, confirmed_by, confirmed_at)
                            values (:c, false, 't-leader', :at)""")
                    .param("c", campaign.getId()).param("at", now).update();
        }
        return rated;
    }

    /** The notice of {@code year} opened from {@code startsOn} with its generated wording, once. */
    public static PublicNotice openFrom(ApplicationContext context, int year, LocalDate startsOn) {
        PublicNotices notices = context.getBean(PublicNotices.class);
        if (notices.find(year).isPresent()) {
            return notices.require(year);
        }
        CurrentUser committee = someone(Role.COMMITTEE_ADMINISTRATOR);
        NoticeDraft draft = notices.draft(year, startsOn, "组织科 张同志 0396-2822222", committee);
        return notices.open(year, new PublicNotices.OpenNotice(draft.startsOn(), draft.title(), draft.body()),
                committee);
    }

    /** The notice's period moved back as if it had been opened weeks ago: it is over. */
    public static void periodOver(ApplicationContext context, int year) {
        PublicNotice notice = context.getBean(PublicNotices.class).require(year);
        long campaign = CampaignFixtures.referenceCampaign(context, year).getId();
        context.getBean(JdbcClient.class).sql("update public_notice set starts_on = :start, ends_on = :end where campaign_id = :c")
                .param("start", Date.valueOf(notice.startsOn().minusDays(40)))
                .param("end", Date.valueOf(notice.endsOn().minusDays(40))).param("c", campaign).update();
    }

    /** An enabled committee account objections can be assigned to. */
    public static String committeeAccount(ApplicationContext context) {
        UserAccountManagement accounts = context.getBean(UserAccountManagement.class);
        if (accounts.findByUsername(COMMITTEE_ACCOUNT).isEmpty()) {
            accounts.open(new UserAccountManagement.NewAccount(COMMITTEE_ACCOUNT, "工委干部", Role.COMMITTEE_ADMINISTRATOR,
                    null, null), PASSWORD);
        }
        return COMMITTEE_ACCOUNT;
    }
}
