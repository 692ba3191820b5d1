package org.xingping.decision;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.board.BoardAssembly;
import org.xingping.decision.board.BoardInputs;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.declaration.DeclarationStatus;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.OutOfScope;
import org.xingping.platform.Role;
import org.xingping.scoring.GroupReviews;
import org.xingping.standard.Condition;
import org.xingping.standard.Honour;
import org.xingping.standard.Level;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;

/**
 * The committee's decision (评定) of a campaign: the board of every declared branch ranked, the facts
 * the committee records, its choice of raw or adjusted totals, ties settled and levels overridden
 * (each with a reason), confirmation by a 工委领导 that freezes the results and publishes
 * {@link RatingConfirmed}, and a branch sent back by an upheld objection and decided again.
 *
 * <p>The board is assembled from the whole campaign at once and kept until anything it is made
 * of changes: a fingerprint of the tables behind it (one query) tells, so several instances on one
 * database never show a stale board.
 */
@Service
@Transactional
public class RatingDecisions {

    static final int REASON_LIMIT = 2000;
    static final BigDecimal APPRAISAL_MAX = new BigDecimal("100");

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final DeclarationManagement declarations;
    private final GroupReviews reviews;
    private final OrganizationManagement registry;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<Integer, CachedBoard> boards = new ConcurrentHashMap<>();

    RatingDecisions(JdbcClient jdbc, CampaignManagement campaigns, DeclarationManagement declarations, GroupReviews reviews,
                    OrganizationManagement registry, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.reviews = reviews;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private record CachedBoard(String fingerprint, DecisionBoard board) {
    }

    // --- the board ----------------------------------------------------------------------------------------

    /** The decision board of a campaign, for the committee. */
    @Transactional(readOnly = true)
    public DecisionBoard board(int year, CurrentUser user) {
        requireCommittee(user);
        return board(year);
    }

    /** The board without a reader: what confirmation, the scenario and the demo work from. */
    @Transactional(readOnly = true)
    public DecisionBoard board(int year) {
        Campaign campaign = campaigns.require(year);
        String fingerprint = fingerprint(campaign);
        CachedBoard cached = boards.get(year);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.board();
        }
        DecisionBoard board = BoardAssembly.assemble(inputs(campaign));
        boards.put(year, new CachedBoard(fingerprint, board));
        return board;
    }

    /**
     * What the board is made of, summed up in one row: when none of these figures moved, neither did
     * the board. Sheets cannot change once finalised, so the reviews stand for their scores.
     */
    private String fingerprint(Campaign campaign) {
        return jdbc.sql("""
                        select (select count(*) from branch_review where campaign_id = :c),
                               (select coalesce(max(id), 0) from consensus_value where campaign_id = :c),
                               (select coalesce(max(id), 0) from rating_fact where campaign_id = :c),
                               (select coalesce(max(id), 0) from rating_settlement where campaign_id = :c),
                               (select coalesce(max(id), 0) from calibration_choice where campaign_id = :c),
                               (select count(*) from rating_decision where campaign_id = :c),
                               (select count(*) from rating_result where campaign_id = :c and status = 'REOPENED'),
                               (select coalesce(max(decided_at), timestamp '2000-01-01 00:00:00') from rating_result where campaign_id = :c),
                               (select count(*) from declaration where campaign_id = :c and status = 'FORWARDED'),
                               (select count(*) from organization_level)""")
                .param("c", campaign.getId())
                .query((rs, row) -> {
                    StringBuilder key = new StringBuilder();
                    for (int column = 1; column <= 10; column++) {
                        key.append(rs.getString(column)).append('|');
                    }
                    return key.toString();
                })
                .single();
    }

