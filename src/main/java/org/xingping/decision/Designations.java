package org.xingping.decision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignManagement;
import org.xingping.decision.designation.NamingNotice;
import org.xingping.decision.designation.NamingNoticeWriter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.organization.OrganizationLevel;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.PartyOrganization;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.Role;
import org.xingping.platform.files.FileStore;
import org.xingping.platform.files.StoredFile;
import org.xingping.standard.Honour;
import org.xingping.standard.Level;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;
import org.xingping.standard.Veto;

/**
 * Designation (命名) and each branch's level history. Once the notice has closed, the committee
 * designates the confirmed results: each named branch's final level becomes its level of the year
 * in the registry and enters its history, the honours are named, and the designation document is
 * issued. During the year a veto event recorded later lowers a designated level, or revokes it,
 * with its reason; the history shows every such event.
 *
 * <p>A branch rated but given no level (0 stars) is designated as 0: the registry then says the
 * branch holds no level that year, so the next campaign counts it as holding none, instead of
 * reading an older year's level as still current.
 */
@Service
@Transactional
public class Designations {

    /**
     * The registry's red-flag mark is the honour the standard names 红旗党支部; other honours a city
     * defines are kept with the designation only.
     */
    static final String RED_FLAG = "红旗党支部";

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final DeclarationManagement declarations;
    private final RatingDecisions decisions;
    private final OrganizationManagement registry;
    private final ObjectProvider<NoticeOutcome> notice;
    private final FileStore files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Designations(JdbcClient jdbc, CampaignManagement campaigns, DeclarationManagement declarations,
                 RatingDecisions decisions, OrganizationManagement registry, ObjectProvider<NoticeOutcome> notice,
                 FileStore files, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.decisions = decisions;
        this.registry = registry;
        this.notice = notice;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- designation -------------------------------------------------------------------------------

    /** Where the campaign stands towards its designation, and whether the committee may designate now. */
    @Transactional(readOnly = true)
    public DesignationReadiness readiness(int year) {
        List<DecidedBranch> results = decisions.confirmedResults(year);
        NoticeOutcome outcome = notice.getIfAvailable();
        NoticeOutcome.NoticeStatus status = outcome == null ? NoticeOutcome.NoticeStatus.NOT_STARTED
                : outcome.status(year);
        Optional<Designation> designation = designation(year);
        // Once designated, those held are the ones it left out, whatever the notice says of them since.
        Set<String> named = designation.isEmpty() ? Set.of()
                : named(year).stream().map(NamedBranch::branchCode).collect(Collectors.toSet());
        Set<String> held = designation.isPresent() ? Set.of() : outcome == null ? Set.of() : outcome.branchesOnHold(year);
        List<DecidedBranch> onHold = results.stream().filter(branch -> designation.isPresent()
                ? !named.contains(branch.branchCode()) : held.contains(branch.branchCode())).toList();
        return new DesignationReadiness(year, decisions.confirmation(year), status,
                results.stream().filter(DecidedBranch::reopened).toList(), onHold, results.size() - onHold.size(),
                designation);
    }

    /**
     * The committee designates the campaign's confirmed results, in one transaction: each branch not
     * on hold gets its final level as its level of the year, a DESIGNATED event and its honours; the
     * designation document is written from what was stored; {@link BranchesDesignated} follows.
     */
    public Designation designate(int year, CurrentUser user) {
        RatingDecisions.requireCommittee(user);
        DesignationReadiness readiness = readiness(year);
        readiness.refusal().ifPresent(refusal -> {
            throw refusal;
        });
        Campaign campaign = campaigns.require(year);
        RatingStandard standard = declarations.standardOfCampaign(campaign);
        Instant now = clock.instant();
        try {
            // First, so a second designation racing this one stops at the key before writing anything.
            jdbc.sql("insert into designation (campaign_id, designated_by, designated_at) values (:campaign, :by, :at)")
                    .param("campaign", campaign.getId()).param("by", user.getUsername())
                    .param("at", Timestamp.from(now)).update();
        } catch (DuplicateKeyException twice) {
            throw new DecisionRefused("designation.already", String.valueOf(year), "");
        }
        Set<String> held = readiness.onHold().stream().map(DecidedBranch::branchCode).collect(Collectors.toSet());
        int named = 0;
        for (DecidedBranch branch : decisions.confirmedResults(year)) {
            if (held.contains(branch.branchCode())) {
                continue;
            }
            name(campaign, branch, user, now);
            named++;
        }
        StoredFile document = store(NamingNoticeWriter.write(notice(year, standard, now)));
        jdbc.sql("update designation set document_key = :key where campaign_id = :campaign")
                .param("key", document.key()).param("campaign", campaign.getId()).update();
        audit.created("Designation", year, "命名 " + year + " 年度星级党支部 " + named + " 个（暂缓命名 " + held.size() + " 个）",
                Map.of("named", named, "onHold", new TreeSet<>(held), "document", document.sha256()));
        events.publishEvent(new BranchesDesignated(year, named, user.getUsername(), now));
        return designation(year).orElseThrow();
    }

    private void name(Campaign campaign, DecidedBranch branch, CurrentUser user, Instant now) {
        int year = campaign.getYear();
        PartyOrganization organization = registry.organizationByCode(branch.branchCode()).orElseThrow();
        Integer before = organization.levelIn(year).or(() -> organization.levels().stream()
                .filter(level -> level.year() < year).reduce((older, newer) -> newer))
                .map(OrganizationLevel::stars).orElse(null);
        registry.recordLevel(branch.branchCode(),
                new OrganizationLevel(year, branch.stars(), branch.honourNames().contains(RED_FLAG)), "命名");
        String reason = branch.rated() ? "命名为" + year + "年度" + branch.levelName() : year + "年度评定未达到星级";
        insertEvent(organization.getId(), year, LevelEvent.Kind.DESIGNATED, before, branch.stars(), null, reason, user,
                now);
        for (int i = 0; i < branch.honourCodes().size(); i++) {
            jdbc.sql("""
                            insert into designated_honour (campaign_id, branch_id, honour_code, honour_name)
                            values (:campaign, :branch, :code, :name)""")
                    .param("campaign", campaign.getId()).param("branch", organization.getId())
                    .param("code", branch.honourCodes().get(i)).param("name", branch.honourNames().get(i)).update();
        }
    }

    private long insertEvent(long branchId, int year, LevelEvent.Kind kind, Integer from, int to, String vetoCode,
                             String reason, CurrentUser user, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into level_event (branch_id, year, kind, from_stars, to_stars, veto_code, reason,
                                                 recorded_by, recorded_at)
                        values (:branch, :year, :kind, :from, :to, :veto, :reason, :by, :at)""")
                .param("branch", branchId).param("year", year).param("kind", kind.name()).param("from", from)
                .param("to", to).param("veto", vetoCode).param("reason", reason).param("by", user.getUsername())
                .param("at", Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    private StoredFile store(byte[] document) {
        try {
            return files.store(new ByteArrayInputStream(document));
        } catch (IOException e) {
            throw new UncheckedIOException("the designation document cannot be stored", e);
        }
    }

    /** The document's content from what the designation stored: levels highest first, then honours. */
    private NamingNotice notice(int year, RatingStandard standard, Instant at) {
        List<NamedBranch> named = named(year);
        List<NamingNotice.Listing> levels = new ArrayList<>();
        for (Level level : standard.levelsHighestFirst()) {
            List<NamedBranch> atLevel = named.stream().filter(b -> b.stars() == level.stars().stars()).toList();
            if (!atLevel.isEmpty()) {
                levels.add(new NamingNotice.Listing(level.name(), byUnit(atLevel)));
            }
        }
        List<NamingNotice.Listing> honours = new ArrayList<>();
        for (Honour honour : standard.honours()) {
            List<NamedBranch> withHonour = named.stream().filter(b -> b.honourNames().contains(honour.name())).toList();
            if (!withHonour.isEmpty()) {
                honours.add(new NamingNotice.Listing(honour.name(), byUnit(withHonour)));
            }
        }
        return new NamingNotice(standard.issuer(), year, standard.name(), at.atZone(clock.getZone()).toLocalDate(),
                levels, honours);
    }

    private static List<NamingNotice.UnitBranches> byUnit(List<NamedBranch> branches) {
        Map<String, List<NamedBranch>> byUnit = new TreeMap<>(branches.stream()
                .collect(Collectors.groupingBy(NamedBranch::unitCode)));
        return byUnit.values().stream().map(unit -> new NamingNotice.UnitBranches(unit.get(0).unitName(),
                unit.stream().map(NamedBranch::branchName).toList())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Designation> designation(int year) {
        return campaigns.find(year).flatMap(campaign -> jdbc.sql("""
                        select designated_by, designated_at, document_key from designation where campaign_id = :campaign""")
                .param("campaign", campaign.getId())
                .query((rs, row) -> new Designation(year, rs.getString("designated_by"),
                        rs.getTimestamp("designated_at").toInstant(), rs.getString("document_key") != null))
                .optional());
    }

    /**
     * The branches the year's designation named, by unit code and level, highest first, with the
     * level as designated (a later veto event does not change what was named) and the honours.
     */
    @Transactional(readOnly = true)
    public List<NamedBranch> named(int year) {
        Optional<Campaign> campaign = campaigns.find(year);
        if (campaign.isEmpty()) {
            return List.of();
        }
        RatingStandard standard = declarations.standardOfCampaign(campaign.get());
        Map<Long, List<String>> honours = new LinkedHashMap<>();
        jdbc.sql("select branch_id, honour_name from designated_honour where campaign_id = :campaign order by honour_code")
                .param("campaign", campaign.get().getId())
                .query(rs -> {
                    honours.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("""
                        select b.id, b.code, b.name, u.code as unit_code, u.name as unit_name, e.to_stars
                        from level_event e join party_organization b on b.id = e.branch_id
                        join unit u on u.id = b.unit_id
                        where e.year = :year and e.kind = 'DESIGNATED'
                        order by u.code, e.to_stars desc, b.code""")
                .param("year", year)
                .query((rs, row) -> new NamedBranch(rs.getString("code"), rs.getString("name"), rs.getString("unit_code"),
                        rs.getString("unit_name"), rs.getInt("to_stars"), levelName(standard, rs.getInt("to_stars")),
                        honours.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** The designation document as issued. */
    @Transactional(readOnly = true)
    public byte[] document(int year) {
        Campaign campaign = campaigns.require(year);
        String key = jdbc.sql("select document_key from designation where campaign_id = :campaign")
                .param("campaign", campaign.getId()).query(String.class).optional()
                .orElseThrow(() -> new DecisionRefused("designation.notDesignated", String.valueOf(year)));
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the designation document " + key + " cannot be read", e);
        }
    }

    // --- veto events during the year ---------------------------------------------------------------

    /** The veto items of the year's standard: what a veto event may cite. */
    @Transactional(readOnly = true)
    public List<Veto> vetoes(int year) {
        return campaigns.find(year).map(campaign -> declarations.standardOfCampaign(campaign).vetoes())
                .orElse(List.of());
    }

    /**
     * A veto event recorded during the year (一票否决事项) lowers the branch's designated level of
     * that year as the veto's effect says: {@code maxStars n} to the highest defined level ≤ n,
     * {@code notRated} to none. It never raises a level, and is refused when it would not lower it.
     * Honours that need more stars than remain are revoked with it.
     */
    public LevelEvent recordVetoEvent(String branchCode, int year, String vetoCode, String reason, CurrentUser user) {
        RatingDecisions.requireCommittee(user);
        if (reason == null || reason.isBlank()) {
            throw new DecisionRefused("decision.reasonRequired");
        }
        Campaign campaign = campaigns.find(year)
                .orElseThrow(() -> new DecisionRefused("designation.notDesignated", String.valueOf(year)));
        RatingStandard standard = declarations.standardOfCampaign(campaign);
        Veto veto = standard.vetoes().stream().filter(v -> v.code().equals(vetoCode)).findFirst()
                .orElseThrow(() -> new DecisionRefused("designation.veto.unknown", String.valueOf(vetoCode)));
        PartyOrganization branch = registry.organizationByCode(branchCode)
                .orElseThrow(() -> new DecisionRefused("designation.branchUnknown", String.valueOf(branchCode)));
        int current = branch.levelIn(year).map(OrganizationLevel::stars).orElse(0);
        if (!designatedIn(branch.getId(), year) || current == 0) {
            throw new DecisionRefused("designation.veto.noLevel", branchCode, String.valueOf(year));
        }
        int lowered = Math.min(current, standard.highestDefinedAtMost(veto.effect().cap()).stars());
        if (lowered >= current) {
            throw new DecisionRefused("designation.veto.wouldNotLower", veto.code() + " " + veto.name(),
                    levelName(standard, current));
        }
        Instant now = clock.instant();
        LevelEvent.Kind kind = lowered == 0 ? LevelEvent.Kind.REVOKED : LevelEvent.Kind.DOWNGRADED;
        long event = insertEvent(branch.getId(), year, kind, current, lowered, veto.code(), reason.strip(), user, now);
        Set<String> revoked = revokeHonoursAbove(campaign, standard, branch.getId(), lowered, event);
        boolean redFlag = branch.levelIn(year).map(OrganizationLevel::redFlag).orElse(false)
                && !revoked.contains(RED_FLAG);
        registry.recordLevel(branchCode, new OrganizationLevel(year, lowered, redFlag), "一票否决事项 " + veto.code());
        audit.created("LevelEvent", event, "支部 " + branchCode + " " + year + " 年度星级因一票否决事项 " + veto.code() + " 由 "
                + current + " 星降为 " + lowered + " 星", Map.of("veto", veto.code(), "from", current, "to", lowered,
                "reason", reason.strip(), "honoursRevoked", revoked));
        events.publishEvent(new LevelLowered(year, branchCode, current, lowered, veto.code(), reason.strip(),
                user.getUsername(), now));
        return new LevelEvent(event, year, kind, current, lowered, veto.code(), veto.name(), reason.strip(),
                user.getUsername(), now);
    }

    private boolean designatedIn(long branchId, int year) {
        return jdbc.sql("select count(*) from level_event where branch_id = :branch and year = :year and kind = 'DESIGNATED'")
                .param("branch", branchId).param("year", year).query(Long.class).single() > 0;
    }

    /** Revokes the branch's honours of the campaign that ask for more stars than it keeps; answers their names. */
    private Set<String> revokeHonoursAbove(Campaign campaign, RatingStandard standard, long branchId, int stars,
                                          long event) {
        Set<String> revoked = new TreeSet<>();
        jdbc.sql("""
                        select honour_code, honour_name from designated_honour
                        where campaign_id = :campaign and branch_id = :branch and revoked_event is null""")
                .param("campaign", campaign.getId()).param("branch", branchId)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(honour -> {
                    int needs = standard.honours().stream().filter(h -> h.code().equals(honour.getKey())).findFirst()
                            .map(h -> h.requiresStars().stars()).orElse(StarLevel.HIGHEST);
                    if (stars < needs) {
                        jdbc.sql("""
                                        update designated_honour set revoked_event = :event
                                        where campaign_id = :campaign and branch_id = :branch and honour_code = :code""")
                                .param("event", event).param("campaign", campaign.getId()).param("branch", branchId)
                                .param("code", honour.getKey()).update();
                        revoked.add(honour.getValue());
                    }
                });
        return revoked;
    }

    // --- history -----------------------------------------------------------------------------------

    /**
     * A branch's levels by year with every event. The committee reads any branch's; a unit account
     * its own unit's branches; a branch account its own branch; nobody else.
     */
    @Transactional(readOnly = true)
    public BranchHistory history(String branchCode, CurrentUser user) {
        PartyOrganization branch = registry.organizationByCode(branchCode)
                .orElseThrow(() -> new DecisionRefused("designation.branchUnknown", String.valueOf(branchCode)));
        requireReader(branch, user);
        var unit = registry.unit(branch.getUnitId(), DataScope.all());
        Map<Integer, List<LevelEvent>> events = new TreeMap<>();
        Map<Integer, RatingStandard> standards = new TreeMap<>();
        jdbc.sql("select * from level_event where branch_id = :branch order by year, recorded_at, id")
                .param("branch", branch.getId())
                .query((rs, row) -> event(rs, standardOf(rs.getInt("year"), standards)))
                .list().forEach(event -> events.computeIfAbsent(event.year(), y -> new ArrayList<>()).add(event));
        Map<Integer, List<BranchHistory.NamedHonour>> honours = new TreeMap<>();
        jdbc.sql("""
                        select c.year, h.honour_code, h.honour_name, h.revoked_event from designated_honour h
                        join campaign c on c.id = h.campaign_id where h.branch_id = :branch order by h.honour_code""")
                .param("branch", branch.getId())
                .query(rs -> {
                    honours.computeIfAbsent(rs.getInt(1), y -> new ArrayList<>()).add(new BranchHistory.NamedHonour(
                            rs.getString(2), rs.getString(3), rs.getObject(4) != null));
                });
        Map<Integer, OrganizationLevel> levels = new TreeMap<>();
        branch.levels().forEach(level -> levels.put(level.year(), level));
        Set<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.addAll(levels.keySet());
        years.addAll(events.keySet());
        List<BranchHistory.YearOfLevel> byYear = years.stream().map(year -> {
            OrganizationLevel level = levels.get(year);
            List<LevelEvent> ofYear = events.getOrDefault(year, List.of());
            return new BranchHistory.YearOfLevel(year, level == null ? null : level.stars(),
                    level == null ? "" : levelName(standardOf(year, standards), level.stars()),
                    level != null && level.redFlag(),
                    ofYear.stream().anyMatch(event -> event.kind() == LevelEvent.Kind.DESIGNATED), ofYear,
                    honours.getOrDefault(year, List.of()));
        }).toList();
        return new BranchHistory(branch.getCode(), branch.getName(), unit.getCode(), unit.getName(), byYear);
    }

    /** Whether this account may read the branch's history: the rule of {@link #history}. */
    static void requireReader(PartyOrganization branch, CurrentUser user) {
        boolean reads = switch (user.role()) {
            case COMMITTEE_ADMINISTRATOR, COMMITTEE_LEADER -> true;
            case UNIT_COMMITTEE -> user.unitId().filter(unit -> unit.equals(branch.getUnitId())).isPresent();
            case BRANCH_SECRETARY -> user.organizationId().filter(own -> own.equals(branch.getId())).isPresent();
            default -> false;
        };
        if (!reads) {
            throw new AccessDeniedException(user.getUsername() + " may not read the history of " + branch.getCode());
        }
    }

    /** The latest lowering veto events of every branch, newest first: what the committee's history page lists. */
    @Transactional(readOnly = true)
    public List<LoweredLevel> latestLowerings(int limit, CurrentUser user) {
        if (!Role.COMMITTEE.contains(user.role())) {
            return List.of();
        }
        Map<Integer, RatingStandard> standards = new TreeMap<>();
        return jdbc.sql("""
                        select e.*, b.code as branch_code, b.name as branch_name from level_event e
                        join party_organization b on b.id = e.branch_id
                        where e.kind <> 'DESIGNATED' order by e.recorded_at desc, e.id desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new LoweredLevel(rs.getString("branch_code"), rs.getString("branch_name"),
                        event(rs, standardOf(rs.getInt("year"), standards))))
                .list();
    }

