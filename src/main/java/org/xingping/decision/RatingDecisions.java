package org.xingping.decision;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.standard.Honour;
import org.xingping.standard.Level;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;

/**
 * The committee's decision once confirmed: who confirmed it, each branch's frozen result, and a
 * branch sent back by an upheld objection. What the notice, the designation and the reports read.
 */
@Service
@Transactional
public class RatingDecisions {

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final DeclarationManagement declarations;
    private final AuditLog audit;
    private final Clock clock;

    RatingDecisions(JdbcClient jdbc, CampaignManagement campaigns, DeclarationManagement declarations, AuditLog audit,
                    Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Confirmation> confirmation(int year) {
        return campaigns.find(year).flatMap(campaign -> jdbc.sql("""
                        select adjusted_totals, confirmed_by, confirmed_at from rating_decision where campaign_id = :campaign""")
                .param("campaign", campaign.getId())
                .query((rs, row) -> new Confirmation(year, rs.getString("confirmed_by"),
                        rs.getTimestamp("confirmed_at").toInstant(), rs.getBoolean("adjusted_totals")))
                .optional());
    }

    /** Every declared branch's confirmed result, by unit code and then by level, highest first; empty before confirmation. */
    @Transactional(readOnly = true)
    public List<DecidedBranch> confirmedResults(int year) {
        Optional<Campaign> campaign = campaigns.find(year);
        if (campaign.isEmpty()) {
            return List.of();
        }
        RatingStandard standard = declarations.standardOfCampaign(campaign.get());
        return jdbc.sql("""
                        select b.code as branch_code, b.name as branch_name, u.code as unit_code, u.name as unit_name,
                               r.final_stars, r.total, r.honours, r.status
                        from rating_result r join party_organization b on b.id = r.branch_id join unit u on u.id = r.unit_id
                        where r.campaign_id = :campaign
                        order by u.code, r.final_stars desc, r.total desc, b.code""")
                .param("campaign", campaign.get().getId())
                .query((rs, row) -> decided(standard, rs.getString("branch_code"), rs.getString("branch_name"),
                        rs.getString("unit_code"), rs.getString("unit_name"), rs.getInt("final_stars"),
                        rs.getBigDecimal("total"), codes(rs.getString("honours")), "REOPENED".equals(rs.getString("status"))))
                .list();
    }

    static DecidedBranch decided(RatingStandard standard, String branchCode, String branchName, String unitCode,
                                 String unitName, int stars, BigDecimal total, List<String> honours, boolean reopened) {
        String levelName = standard.level(StarLevel.of(stars)).map(Level::name).orElse("");
        List<String> honourNames = honours.stream()
                .map(code -> standard.honours().stream().filter(honour -> honour.code().equals(code)).findFirst()
                        .map(Honour::name).orElse(code))
                .toList();
        return new DecidedBranch(branchCode, branchName, unitCode, unitName, stars, levelName, total, honours, honourNames,
                reopened);
    }

    static List<String> codes(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(";"));
    }

    /**
     * An upheld objection sends a confirmed branch back to the committee: its result is REOPENED
     * until the committee decides it again on the board.
     */
    public void reopen(int year, String branchCode, String reason, CurrentUser user) {
        requireCommittee(user);
        if (reason == null || reason.isBlank()) {
            throw new DecisionRefused("decision.reasonRequired");
        }
        Campaign campaign = campaigns.require(year);
        if (confirmation(year).isEmpty()) {
            throw new DecisionRefused("decision.notConfirmed", String.valueOf(year));
        }
        int changed = jdbc.sql("""
                        update rating_result set status = 'REOPENED', reopened_reason = :reason
                        where campaign_id = :campaign and status = 'CONFIRMED'
                          and branch_id = (select id from party_organization where code = :branch)""")
                .param("reason", reason.strip()).param("campaign", campaign.getId()).param("branch", branchCode).update();
        if (changed == 0) {
            throw new DecisionRefused("decision.reopen.notConfirmed", branchCode);
        }
        audit.updated("RatingResult", year + "/" + branchCode, "异议成立，支部 " + branchCode + " 退回评定", "CONFIRMED",
                Map.of("status", "REOPENED", "reason", reason.strip(), "at", Timestamp.from(clock.instant()).toString()));
    }

    static void requireCommittee(CurrentUser user) {
        if (!Role.COMMITTEE.contains(user.role())) {
            throw new AccessDeniedException(user.getUsername() + " is not on the committee");
        }
    }
}