    private BoardInputs inputs(Campaign campaign) {
        int year = campaign.getYear();
        List<DeclarationRow> forwarded = declarations.rows(campaign.getId(),
                        new DeclarationFilter(null, null, null, DeclarationStatus.FORWARDED, null, null), DataScope.all())
                .stream().filter(row -> row.status() == DeclarationStatus.FORWARDED).toList();
        Map<String, BoardInputs.Frozen> frozen = new HashMap<>();
        jdbc.sql("""
                        select b.code, r.final_stars, r.total, r.honours, r.status
                        from rating_result r join party_organization b on b.id = r.branch_id where r.campaign_id = :campaign""")
                .param("campaign", campaign.getId())
                .query(rs -> {
                    frozen.put(rs.getString(1), new BoardInputs.Frozen(rs.getInt(2), rs.getBigDecimal(3), codes(rs.getString(4)),
                            "REOPENED".equals(rs.getString(5))));
                });
        return new BoardInputs(year, declarations.standardOfCampaign(campaign), registry.countBranches(campaign.unitIds()),
                forwarded, declarations.claims(campaign.getId()), reviews.reviewedScores(year), latestFacts(campaign),
                latestSettlements(campaign), choice(campaign), registry.levelsByBranch(), frozen, confirmation(year));
    }

    // --- facts --------------------------------------------------------------------------------------------

    /**
     * Records a fact about a declared branch: a flag condition (是/否), a veto (是/否, the reason holding
     * its evidence) or the appraisal figure (0–100). Refused for a branch outside the campaign's
     * declarations, an unknown fact, a value the fact cannot take, no reason, or a confirmed branch.
     */
    public Fact recordFact(int year, String branchCode, String fact, String value, String reason, CurrentUser user) {
        requireCommittee(user);
        Campaign campaign = campaigns.require(year);
        DeclarationRow declared = requireDeclared(campaign, branchCode);
        requireOpen(campaign, branchCode);
        RatingStandard standard = declarations.standardOfCampaign(campaign);
        String code = fact == null ? "" : fact.strip();
        String given = value == null ? "" : value.strip();
        if (RatingStandard.APPRAISAL.equals(code)) {
            if (!standard.usesAppraisal()) {
                throw new DecisionRefused("decision.fact.noAppraisal");
            }
            given = appraisal(given).toPlainString();
        } else if (standard.condition(code).filter(condition -> condition instanceof Condition.Flag).isPresent()
                || standard.vetoes().stream().anyMatch(veto -> veto.code().equals(code))) {
            if (!Fact.YES.equals(given) && !Fact.NO.equals(given)) {
                throw new DecisionRefused("decision.fact.yesOrNo", code);
            }
        } else {
            throw new DecisionRefused("decision.fact.unknown", code);
        }
        String why = reason(reason);
        Instant at = clock.instant();
        jdbc.sql("""
                        insert into rating_fact (campaign_id, branch_id, fact, fact_value, reason, recorded_by, recorded_at)
                        values (:campaign, :branch, :fact, :value, :reason, :by, :at)""")
                .param("campaign", campaign.getId()).param("branch", branchId(branchCode)).param("fact", code)
                .param("value", given).param("reason", why).param("by", user.getUsername()).param("at", Timestamp.from(at))
                .update();
        audit.created("RatingFact", year + "/" + branchCode, "认定事实 " + declared.branchName() + " " + code + "=" + given,
                Map.of("fact", code, "value", given, "reason", why));
        return new Fact(branchCode, code, given, why, user.getUsername(), at);
    }

    private static BigDecimal appraisal(String given) {
        try {
            BigDecimal figure = new BigDecimal(given);
            if (figure.signum() < 0 || figure.compareTo(APPRAISAL_MAX) > 0) {
                throw new DecisionRefused("decision.fact.appraisalRange", given);
            }
            return figure;
        } catch (NumberFormatException notANumber) {
            throw new DecisionRefused("decision.fact.appraisalRange", given);
        }
    }

    /** Every fact recorded about a branch, newest first: the latest of each counts, the rest is its history. */
    @Transactional(readOnly = true)
    public List<Fact> facts(int year, String branchCode, CurrentUser user) {
        requireCommittee(user);
        Campaign campaign = campaigns.require(year);
        return jdbc.sql("""
                        select f.*, b.code from rating_fact f join party_organization b on b.id = f.branch_id
                        where f.campaign_id = :campaign and b.code = :branch order by f.id desc""")
                .param("campaign", campaign.getId()).param("branch", branchCode)
                .query(RatingDecisions::fact).list();
    }