    /** A lowering veto event with the branch it lowered. */
    public record LoweredLevel(String branchCode, String branchName, LevelEvent event) {
    }

    private LevelEvent event(ResultSet rs, Optional<RatingStandard> standard) throws SQLException {
        String vetoCode = rs.getString("veto_code");
        String vetoName = vetoCode == null ? null : standard.flatMap(s -> s.vetoes().stream()
                .filter(veto -> veto.code().equals(vetoCode)).findFirst()).map(Veto::name).orElse("");
        return new LevelEvent(rs.getLong("id"), rs.getInt("year"), LevelEvent.Kind.valueOf(rs.getString("kind")),
                (Integer) rs.getObject("from_stars"), rs.getInt("to_stars"), vetoCode, vetoName, rs.getString("reason"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    /** The standard a year's campaign rated by; none for a year the registry imported without a campaign. */
    private Optional<RatingStandard> standardOf(int year, Map<Integer, RatingStandard> known) {
        if (!known.containsKey(year)) {
            campaigns.find(year).ifPresent(campaign -> known.put(year, declarations.standardOfCampaign(campaign)));
        }
        return Optional.ofNullable(known.get(year));
    }

    private static String levelName(Optional<RatingStandard> standard, int stars) {
        return standard.map(s -> levelName(s, stars)).orElse("");
    }

    private static String levelName(RatingStandard standard, int stars) {
        return standard.level(StarLevel.of(stars)).map(Level::name).orElse("");
    }
}
