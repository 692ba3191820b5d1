package org.xingping.decision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.PartyOrganization;

/** Confirmed decisions and the notice's word on them, as the designation's tests speak of them. */
public final class DesignationFixtures {

    private DesignationFixtures() {
    }

    /** One branch's confirmed result: its final level, the honours decided, and whether an objection reopened it. */
    public record Result(String branchCode, int stars, List<String> honours, boolean reopened) {

        public static Result of(String branchCode, int stars, String... honours) {
            return new Result(branchCode, stars, List.of(honours), false);
        }

        public Result reopenedByAnObjection() {
            return new Result(branchCode, stars, honours, true);
        }
    }

    /**
     * The reference campaign of {@code year} with its decision confirmed by a 工委领导 and these
     * results frozen, as the committee's board leaves them; done once per year and database.
     */
    public static void confirmed(ApplicationContext context, int year, List<Result> results) {
        Campaign campaign = CampaignFixtures.referenceCampaign(context, year);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        OrganizationManagement registry = context.getBean(OrganizationManagement.class);
        if (jdbc.sql("select count(*) from rating_decision where campaign_id = :c").param("c", campaign.getId())
                .query(Long.class).single() > 0) {
            return;
        }
        Timestamp at = Timestamp.from(Instant.parse(year + "-12-10T02:00:00Z"));
        jdbc.sql("""
                        insert into rating_decision (campaign_id, adjusted_totals, confirmed_by, confirmed_at)
                        values (:c, false, 'lingdao', :at)""").param("c", campaign.getId()).param("at", at).update();
        for (Result result : results) {
            PartyOrganization branch = registry.organizationByCode(result.branchCode()).orElseThrow();
            BigDecimal total = BigDecimal.valueOf(55 + 8L * result.stars());
            jdbc.sql("""
                            insert into rating_result (campaign_id, branch_id, unit_id, groups, raw_total, total, base,
                                                       bonus, deduction, earned_stars, final_stars, reasons, honours,
                                                       status, reopened_reason, decided_by, decided_at)
                            values (:c, :b, :u, '1', :total, :total, :total, 0, 0, :stars, :stars, '', :honours,
                                    :status, :why, 'lingdao', :at)""")
                    .param("c", campaign.getId()).param("b", branch.getId()).param("u", branch.getUnitId())
                    .param("total", total).param("stars", result.stars())
                    .param("honours", String.join(";", result.honours()))
                    .param("status", result.reopened() ? "REOPENED" : "CONFIRMED")
                    .param("why", result.reopened() ? "异议成立，退回重新评定" : null).param("at", at).update();
        }
    }

    /** The notice of each year as a test sets it: not started unless set, and the branches it holds. */
    public static class TestNotice implements NoticeOutcome {

        private final Map<Integer, NoticeStatus> statuses = new ConcurrentHashMap<>();
        private final Map<Integer, Set<String>> held = new ConcurrentHashMap<>();

        public void set(int year, NoticeStatus status, Set<String> onHold) {
            statuses.put(year, status);
            held.put(year, Set.copyOf(onHold));
        }

        @Override
        public NoticeStatus status(int year) {
            return statuses.getOrDefault(year, NoticeStatus.NOT_STARTED);
        }

        @Override
        public Set<String> branchesOnHold(int year) {
            return held.getOrDefault(year, Set.of());
        }
    }

    /** Stands in for the notice module; primary, so a real one present as well does not stand in the way. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class NoticeConfiguration {

        @Bean
        @Primary
        TestNotice testNotice() {
            return new TestNotice();
        }
    }
}
