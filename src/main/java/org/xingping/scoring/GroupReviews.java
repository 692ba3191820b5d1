package org.xingping.scoring;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Observer;
import org.xingping.observation.StoredPlan;
import org.xingping.observation.Visit;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.PartyOrganization;
import org.xingping.organization.Unit;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.standard.Item;
import org.xingping.standard.ObservedScores;
import org.xingping.standard.RatingStandard;

/**
 * The group leader's side of scoring: a branch's scores side by side with their spread and
 * consolidation, the leader's consensus values, the group's summaries and the members' answers,
 * and finalising a branch. Who sees what is decided here, never only by a page: a group sees its
 * own branches (never one a member is recused from), another group's only once the committee opens
 * the scores, and units and branches never see an observer's scores.
 */
@Service
@Transactional
public class GroupReviews {

    /** Members' scores of an item that differ by more than this share of its points are marked. */
    static final BigDecimal SPREAD_SHARE = new BigDecimal("0.3");
    static final int TEXT_LIMIT = 2000;
    static final int REASON_LIMIT = 500;

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final ObservationManagement observation;
    private final OrganizationManagement registry;
    private final ScoreSheets sheets;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GroupReviews(JdbcClient jdbc, CampaignManagement campaigns, ObservationManagement observation,
            OrganizationManagement registry, ScoreSheets sheets, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.observation = observation;
        this.registry = registry;
        this.sheets = sheets;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- the group's branches --------------------------------------------------------------------------

    /** One branch a group visits, and how far its review has come. */
    public record BranchStatus(String branchCode, String branchName, String unitCode, String unitName, int group,
                               boolean linking, int submitted, int members, boolean finalised) {
    }

    /** The signed-in observer's group, if they are in one this year. */
    @Transactional(readOnly = true)
    public Optional<ObservationGroup> groupOf(int year, CurrentUser user) {
        return observation.observerOf(user).flatMap(person -> observation.groups(year).stream()
                .filter(group -> group.everyone().contains(person)).findFirst());
    }

    /** The name of the observer the signed-in account is, as summaries record their answers. */
    @Transactional(readOnly = true)
    public Optional<String> observerName(CurrentUser user) {
        return observation.observerOf(user).map(Observer::name);
    }

    /** The observers' names by their accounts, so a page names who set a value rather than their login. */
    @Transactional(readOnly = true)
    public Map<String, String> observerNames() {
        Map<String, String> names = new LinkedHashMap<>();
        observation.observers().stream().filter(stored -> stored.username() != null)
                .forEach(stored -> names.put(stored.username(), stored.observer().name()));
        return names;
    }

    /** The numbers of the year's groups. */
    @Transactional(readOnly = true)
    public List<Integer> groupNumbers(int year) {
        return observation.groups(year).stream().map(ObservationGroup::number).toList();
    }

    /** Whether the signed-in account leads a group this year. */
    @Transactional(readOnly = true)
    public boolean leads(int year, CurrentUser user) {
        Optional<Observer> person = observation.observerOf(user);
        return person.isPresent() && groupOf(year, user).map(group -> group.leader().equals(person.get())).orElse(false);
    }

    /** The branches of the observer's group's itinerary, never one they are recused from, in the itinerary's order. */
    @Transactional(readOnly = true)
    public List<BranchStatus> branchesOf(int year, CurrentUser user) {
        return statuses(year, observation.itinerary(year, user).map(itinerary -> itinerary.visits()).orElse(List.of()));
    }

    /**
     * For the committee: the branches of the published plan whose branch or unit code starts with
     * {@code code}, by group, at most {@code limit} of them.
     */
    @Transactional(readOnly = true)
    public List<BranchStatus> plannedBranches(int year, String code, int limit, CurrentUser user) {
        if (!user.isCommittee()) {
            throw new AccessDeniedException("the committee's list of branches");
        }
        String prefix = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return statuses(year, observation.plan(year).filter(StoredPlan::published).map(StoredPlan::visits)
                .orElse(List.of()).stream().filter(visit -> !visit.isBriefing())
                .filter(visit -> visit.branchCode().startsWith(prefix) || visit.unitCode().startsWith(prefix))
                .limit(limit).toList());
    }

    private List<BranchStatus> statuses(int year, List<Visit> visits) {
        Campaign campaign = campaigns.require(year);
        List<BranchStatus> branches = new ArrayList<>();
        for (Visit visit : visits) {
            if (visit.isBriefing()) {
                continue;
            }
            PartyOrganization branch = branch(visit.branchCode());
            int members = membersFor(year, group(year, visit.group()), visit).size();
            int submitted = jdbc.sql("""
                            select count(*) from score_sheet
                            where campaign_id = :campaign and branch_id = :branch and group_number = :group
                              and status in ('SUBMITTED', 'FINALISED')""")
                    .param("campaign", campaign.getId()).param("branch", branch.getId())
                    .param("group", visit.group()).query(Integer.class).single();
            branches.add(new BranchStatus(visit.branchCode(), branch.getName(), visit.unitCode(),
                    unitName(visit.unitCode()), visit.group(), visit.linking(), submitted, members,
                    finalisation(campaign, branch.getId(), visit.group()).isPresent()));
        }
        return branches;
    }

    // --- a branch's review ------------------------------------------------------------------------------

    /**
     * A group's scores of a branch side by side. {@code group} may be null for the reader's own
     * group (or, for the committee, the first group that visits the branch).
     */
    @Transactional(readOnly = true)
    public BranchReview review(int year, String branchCode, Integer group, CurrentUser user) {
        Campaign campaign = campaigns.require(year);
        Visit visit = visitFor(year, branchCode, group, user);
        BranchReview.Viewer viewer = viewer(year, visit, user);
        ObservationGroup observing = group(year, visit.group());
        PartyOrganization branch = branch(branchCode);
        RatingStandard standard = sheets.standardOf(year);

        Map<String, ScoreSheet> sheetsByObserver = new LinkedHashMap<>();
        jdbc.sql("select id from score_sheet where campaign_id = :campaign and branch_id = :branch"
                        + " and group_number = :group order by id")
                .param("campaign", campaign.getId()).param("branch", branch.getId()).param("group", visit.group())
                .query(Long.class).list().stream().map(sheets::sheet)
                .forEach(sheet -> sheetsByObserver.put(sheet.observerName(), sheet));
        List<Observer> people = membersFor(year, observing, visit);
        List<BranchReview.Member> members = people.stream().map(person -> {
            ScoreSheet sheet = sheetsByObserver.get(person.name());
            return new BranchReview.Member(person.name(), person.equals(observing.leader()),
                    sheet == null ? null : sheet.status(), sheet == null ? null : sheet.total());
        }).toList();

        ObservedScores.Builder builder = ObservedScores.builder(standard);
        for (Observer person : people) {
            ScoreSheet sheet = sheetsByObserver.get(person.name());
            if (sheet != null) {
                sheet.values().values().forEach(value -> builder.add(value.itemCode(), value.points()));
            }
        }
        ObservedScores observed = builder.build();
        Map<String, List<ConsensusValue>> consensus = consensusHistory(campaign, branch.getId(), visit.group());
        List<BranchReview.Row> rows = new ArrayList<>();
        for (int index = 0; index < standard.items().size(); index++) {
            Item item = standard.items().get(index);
            List<BigDecimal> points = new ArrayList<>();
            for (Observer person : people) {
                ScoreSheet sheet = sheetsByObserver.get(person.name());
                points.add(sheet == null ? null : sheet.value(item.code()).map(SheetValue::points).orElse(null));
            }
            List<ConsensusValue> history = consensus.getOrDefault(item.code(), List.of());
            BigDecimal spread = spread(points);
            rows.add(new BranchReview.Row(item, points, spread, divergent(spread, item),
                    observed.hasScores(index) ? observed.consolidated(index) : null,
                    history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1)), history));
        }
        return new BranchReview(year, branchCode, branch.getName(), visit.unitCode(), unitName(visit.unitCode()),
                visit.group(), standard.consolidation(), members, rows,
                finalisation(campaign, branch.getId(), visit.group()), viewer);
    }

    /** The largest minus the smallest of the scores given, or null with fewer than two. */
    static BigDecimal spread(List<BigDecimal> points) {
        List<BigDecimal> given = points.stream().filter(Objects::nonNull).toList();
        if (given.size() < 2) {
            return null;
        }
        return given.stream().max(BigDecimal::compareTo).orElseThrow()
                .subtract(given.stream().min(BigDecimal::compareTo).orElseThrow());
    }

    /** "Items where members differ by more than 30 % of the item's points are marked." */
    static boolean divergent(BigDecimal spread, Item item) {
        return spread != null && spread.compareTo(item.max().multiply(SPREAD_SHARE)) > 0;
    }

    /**
     * The leader puts a consensus value (points, 0 to the item's maximum, at most 4 decimals) in
     * place of the item's consolidated score, with a reason; the members' values stay on their
     * sheets, earlier consensus values stay as history.
     */
    public ConsensusValue setConsensus(int year, String branchCode, String itemCode, String points, String reason,
            CurrentUser user) {
        BranchReview review = requireLeader(year, branchCode, user);
        Item item = sheets.standardOf(year).item(itemCode == null ? "" : itemCode.strip())
                .orElseThrow(() -> new ScoringRefused("scoring.unknownItem", itemCode));
        String because = reason == null ? "" : reason.strip();
        if (because.isEmpty()) {
            throw new ScoringRefused("review.consensus.reasonNeeded", item.code());
        }
        if (because.length() > REASON_LIMIT) {
            throw new ScoringRefused("review.consensus.reasonTooLong", REASON_LIMIT);
        }
        BigDecimal value = consensusPoints(item, points);
        Campaign campaign = campaigns.require(year);
        ConsensusValue set = new ConsensusValue(item.code(), value, because, user.getUsername(), clock.instant());
        jdbc.sql("""
                        insert into consensus_value (campaign_id, branch_id, group_number, item_code, points, reason,
                                                     set_by, set_at)
                        values (:campaign, :branch, :group, :item, :points, :reason, :by, :at)""")
                .param("campaign", campaign.getId()).param("branch", branch(branchCode).getId())
                .param("group", review.group()).param("item", item.code()).param("points", value)
                .param("reason", because).param("by", set.setBy()).param("at", Timestamp.from(set.setAt())).update();
        audit.updated("ConsensusValue", branchCode + "/" + item.code(),
                "组长确定 " + branchCode + " 指标 " + item.code() + " 的合议分：" + value.toPlainString() + "（" + because + "）",
                null, Map.of("points", value));
        return set;
    }

    private static BigDecimal consensusPoints(Item item, String entered) {
        String text = entered == null ? "" : entered.strip();
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            throw new ScoringRefused("review.consensus.notANumber", item.code(), text);
        }
        if (value.signum() < 0 || value.compareTo(item.max()) > 0) {
            throw new ScoringRefused("review.consensus.outOfRange", item.code(), text, item.max().toPlainString());
        }
        if (value.stripTrailingZeros().scale() > org.xingping.standard.Consolidation.SCALE) {
            throw new ScoringRefused("review.consensus.tooPrecise", item.code(), text);
        }
        return value.setScale(org.xingping.standard.Consolidation.SCALE);
    }

    /**
     * The leader finalises the group's review of a branch once every member has submitted: the
     * sheets become FINALISED and {@link BranchReviewed} is published.
     */
    public BranchReview finalise(int year, String branchCode, CurrentUser user) {
        BranchReview review = requireLeader(year, branchCode, user);
        List<String> open = review.members().stream().filter(member -> !member.submitted())
                .map(BranchReview.Member::name).toList();
        if (!open.isEmpty()) {
            throw new ScoringRefused("review.finalise.notAllSubmitted", String.join("、", open));
        }
        close(year, branchCode, review.branchName(), review.group(), review.members().size(), user);
        return review(year, branchCode, review.group(), user);
    }

    /**
     * The leader finalises at once every branch of the group's itinerary whose members have all
     * submitted and that is not finalised yet; answers how many.
     */
    public int finaliseComplete(int year, CurrentUser user) {
        if (!leads(year, user)) {
            throw new AccessDeniedException(user.getUsername() + " leads no group in " + year);
        }
        int closed = 0;
        for (BranchStatus branch : branchesOf(year, user)) {
            if (!branch.finalised() && branch.members() > 0 && branch.submitted() == branch.members()) {
                close(year, branch.branchCode(), branch.branchName(), branch.group(), branch.members(), user);
                closed++;
            }
        }
        return closed;
    }

    /** Locks a group's sheets of a branch, records who finalised it and tells the later steps. */
    private void close(int year, String branchCode, String branchName, int group, int members, CurrentUser user) {
        Campaign campaign = campaigns.require(year);
        long branchId = branch(branchCode).getId();
        jdbc.sql("""
                        update score_sheet set status = 'FINALISED'
                        where campaign_id = :campaign and branch_id = :branch and group_number = :group""")
                .param("campaign", campaign.getId()).param("branch", branchId).param("group", group).update();
        jdbc.sql("""
                        insert into branch_review (campaign_id, branch_id, group_number, finalised_by, finalised_at)
                        values (:campaign, :branch, :group, :by, :at)""")
                .param("campaign", campaign.getId()).param("branch", branchId).param("group", group)
                .param("by", user.getUsername()).param("at", Timestamp.from(clock.instant())).update();
        audit.updated("BranchReview", branchCode, ObservationGroup.label(group) + "定稿 " + branchCode + " "
                + branchName, null, Map.of("members", members));
        events.publishEvent(new BranchReviewed(year, branchCode, group));
    }

    private BranchReview requireLeader(int year, String branchCode, CurrentUser user) {
        BranchReview review = review(year, branchCode, null, user);
        if (review.viewer() != BranchReview.Viewer.LEADER) {
            throw new AccessDeniedException(user.getUsername() + " does not lead the group that visits " + branchCode);
        }
        if (review.finalised()) {
            throw new ScoringRefused("review.finalised", branchCode);
        }
        return review;
    }

    /** Every consensus value of a branch's items by one group, oldest first, by item. */
    private Map<String, List<ConsensusValue>> consensusHistory(Campaign campaign, long branchId, int group) {
        Map<String, List<ConsensusValue>> history = new LinkedHashMap<>();
        jdbc.sql("""
                        select * from consensus_value
                        where campaign_id = :campaign and branch_id = :branch and group_number = :group order by id""")
                .param("campaign", campaign.getId()).param("branch", branchId).param("group", group)
                .query(rs -> {
                    ConsensusValue value = new ConsensusValue(rs.getString("item_code"), rs.getBigDecimal("points"),
                            rs.getString("reason"), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant());
                    history.computeIfAbsent(value.itemCode(), code -> new ArrayList<>()).add(value);
                });
        return history;
    }

    private Optional<BranchReview.Finalisation> finalisation(Campaign campaign, long branchId, int group) {
        return jdbc.sql("select finalised_by, finalised_at from branch_review"
                        + " where campaign_id = :campaign and branch_id = :branch and group_number = :group")
                .param("campaign", campaign.getId()).param("branch", branchId).param("group", group)
                .query((rs, n) -> new BranchReview.Finalisation(rs.getString("finalised_by"),
                        rs.getTimestamp("finalised_at").toInstant()))
                .optional();
    }

    // --- who sees a review --------------------------------------------------------------------------------

    /**
     * The visit of a branch the reader may see: their own group's (when it is in their itinerary),
     * else, for the committee or once the scores are open, the named group's or the first group's.
     */
    private Visit visitFor(int year, String branchCode, Integer group, CurrentUser user) {
        refuseUnitsAndBranches(user);
        StoredPlan plan = observation.plan(year).filter(StoredPlan::published)
                .orElseThrow(() -> new ScoringRefused("review.notPlanned", branchCode));
        List<Visit> visits = plan.visits().stream().filter(visit -> branchCode.equals(visit.branchCode()))
                .filter(visit -> group == null || visit.group() == group).toList();
        if (visits.isEmpty()) {
            throw new ScoringRefused("review.notPlanned", branchCode);
        }
        Optional<ObservationGroup> own = groupOf(year, user);
        return own.flatMap(mine -> visits.stream().filter(visit -> visit.group() == mine.number()).findFirst())
                .orElse(visits.get(0));
    }

    private BranchReview.Viewer viewer(int year, Visit visit, CurrentUser user) {
        Optional<Observer> person = observation.observerOf(user);
        if (person.isPresent()) {
            boolean recused = observation.recusalsOf(year, person.get()).stream()
                    .anyMatch(recusal -> recusal.covers(visit.unitCode(), visit.branchCode()));
            if (recused) {
                throw new AccessDeniedException(user.getUsername() + " is recused from " + visit.branchCode());
            }
            Optional<ObservationGroup> own = groupOf(year, user);
            if (own.isPresent() && own.get().number() == visit.group()) {
                return own.get().leader().equals(person.get()) ? BranchReview.Viewer.LEADER
                        : BranchReview.Viewer.MEMBER;
            }
        }
        if (user.isCommittee() || (user.isObserver() && disclosure(year).opened())) {
            return BranchReview.Viewer.READER;
        }
        throw new AccessDeniedException(user.getUsername() + " may not see group " + visit.group() + "'s scores");
    }

    private static void refuseUnitsAndBranches(CurrentUser user) {
        if (!user.isCommittee() && !user.isObserver()) {
            throw new AccessDeniedException("only the committee and the observers see observers' scores");
        }
    }

    /** The members of a group who score a visit's branch: everyone not recused from it. */
    private List<Observer> membersFor(int year, ObservationGroup group, Visit visit) {
        return group.everyone().stream().filter(person -> observation.recusalsOf(year, person).stream()
                .noneMatch(recusal -> recusal.covers(visit.unitCode(), visit.branchCode()))).toList();
    }

    // --- what the decision reads ---------------------------------------------------------------------------

    /**
     * Every finalised review of a campaign with its members' points and the consensus values: what
     * the committee's decision calibrates and evaluates. Read in three queries, not per branch: the
     * decision board reads the whole campaign at once.
     */
    @Transactional(readOnly = true)
    public List<ReviewedScores> reviewedScores(int year) {
        Campaign campaign = campaigns.require(year);
        record Key(long branch, int group) {
        }
        Map<Key, String> codes = new LinkedHashMap<>();
        Map<Key, Instant> finalised = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.branch_id, r.group_number, r.finalised_at, b.code
                        from branch_review r join party_organization b on b.id = r.branch_id
                        where r.campaign_id = :campaign order by b.code, r.group_number""")
                .param("campaign", campaign.getId())
                .query(rs -> {
                    Key key = new Key(rs.getLong(1), rs.getInt(2));
                    codes.put(key, rs.getString(4));
                    finalised.put(key, rs.getTimestamp(3).toInstant());
                });
        Map<Key, Map<String, Map<String, BigDecimal>>> points = new LinkedHashMap<>();
        jdbc.sql("""
                        select s.branch_id, s.group_number, o.name, v.item_code, v.points
                        from score_sheet s join observer o on o.id = s.observer_id join sheet_value v on v.sheet_id = s.id
                        where s.campaign_id = :campaign and s.status = 'FINALISED'
                        order by s.branch_id, s.group_number, o.name""")
                .param("campaign", campaign.getId())
                .query(rs -> {
                    points.computeIfAbsent(new Key(rs.getLong(1), rs.getInt(2)), key -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString(3), name -> new LinkedHashMap<>())
                            .put(rs.getString(4), rs.getBigDecimal(5));
                });
        Map<Key, Map<String, BigDecimal>> consensus = new LinkedHashMap<>();
        // Rows come oldest first, so the latest value of each item is the one left in the map.
        jdbc.sql("select branch_id, group_number, item_code, points from consensus_value where campaign_id = :campaign order by id")
                .param("campaign", campaign.getId())
                .query(rs -> {
                    consensus.computeIfAbsent(new Key(rs.getLong(1), rs.getInt(2)), key -> new LinkedHashMap<>())
                            .put(rs.getString(3), rs.getBigDecimal(4));
                });
        List<ReviewedScores> reviewed = new ArrayList<>();
        codes.forEach((key, code) -> reviewed.add(new ReviewedScores(code, key.group(), finalised.get(key),
                points.getOrDefault(key, Map.of()).entrySet().stream()
                        .map(member -> new ReviewedScores.MemberPoints(member.getKey(), member.getValue())).toList(),
                consensus.getOrDefault(key, Map.of()))));
        return reviewed;
    }

    /** One value as an observer entered it on a finalised sheet: what the scores table of interfaces.md holds. */
    public record EnteredValue(String branchCode, String scorer, String itemCode, String value) {
    }

    /**
     * Every value on the finalised sheets of a campaign, as entered (a grade's label, 是/否 for a
     * check): the scores table an export writes, which {@code evaluate} reads back.
     */
    @Transactional(readOnly = true)
    public List<EnteredValue> enteredValues(int year) {
        return jdbc.sql("""
                        select b.code, o.name, v.item_code, v.value
                        from score_sheet s join observer o on o.id = s.observer_id join sheet_value v on v.sheet_id = s.id
                             join party_organization b on b.id = s.branch_id
                        where s.campaign_id = :campaign and s.status = 'FINALISED'
                        order by b.code, s.group_number, o.name, v.item_code""")
                .param("campaign", campaigns.require(year).getId())
                .query((rs, row) -> new EnteredValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    // --- what readers after the observation read (the review report) -------------------------------------

    /** A highlight or problem as the campaign keeps it: recorded by {@code observer} on a sheet of a branch in group {@code group}. */
    public record RecordedFinding(String branchCode, String unitCode, int group, String observer, Finding.Kind kind,
                                  String itemCode, Finding.Severity severity, String text) {
    }

    /**
     * Every highlight and problem recorded on the campaign's sheets, by unit, branch and order of
     * recording: one query, as a report over the whole campaign reads them all at once.
     */
    @Transactional(readOnly = true)
    public List<RecordedFinding> findings(int year) {
        Campaign campaign = campaigns.require(year);
        return jdbc.sql("""
                        select b.code, s.unit_code, s.group_number, o.name, f.kind, f.item_code, f.severity, f.text
                        from sheet_finding f join score_sheet s on s.id = f.sheet_id
                        join party_organization b on b.id = s.branch_id join observer o on o.id = s.observer_id
                        where s.campaign_id = :campaign order by s.unit_code, b.code, f.id""")
                .param("campaign", campaign.getId())
                .query((rs, n) -> new RecordedFinding(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        Finding.Kind.valueOf(rs.getString(5)), rs.getString(6),
                        rs.getString(7) == null ? null : Finding.Severity.valueOf(rs.getString(7)), rs.getString(8)))
                .list();
    }

    /** The current version of every summary of every group, by group and unit (a group's own summary first). */
    @Transactional(readOnly = true)
    public List<GroupSummary> currentSummaries(int year) {
        Campaign campaign = campaigns.require(year);
        Map<Integer, ObservationGroup> groups = new LinkedHashMap<>();
        observation.groups(year).forEach(group -> groups.put(group.number(), group));
        List<GroupSummary> summaries = new ArrayList<>();
        jdbc.sql("""
                        select g.id, g.group_number from group_summary g where g.campaign_id = :campaign
                          and g.version = (select max(v.version) from group_summary v where v.campaign_id = g.campaign_id
                                           and v.group_number = g.group_number and v.unit_code = g.unit_code)
                        order by g.group_number, g.unit_code""")
                .param("campaign", campaign.getId())
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list()
                .forEach(found -> Optional.ofNullable(groups.get(found.getValue()))
                        .flatMap(group -> summary(campaign, group, found.getKey())).ifPresent(summaries::add));
        return summaries;
    }

    // --- opening the scores to every group ----------------------------------------------------------------

    @Transactional(readOnly = true)
    public ScoreDisclosure disclosure(int year) {
        Campaign campaign = campaigns.require(year);
        return jdbc.sql("select * from score_disclosure where campaign_id = :campaign order by id desc")
                .param("campaign", campaign.getId())
                .query((rs, n) -> new ScoreDisclosure(rs.getBoolean("opened"), Optional.of(rs.getString("set_by")),
                        Optional.of(rs.getTimestamp("set_at").toInstant())))
                .stream().findFirst().orElse(ScoreDisclosure.CLOSED);
    }

    /** The committee's staff open (or close again) every group's scores to the other groups. */
    public ScoreDisclosure disclose(int year, boolean opened, CurrentUser user) {
        if (!user.hasRole(Role.COMMITTEE_ADMINISTRATOR)) {
            throw new AccessDeniedException("only the committee's staff open the scores");
        }
        Campaign campaign = campaigns.require(year);
        if (disclosure(year).opened() == opened) {
            return disclosure(year);
        }
        jdbc.sql("insert into score_disclosure (campaign_id, opened, set_by, set_at) values (:campaign, :opened, :by, :at)")
                .param("campaign", campaign.getId()).param("opened", opened).param("by", user.getUsername())
                .param("at", Timestamp.from(clock.instant())).update();
        audit.updated("ScoreDisclosure", year, (opened ? "向各观摩组公开" : "收回") + " " + year + " 年度各组评分", null,
                Map.of("opened", opened));
        return disclosure(year);
    }

    // --- summaries ------------------------------------------------------------------------------------------

    /** A place for a summary: a unit the group visits, or the whole group ({@code unitCode} empty), and its current version. */
    public record SummarySlot(String unitCode, String unitName, Optional<GroupSummary> current) {
    }

    /** The summaries of the signed-in observer's group: one per unit it visits, then the whole group's. */
    @Transactional(readOnly = true)
    public List<SummarySlot> summaries(int year, CurrentUser user) {
        return slots(year, requireGroup(year, user), unitsOf(year, user));
    }

    /** For the committee, who reads every group's summaries: those of group {@code number}. */
    @Transactional(readOnly = true)
    public List<SummarySlot> summariesOfGroup(int year, int number, CurrentUser user) {
        if (!user.isCommittee()) {
            throw new AccessDeniedException("the committee reads every group's summaries");
        }
        ObservationGroup group = observation.groups(year).stream().filter(candidate -> candidate.number() == number)
                .findFirst().orElseThrow(() -> new ScoringRefused("review.noSuchGroup", number));
        Set<String> units = new LinkedHashSet<>();
        observation.plan(year).filter(StoredPlan::published).ifPresent(plan -> plan.visits().stream()
                .filter(visit -> visit.group() == number).forEach(visit -> units.add(visit.unitCode())));
        return slots(year, group, List.copyOf(units));
    }

    private List<SummarySlot> slots(int year, ObservationGroup group, List<String> units) {
        Campaign campaign = campaigns.require(year);
        List<SummarySlot> slots = new ArrayList<>();
        for (String unit : units) {
            slots.add(new SummarySlot(unit, unitName(unit), current(campaign, group, unit)));
        }
        slots.add(new SummarySlot("", ObservationGroup.label(group.number()), current(campaign, group, "")));
        return slots;
    }

    /**
     * The leader drafts (or redrafts) the summary of a unit or of the whole group; each draft is a
     * new version that the members answer afresh.
     */
    public GroupSummary draftSummary(int year, String unitCode, String highlights, String problems, String impression,
            CurrentUser user) {
        ObservationGroup group = requireGroup(year, user);
        if (!leads(year, user)) {
            throw new AccessDeniedException(user.getUsername() + " does not lead " + group.label());
        }
        String unit = unitCode == null ? "" : unitCode.strip();
        if (!unit.isEmpty() && !unitsOf(year, user).contains(unit)) {
            throw new ScoringRefused("review.summary.notOurUnit", unit);
        }
        String[] texts = {strip(highlights), strip(problems), strip(impression)};
        if (texts[0].isEmpty() && texts[1].isEmpty() && texts[2].isEmpty()) {
            throw new ScoringRefused("review.summary.empty");
        }
        for (String text : texts) {
            if (text.length() > TEXT_LIMIT) {
                throw new ScoringRefused("review.summary.tooLong", TEXT_LIMIT);
            }
        }
        Campaign campaign = campaigns.require(year);
        int version = current(campaign, group, unit).map(GroupSummary::version).orElse(0) + 1;
        jdbc.sql("""
                        insert into group_summary (campaign_id, group_number, unit_code, version, highlights, problems,
                                                   impression, drafted_by, drafted_at)
                        values (:campaign, :group, :unit, :version, :highlights, :problems, :impression, :by, :at)""")
                .param("campaign", campaign.getId()).param("group", group.number()).param("unit", unit)
                .param("version", version).param("highlights", texts[0]).param("problems", texts[1])
                .param("impression", texts[2]).param("by", user.getUsername())
                .param("at", Timestamp.from(clock.instant())).update();
        audit.updated("GroupSummary", group.number() + "/" + unit, group.label() + "起草"
                + (unit.isEmpty() ? "小组汇总" : unit + " 的汇总") + "（第 " + version + " 稿）", null, Map.of("version", version));
        return current(campaign, group, unit).orElseThrow();
    }

    /** A member answers the current version of a summary: agreed, or dissent in their words; once a version. */
    public GroupSummary answer(int year, long summaryId, boolean agrees, String dissent, CurrentUser user) {
        ObservationGroup group = requireGroup(year, user);
        Observer person = observation.observerOf(user).orElseThrow();
        if (group.leader().equals(person)) {
            throw new ScoringRefused("review.summary.leaderDrafts");
        }
        Campaign campaign = campaigns.require(year);
        GroupSummary summary = summary(campaign, group, summaryId)
                .orElseThrow(() -> new AccessDeniedException("summary " + summaryId + " is not " + group.label() + "'s"));
        if (current(campaign, group, summary.unitCode()).map(GroupSummary::id).orElse(-1L) != summaryId) {
            throw new ScoringRefused("review.summary.outdated");
        }
        if (summary.answerOf(person.name()).map(answer -> !answer.pending()).orElse(false)) {
            throw new ScoringRefused("review.summary.alreadyAnswered");
        }
        String words = strip(dissent);
        if (!agrees && words.isEmpty()) {
            throw new ScoringRefused("review.summary.dissentNeeded");
        }
        if (words.length() > TEXT_LIMIT) {
            throw new ScoringRefused("review.summary.tooLong", TEXT_LIMIT);
        }
        jdbc.sql("""
                        insert into summary_acknowledgement (summary_id, observer_id, agrees, dissent, answered_at)
                        values (:summary, :observer, :agrees, :dissent, :at)""")
                .param("summary", summaryId).param("observer", observerId(person)).param("agrees", agrees)
                .param("dissent", words.isEmpty() ? null : words).param("at", Timestamp.from(clock.instant()))
                .update();
        audit.updated("GroupSummary", summaryId, person.name() + (agrees ? "确认" : "对") + group.label() + "汇总"
                + (agrees ? "" : "提出不同意见"), null, Map.of("agrees", agrees));
        return summary(campaign, group, summaryId).orElseThrow();
    }

    private Optional<GroupSummary> current(Campaign campaign, ObservationGroup group, String unit) {
        return jdbc.sql("""
                        select id from group_summary where campaign_id = :campaign and group_number = :group
                          and unit_code = :unit order by version desc""")
                .param("campaign", campaign.getId()).param("group", group.number()).param("unit", unit)
                .query(Long.class).stream().findFirst().flatMap(id -> summary(campaign, group, id));
    }

    private Optional<GroupSummary> summary(Campaign campaign, ObservationGroup group, long id) {
        return jdbc.sql("select * from group_summary where id = :id and campaign_id = :campaign and group_number = :group")
                .param("id", id).param("campaign", campaign.getId()).param("group", group.number())
                .query((rs, n) -> {
                    Map<Long, GroupSummary.Answer> given = new LinkedHashMap<>();
                    jdbc.sql("select * from summary_acknowledgement where summary_id = :id").param("id", id)
                            .query(row -> {
                                given.put(row.getLong("observer_id"), new GroupSummary.Answer(null,
                                        row.getBoolean("agrees"), row.getString("dissent"),
                                        row.getTimestamp("answered_at").toInstant()));
                            });
                    List<GroupSummary.Answer> answers = group.members().stream().map(member -> {
                        GroupSummary.Answer answer = given.get(observerId(member));
                        return answer == null ? new GroupSummary.Answer(member.name(), null, null, null)
                                : new GroupSummary.Answer(member.name(), answer.agrees(), answer.dissent(),
                                        answer.answeredAt());
                    }).toList();
                    return new GroupSummary(id, group.number(), rs.getString("unit_code"), rs.getInt("version"),
                            rs.getString("highlights"), rs.getString("problems"), rs.getString("impression"),
                            rs.getString("drafted_by"), rs.getTimestamp("drafted_at").toInstant(), answers);
                })
                .optional();
    }

    private ObservationGroup requireGroup(int year, CurrentUser user) {
        return groupOf(year, user).orElseThrow(() -> new ScoringRefused("review.noGroup", String.valueOf(year)));
    }

    /** The units of the observer's itinerary, in its order. */
    private List<String> unitsOf(int year, CurrentUser user) {
        Set<String> units = new LinkedHashSet<>();
        observation.itinerary(year, user).ifPresent(itinerary -> itinerary.visits().forEach(visit -> units.add(visit.unitCode())));
        return List.copyOf(units);
    }

    // --- reading helpers ---------------------------------------------------------------------------------

    private ObservationGroup group(int year, int number) {
        return observation.groups(year).stream().filter(group -> group.number() == number).findFirst().orElseThrow();
    }

    private PartyOrganization branch(String code) {
        return registry.organizationByCode(code).orElseThrow(() -> new ScoringRefused("review.notPlanned", code));
    }

    private String unitName(String unitCode) {
        return registry.unitByCode(unitCode).map(Unit::getName).orElse(unitCode);
    }

    private long observerId(Observer person) {
        return observation.observers().stream().filter(stored -> stored.observer().equals(person)).findFirst()
                .orElseThrow().id();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