    /** The fact that counts, for every branch and fact of a campaign, by branch code and fact: what an export writes. */
    @Transactional(readOnly = true)
    public List<Fact> currentFacts(int year) {
        return latestFacts(campaigns.require(year)).values().stream().flatMap(facts -> facts.values().stream())
                .sorted(Comparator.comparing(Fact::branchCode).thenComparing(Fact::fact)).toList();
    }

    private Map<String, Map<String, Fact>> latestFacts(Campaign campaign) {
        Map<String, Map<String, Fact>> facts = new HashMap<>();
        jdbc.sql("""
                        select f.*, b.code from rating_fact f join party_organization b on b.id = f.branch_id
                        where f.campaign_id = :campaign order by f.id""")
                .param("campaign", campaign.getId())
                .query(RatingDecisions::fact).list()
                .forEach(fact -> facts.computeIfAbsent(fact.branchCode(), code -> new HashMap<>()).put(fact.fact(), fact));
        return facts;
    }

    private static Fact fact(ResultSet rs, int row) throws SQLException {
        return new Fact(rs.getString("code"), rs.getString("fact"), rs.getString("fact_value"), rs.getString("reason"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    // --- the committee's choice of totals -----------------------------------------------------------------

    /** Uses the totals adjusted for the groups' severity, or the raw ones again; refused without a reason or once confirmed. */
    public CalibrationChoice chooseTotals(int year, boolean useAdjusted, String reason, CurrentUser user) {
        requireCommittee(user);
        Campaign campaign = campaigns.require(year);
        if (confirmation(year).isPresent()) {
            throw new DecisionRefused("decision.confirmed", String.valueOf(year));
        }
        if (useAdjusted && board(year).calibration().filter(result -> result.connected()).isEmpty()) {
            throw new DecisionRefused("decision.choice.notConnected");
        }
        String why = reason(reason);
        CalibrationChoice before = choice(campaign);
        Instant at = clock.instant();
        jdbc.sql("""
                        insert into calibration_choice (campaign_id, use_adjusted, reason, decided_by, decided_at)
                        values (:campaign, :adjusted, :reason, :by, :at)""")
                .param("campaign", campaign.getId()).param("adjusted", useAdjusted).param("reason", why)
                .param("by", user.getUsername()).param("at", Timestamp.from(at)).update();
        audit.updated("CalibrationChoice", year, useAdjusted ? "评定采用校准后总分" : "评定采用原始总分",
                Map.of("useAdjusted", before.useAdjusted()), Map.of("useAdjusted", useAdjusted, "reason", why));
        return new CalibrationChoice(useAdjusted, why, Optional.of(user.getUsername()), Optional.of(at));
    }

    @Transactional(readOnly = true)
    public CalibrationChoice choice(int year) {
        return choice(campaigns.require(year));
    }

    private CalibrationChoice choice(Campaign campaign) {
        return jdbc.sql("select * from calibration_choice where campaign_id = :campaign order by id desc")
                .param("campaign", campaign.getId())
                .query((rs, row) -> new CalibrationChoice(rs.getBoolean("use_adjusted"), rs.getString("reason"),
                        Optional.of(rs.getString("decided_by")), Optional.of(rs.getTimestamp("decided_at").toInstant())))
                .stream().findFirst().orElse(CalibrationChoice.RAW_UNTIL_DECIDED);
    }

    /** Every choice of totals the committee made, newest first. */
    @Transactional(readOnly = true)
    public List<CalibrationChoice> choices(int year) {
        return jdbc.sql("select * from calibration_choice where campaign_id = :campaign order by id desc")
                .param("campaign", campaigns.require(year).getId())
                .query((rs, row) -> new CalibrationChoice(rs.getBoolean("use_adjusted"), rs.getString("reason"),
                        Optional.of(rs.getString("decided_by")), Optional.of(rs.getTimestamp("decided_at").toInstant())))
                .list();
    }

    // --- settling ties, overriding levels, honours ---------------------------------------------------------

    /**
     * Settles a tie at a quota's cut line: the branch keeps the level the engine gave it
     * provisionally, or takes a lower level the standard defines (0, not rated, included).
     */
    public Settlement settleTie(int year, String branchCode, int stars, String reason, CurrentUser user) {
        BoardRow row = requireOpenRow(year, branchCode, user);
        if (!row.quotaTie()) {
            throw new DecisionRefused("decision.tie.notTied", branchCode);
        }
        if (stars > row.engineStars() || !defined(year, stars)) {
            throw new DecisionRefused("decision.tie.level", branchCode, String.valueOf(row.engineStars()));
        }
        return settle(year, row, Settlement.LEVEL, Settlement.Kind.TIE, stars, null, reason, user);
    }

    /** Puts the committee's level in place of the engine's, with a reason. */
    public Settlement overrideLevel(int year, String branchCode, int stars, String reason, CurrentUser user) {
        BoardRow row = requireOpenRow(year, branchCode, user);
        if (!defined(year, stars)) {
            throw new DecisionRefused("decision.override.level", String.valueOf(stars));
        }
        return settle(year, row, Settlement.LEVEL, Settlement.Kind.OVERRIDE, stars, null, reason, user);
    }

    /** Grants or withdraws an honour of the standard for a branch, with a reason. */
    public Settlement decideHonour(int year, String branchCode, String honourCode, boolean granted, String reason,
                                   CurrentUser user) {
        BoardRow row = requireOpenRow(year, branchCode, user);
        RatingStandard standard = declarations.standardOfCampaign(campaigns.require(year));
        Honour honour = standard.honours().stream().filter(candidate -> candidate.code().equals(honourCode)).findFirst()
                .orElseThrow(() -> new DecisionRefused("decision.honour.unknown", honourCode));
        if (granted && row.finalStars() < honour.requiresStars().stars()) {
            throw new DecisionRefused("decision.honour.level", honour.name(), String.valueOf(honour.requiresStars().stars()));
        }
        return settle(year, row, Settlement.honourSubject(honourCode), Settlement.Kind.HONOUR, null, granted, reason, user);
    }

    private Settlement settle(int year, BoardRow row, String subject, Settlement.Kind kind, Integer stars, Boolean granted,
                              String reason, CurrentUser user) {
        String why = reason(reason);
        Campaign campaign = campaigns.require(year);
        Instant at = clock.instant();
        jdbc.sql("""
                        insert into rating_settlement (campaign_id, branch_id, subject, kind, stars, granted, reason, decided_by, decided_at)
                        values (:campaign, :branch, :subject, :kind, :stars, :granted, :reason, :by, :at)""")
                .param("campaign", campaign.getId()).param("branch", branchId(row.branchCode())).param("subject", subject)
                .param("kind", kind.name()).param("stars", stars).param("granted", granted).param("reason", why)
                .param("by", user.getUsername()).param("at", Timestamp.from(at)).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("stars", stars);
        after.put("granted", granted);
        after.put("reason", why);
        audit.updated("RatingSettlement", year + "/" + row.branchCode(), "评定 " + row.branchName() + " " + kind.name() + " " + subject,
                Map.of("finalStars", row.finalStars()), after);
        return new Settlement(row.branchCode(), subject, kind, Optional.ofNullable(stars), Optional.ofNullable(granted), why,
                user.getUsername(), at);
    }

    /** Every settlement about a branch, newest first. */
    @Transactional(readOnly = true)
    public List<Settlement> settlements(int year, String branchCode, CurrentUser user) {
        requireCommittee(user);
        return jdbc.sql("""
                        select s.*, b.code from rating_settlement s join party_organization b on b.id = s.branch_id
                        where s.campaign_id = :campaign and b.code = :branch order by s.id desc""")
                .param("campaign", campaigns.require(year).getId()).param("branch", branchCode)
                .query(RatingDecisions::settlement).list();
    }

    private Map<String, Map<String, Settlement>> latestSettlements(Campaign campaign) {
        Map<String, Map<String, Settlement>> settlements = new HashMap<>();
        jdbc.sql("""
                        select s.*, b.code from rating_settlement s join party_organization b on b.id = s.branch_id
                        where s.campaign_id = :campaign order by s.id""")
                .param("campaign", campaign.getId())
                .query(RatingDecisions::settlement).list()
                .forEach(settlement -> settlements.computeIfAbsent(settlement.branchCode(), code -> new HashMap<>())
                        .put(settlement.subject(), settlement));
        return settlements;
    }

    private static Settlement settlement(ResultSet rs, int row) throws SQLException {
        int stars = rs.getInt("stars");
        Optional<Integer> decided = rs.wasNull() ? Optional.empty() : Optional.of(stars);
        boolean granted = rs.getBoolean("granted");
        Optional<Boolean> honour = rs.wasNull() ? Optional.empty() : Optional.of(granted);
        return new Settlement(rs.getString("code"), rs.getString("subject"), Settlement.Kind.valueOf(rs.getString("kind")),
                decided, honour, rs.getString("reason"), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant());
    }

    private boolean defined(int year, int stars) {
        RatingStandard standard = declarations.standardOfCampaign(campaigns.require(year));
        return stars == 0 || (stars > 0 && stars <= StarLevel.HIGHEST && standard.level(StarLevel.of(stars)).isPresent());
    }

    // --- confirmation -------------------------------------------------------------------------------------

    /**
     * A 工委领导 confirms the decision: refused while a declared branch is not ranked, a tie is not
     * settled, or once confirmed already. Every branch's result is frozen and {@link RatingConfirmed}
     * is published.
     */
    public Confirmation confirm(int year, CurrentUser user) {
        requireLeader(user);
        Campaign campaign = campaigns.require(year);
        // The decision row is the lock: a second confirmation, even a simultaneous one, fails on its key.
        if (confirmation(year).isPresent()) {
            throw new DecisionRefused("decision.confirm.twice", String.valueOf(year));
        }
        DecisionBoard board = board(year);
        if (board.rows().isEmpty()) {
            throw new DecisionRefused("decision.confirm.empty", String.valueOf(year));
        }
        if (!board.awaiting().isEmpty()) {
            throw new DecisionRefused("decision.confirm.awaiting", String.valueOf(board.awaiting().size()),
                    board.awaiting().stream().limit(10).map(AwaitingBranch::branchCode).collect(Collectors.joining("、")));
        }
        if (!board.openTies().isEmpty()) {
            throw new DecisionRefused("decision.confirm.ties", String.valueOf(board.openTies().size()),
                    board.openTies().stream().map(BoardRow::branchCode).collect(Collectors.joining("、")));
        }
        Instant at = clock.instant();
        jdbc.sql("""
                        insert into rating_decision (campaign_id, adjusted_totals, confirmed_by, confirmed_at)
                        values (:campaign, :adjusted, :by, :at)""")
                .param("campaign", campaign.getId()).param("adjusted", board.choice().useAdjusted())
                .param("by", user.getUsername()).param("at", Timestamp.from(at)).update();
        Map<String, Long> unitIds = new HashMap<>();
        registry.allUnits().forEach(unit -> unitIds.put(unit.getCode(), unit.getId()));
        for (BoardRow row : board.rows()) {
            freeze(campaign, row, unitIds.get(row.unitCode()), user.getUsername(), at);
        }
        audit.created("RatingDecision", year, "确认" + year + "年度评定结果", Map.of("branches", board.rows().size(),
                "adjustedTotals", board.choice().useAdjusted()));
        events.publishEvent(new RatingConfirmed(year, user.getUsername(), at));
        return new Confirmation(year, user.getUsername(), at, board.choice().useAdjusted());
    }

    private void freeze(Campaign campaign, BoardRow row, long unitId, String by, Instant at) {
        jdbc.sql("""
                        insert into rating_result (campaign_id, branch_id, unit_id, groups, raw_total, adjusted_total, total,
                                                   base, bonus, deduction, self_score, earned_stars, final_stars, reasons,
                                                   honours, status, decided_by, decided_at)
                        values (:campaign, :branch, :unit, :groups, :raw, :adjusted, :total, :base, :bonus, :deduction, :self,
                                :earned, :final, :reasons, :honours, 'CONFIRMED', :by, :at)""")
                .param("campaign", campaign.getId()).param("branch", branchId(row.branchCode())).param("unit", unitId)
                .param("groups", row.groups().stream().map(String::valueOf).collect(Collectors.joining(";")))
                .param("raw", row.rawTotal()).param("adjusted", row.adjustedTotal().orElse(null)).param("total", row.total())
                .param("base", row.parts().base()).param("bonus", row.parts().bonus()).param("deduction", row.parts().deduction())
                .param("self", row.selfScore()).param("earned", row.earnedStars()).param("final", row.finalStars())
                .param("reasons", reasonsText(row)).param("honours", String.join(";", row.honours()))
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** The reasons as the results keep them: in Chinese, one per line, the committee's settlement last. */
    private static String reasonsText(BoardRow row) {
        List<String> lines = new ArrayList<>(row.reasons().stream().map(reason -> reason.render(Locale.SIMPLIFIED_CHINESE)).toList());
        row.levelSettlement().ifPresent(settlement -> lines.add("工委评定：" + settlement.reason()));
        String text = String.join("\n", lines);
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    /**
     * A 工委领导 decides again a branch an upheld objection sent back: its result as the board now
     * shows it (after the facts or settlements the committee recorded since) is frozen again.
     */
    public BoardRow decideAgain(int year, String branchCode, CurrentUser user) {
        requireLeader(user);
        Campaign campaign = campaigns.require(year);
        BoardRow row = board(year).row(branchCode).filter(candidate -> candidate.status() == BoardRow.Status.REOPENED)
                .orElseThrow(() -> new DecisionRefused("decision.again.notReopened", branchCode));
        if (row.openTie()) {
            throw new DecisionRefused("decision.confirm.ties", "1", branchCode);
        }
        Instant at = clock.instant();
        jdbc.sql("""
                        update rating_result set status = 'CONFIRMED', total = :total, raw_total = :raw, adjusted_total = :adjusted,
                               base = :base, bonus = :bonus, deduction = :deduction, earned_stars = :earned, final_stars = :final,
                               reasons = :reasons, honours = :honours, decided_by = :by, decided_at = :at
                        where campaign_id = :campaign and branch_id = :branch""")
                .param("total", row.total()).param("raw", row.rawTotal()).param("adjusted", row.adjustedTotal().orElse(null))
                .param("base", row.parts().base()).param("bonus", row.parts().bonus()).param("deduction", row.parts().deduction())
                .param("earned", row.earnedStars()).param("final", row.finalStars()).param("reasons", reasonsText(row))
                .param("honours", String.join(";", row.honours())).param("by", user.getUsername())
                .param("at", Timestamp.from(at)).param("campaign", campaign.getId()).param("branch", branchId(branchCode))
                .update();
        audit.updated("RatingResult", year + "/" + branchCode, "重新评定 " + row.branchName(), "REOPENED",
                Map.of("finalStars", row.finalStars(), "honours", row.honours()));
        return board(year).row(branchCode).orElseThrow();
    }

    // --- reading confirmed results ------------------------------------------------------------------------
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
        return confirmedResults(year, DataScope.all());
    }

    /**
     * The confirmed results a reader may see: the committee every branch's, a unit its branches',
     * a branch its own. Other roles read no results here (observers score, they do not decide;
     * the 系统管理员 keeps the system, not the campaign).
     */
    @Transactional(readOnly = true)
    public List<DecidedBranch> confirmedResults(int year, CurrentUser user) {
        DataScope scope = user.scope();
        boolean unitOrBranch = scope.kind() == DataScope.Kind.UNIT || scope.kind() == DataScope.Kind.ORGANIZATION;
        if (!user.isCommittee() && !unitOrBranch) {
            throw new OutOfScope("api.results.notForRole");
        }
        return confirmedResults(year, user.isCommittee() ? DataScope.all() : scope);
    }

    private List<DecidedBranch> confirmedResults(int year, DataScope scope) {
        Optional<Campaign> campaign = campaigns.find(year);
        if (campaign.isEmpty()) {
            return List.of();
        }
        String within = switch (scope.kind()) {
            case ALL -> "";
            case UNIT -> " and r.unit_id = :scope";
            case ORGANIZATION -> " and r.branch_id = :scope";
            case NONE -> " and 1 = 0";
        };
        RatingStandard standard = declarations.standardOfCampaign(campaign.get());
        var query = jdbc.sql("""
                        select b.code as branch_code, b.name as branch_name, u.code as unit_code, u.name as unit_name,
                               r.final_stars, r.total, r.honours, r.status
                        from rating_result r join party_organization b on b.id = r.branch_id join unit u on u.id = r.unit_id
                        where r.campaign_id = :campaign""" + within + """

                        order by u.code, r.final_stars desc, r.total desc, b.code""")
                .param("campaign", campaign.get().getId());
        if (scope.kind() == DataScope.Kind.UNIT || scope.kind() == DataScope.Kind.ORGANIZATION) {
            query = query.param("scope", scope.kind() == DataScope.Kind.UNIT ? scope.unitId() : scope.organizationId());
        }
        return query.query((rs, row) -> decided(standard, rs.getString("branch_code"), rs.getString("branch_name"),
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
                Map.of("status", "REOPENED", "reason", reason.strip()));
    }

    // --- guards -------------------------------------------------------------------------------------------

    static void requireCommittee(CurrentUser user) {
        if (!Role.COMMITTEE.contains(user.role())) {
            throw new AccessDeniedException(user.getUsername() + " is not on the committee");
        }
    }

    private static void requireLeader(CurrentUser user) {
        if (user.role() != Role.COMMITTEE_LEADER) {
            throw new AccessDeniedException(user.getUsername() + " is not a committee leader");
        }
    }

    private DeclarationRow requireDeclared(Campaign campaign, String branchCode) {
        return declarations.rows(campaign.getId(), new DeclarationFilter(branchCode, null, null, null, null, null), DataScope.all())
                .stream().filter(row -> row.branchCode().equals(branchCode) && row.status() == DeclarationStatus.FORWARDED)
                .findFirst()
                .orElseThrow(() -> new DecisionRefused("decision.notDeclared", branchCode, String.valueOf(campaign.getYear())));
    }

    /** Before confirmation every branch is open; after it, only one an upheld objection sent back. */
    private void requireOpen(Campaign campaign, String branchCode) {
        if (confirmation(campaign.getYear()).isEmpty()) {
            return;
        }
        boolean reopened = jdbc.sql("""
                        select count(*) from rating_result r join party_organization b on b.id = r.branch_id
                        where r.campaign_id = :campaign and b.code = :branch and r.status = 'REOPENED'""")
                .param("campaign", campaign.getId()).param("branch", branchCode).query(Integer.class).single() > 0;
        if (!reopened) {
            throw new DecisionRefused("decision.confirmed", String.valueOf(campaign.getYear()));
        }
    }

    private BoardRow requireOpenRow(int year, String branchCode, CurrentUser user) {
        requireCommittee(user);
        Campaign campaign = campaigns.require(year);
        requireDeclared(campaign, branchCode);
        requireOpen(campaign, branchCode);
        return board(year).row(branchCode).orElseThrow(() -> new DecisionRefused("decision.notRanked", branchCode));
    }

    private long branchId(String branchCode) {
        return registry.organizationByCode(branchCode).orElseThrow(() -> new DecisionRefused("decision.notDeclared", branchCode, ""))
                .getId();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DecisionRefused("decision.reasonRequired");
        }
        if (reason.strip().length() > REASON_LIMIT) {
            throw new DecisionRefused("decision.reasonTooLong", String.valueOf(REASON_LIMIT));
        }
        return reason.strip();
    }
}
