package org.xingping.observation;

import java.io.InputStream;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xingping.campaign.Campaign;
import org.xingping.campaign.CampaignFile;
import org.xingping.campaign.CampaignFileReader;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.declaration.DeclarationStatus;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.Unit;
import org.xingping.platform.AuditLog;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.Notifications;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableReader;
import org.xingping.platform.table.TableRefused;

/**
 * The observation of a campaign as the committee prepares it: the observers, the groups formed
 * from them, the recusals recorded by hand, and the visit plan from the solver's draft through the
 * committee's hand changes to publication. What the solver needs is assembled here from the
 * stored campaign, its forwarded declarations and the registry.
 */
@Service
@Transactional
public class ObservationManagement {

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final DeclarationManagement declarations;
    private final OrganizationManagement registry;
    private final AuditLog audit;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final UserAccountManagement accounts;

    ObservationManagement(JdbcClient jdbc, CampaignManagement campaigns, DeclarationManagement declarations,
            OrganizationManagement registry, AuditLog audit, Notifications notifications,
            ApplicationEventPublisher events, Clock clock, UserAccountManagement accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.campaigns = campaigns;
        this.declarations = declarations;
        this.registry = registry;
        this.audit = audit;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    // --- observers --------------------------------------------------------------------------------------

    /** An observer as kept, with the account that logs in as them, if any. */
    public record StoredObserver(long id, Observer observer, String username) {
    }

    @Transactional(readOnly = true)
    public List<StoredObserver> observers() {
        return jdbc.sql("""
                        select o.id, o.name, o.role, u.code as home, o.may_lead, o.username
                        from observer o left join unit u on u.id = o.home_unit_id order by o.id""")
                .query((rs, n) -> new StoredObserver(rs.getLong("id"), new Observer(rs.getString("name"),
                        rs.getString("role"), rs.getString("home"), rs.getBoolean("may_lead")),
                        rs.getString("username")))
                .list();
    }

    /** Imports the observers table (interfaces.md), all or nothing; a known name is updated. */
    public int importObservers(String fileName, InputStream content) {
        TableProblems problems = new TableProblems(fileName, ObserversTable.SCHEMA);
        List<Observer> read;
        try {
            read = ObserversTable.read(new TableReader().readAll(content, ObserversTable.SCHEMA, problems),
                    code -> registry.unitByCode(code).isPresent(), problems);
        } catch (TableRefused unreadable) {
            read = List.of();
        }
        problems.throwIfAny();
        for (Observer observer : read) {
            Long home = observer.homeUnit().flatMap(registry::unitByCode).map(Unit::getId).orElse(null);
            int updated = jdbc.sql("update observer set role = :role, home_unit_id = :home, may_lead = :lead"
                            + " where name = :name")
                    .param("role", observer.role()).param("home", home).param("lead", observer.mayLead())
                    .param("name", observer.name()).update();
            if (updated == 0) {
                jdbc.sql("insert into observer (name, role, home_unit_id, may_lead) values (:name, :role, :home, :lead)")
                        .param("role", observer.role()).param("home", home).param("lead", observer.mayLead())
                        .param("name", observer.name()).update();
            }
        }
        audit.imported("Observer", "导入观摩人员 " + read.size() + " 人：" + fileName);
        return read.size();
    }

    /** Links an observer to the account they log in with. */
    public void linkAccount(String observerName, String username) {
        if (accounts.findByUsername(username).isEmpty()) {
            throw new ObservationRefused("observation.unknownAccount", username);
        }
        int updated = jdbc.sql("update observer set username = :username where name = :name")
                .param("username", username).param("name", observerName).update();
        if (updated == 0) {
            throw new ObservationRefused("observation.unknownObserver", observerName);
        }
    }

    /** The observer a signed-in account is, if it is one. */
    @Transactional(readOnly = true)
    public Optional<Observer> observerOf(CurrentUser user) {
        return observers().stream().filter(stored -> user.getUsername().equals(stored.username()))
                .map(StoredObserver::observer).findFirst();
    }

    // --- groups and recusals ----------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ObservationGroup> groups(int year) {
        Campaign campaign = campaigns.require(year);
        Map<Long, Observer> people = new HashMap<>();
        observers().forEach(stored -> people.put(stored.id(), stored.observer()));
        List<ObservationGroup> groups = new ArrayList<>();
        jdbc.sql("select id, number, leader_id from observation_group where campaign_id = :campaign order by number")
                .param("campaign", campaign.getId())
                .query((rs, n) -> new long[] {rs.getLong("id"), rs.getLong("number"), rs.getLong("leader_id")})
                .list()
                .forEach(group -> {
                    List<Observer> members = jdbc.sql("select observer_id from group_member"
                                    + " where observation_group = :group order by position")
                            .param("group", group[0]).query(Long.class).list().stream().map(people::get).toList();
                    groups.add(new ObservationGroup((int) group[1], people.get(group[2]), members));
                });
        return groups;
    }

    /**
     * Forms the groups the way the {@code plan} command does (the campaign file's number and size,
     * {@link GroupFormation}), replacing groups formed before; refused once a plan is published.
     */
    public GroupFormation.Formed formGroups(int year) {
        requireUnpublished(campaigns.require(year));
        CampaignFile file = campaignFile(year);
        List<Observer> people = observers().stream().map(StoredObserver::observer).toList();
        GroupFormation.obstacle(file.groups(), people).ifPresent(obstacle -> {
            throw new ObservationRefused("observation.cannotForm", obstacle);
        });
        GroupFormation.Formed formed = GroupFormation.form(file.groups(), file.membersPerGroup(), people);
        storeGroups(year, formed.groups());
        audit.updated("ObservationGroup", year, "自动组建 " + year + " 年度观摩组 " + formed.groups().size() + " 个",
                null, Map.of("groups", formed.groups().size(), "leftOut", formed.leftOut().size()));
        return formed;
    }

    /** Sets one group's leader and members by hand. */
    public void changeGroup(int year, int number, String leaderName, List<String> memberNames) {
        requireUnpublished(campaigns.require(year));
        List<ObservationGroup> groups = new ArrayList<>(groups(year));
        Map<String, Observer> byName = new HashMap<>();
        observers().forEach(stored -> byName.put(stored.observer().name(), stored.observer()));
        Observer leader = byName.get(leaderName);
        if (leader == null || !leader.mayLead()) {
            throw new ObservationRefused("observation.leaderMayNotLead", leaderName);
        }
        List<Observer> members = new ArrayList<>();
        for (String name : memberNames) {
            Observer member = byName.get(name);
            if (member == null) {
                throw new ObservationRefused("observation.unknownObserver", name);
            }
            if (!member.equals(leader) && !members.contains(member)) {
                members.add(member);
            }
        }
        for (ObservationGroup other : groups) {
            if (other.number() != number) {
                for (Observer person : other.everyone()) {
                    if (person.equals(leader) || members.contains(person)) {
                        throw new ObservationRefused("observation.inTwoGroups", person.name(), other.number());
                    }
                }
            }
        }
        groups.removeIf(group -> group.number() == number);
        groups.add(new ObservationGroup(number, leader, members));
        groups.sort(Comparator.comparingInt(ObservationGroup::number));
        storeGroups(year, groups);
        audit.updated("ObservationGroup", year + "-" + number, "调整第 " + number + " 组", null,
                Map.of("leader", leaderName, "members", memberNames));
    }

    private void storeGroups(int year, List<ObservationGroup> groups) {
        Campaign campaign = campaigns.require(year);
        requireUnpublished(campaign);
        Map<String, Long> ids = new HashMap<>();
        observers().forEach(stored -> ids.put(stored.observer().name(), stored.id()));
        jdbc.sql("delete from group_member where observation_group in"
                        + " (select id from observation_group where campaign_id = :campaign)")
                .param("campaign", campaign.getId()).update();
        jdbc.sql("delete from observation_group where campaign_id = :campaign").param("campaign", campaign.getId())
                .update();
        for (ObservationGroup group : groups) {
            jdbc.sql("insert into observation_group (campaign_id, number, leader_id) values (:campaign, :number, :leader)")
                    .param("campaign", campaign.getId()).param("number", group.number())
                    .param("leader", ids.get(group.leader().name())).update();
            long groupId = jdbc.sql("select id from observation_group where campaign_id = :campaign and number = :number")
                    .param("campaign", campaign.getId()).param("number", group.number()).query(Long.class).single();
            int position = 0;
            for (Observer member : group.members()) {
                jdbc.sql("insert into group_member (observation_group, observer_id, position)"
                                + " values (:group, :observer, :position)")
                        .param("group", groupId).param("observer", ids.get(member.name()))
                        .param("position", position++).update();
            }
        }
    }

    /** The recusals recorded by hand for a campaign (the home-unit recusals follow from the observers). */
    @Transactional(readOnly = true)
    public List<Recusal> recusals(int year) {
        Campaign campaign = campaigns.require(year);
        return jdbc.sql("""
                        select o.name, u.code as unit_code, b.code as branch_code, r.reason from recusal r
                        join observer o on o.id = r.observer_id join unit u on u.id = r.unit_id
                        left join party_organization b on b.id = r.branch_id
                        where r.campaign_id = :campaign order by o.name, u.code""")
                .param("campaign", campaign.getId())
                .query((rs, n) -> new Recusal(rs.getString("name"), rs.getString("unit_code"),
                        rs.getString("branch_code"), rs.getString("reason")))
                .list();
    }

    /** Records a conflict by hand: the observer never sees the unit (or the branch). */
    public void recordRecusal(int year, String observerName, String unitCode, String branchCode, String reason) {
        Campaign campaign = campaigns.require(year);
        long observer = observers().stream().filter(stored -> stored.observer().name().equals(observerName))
                .map(StoredObserver::id).findFirst()
                .orElseThrow(() -> new ObservationRefused("observation.unknownObserver", observerName));
        Unit unit = registry.unitByCode(unitCode == null ? "" : unitCode.strip())
                .orElseThrow(() -> new ObservationRefused("observation.unknownUnit", unitCode));
        Long branch = null;
        if (branchCode != null && !branchCode.isBlank()) {
            var found = registry.organizationByCode(branchCode.strip())
                    .filter(organization -> organization.getUnitId().equals(unit.getId()))
                    .orElseThrow(() -> new ObservationRefused("observation.branchNotInUnit", branchCode, unitCode));
            branch = found.getId();
        }
        if (reason == null || reason.isBlank()) {
            throw new ObservationRefused("observation.reasonRequired");
        }
        jdbc.sql("""
                        insert into recusal (campaign_id, observer_id, unit_id, branch_id, reason, recorded_by, recorded_at)
                        values (:campaign, :observer, :unit, :branch, :reason, :by, :at)""")
                .param("campaign", campaign.getId()).param("observer", observer).param("unit", unit.getId())
                .param("branch", branch).param("reason", reason.strip()).param("by", AuditLog.currentActor())
                .param("at", Timestamp.from(clock.instant())).update();
        audit.created("Recusal", observerName + "@" + unitCode, "记录回避：" + observerName + " " + unitCode
                + (branchCode == null || branchCode.isBlank() ? "" : " " + branchCode) + "（" + reason.strip() + "）",
                Map.of("observer", observerName, "unit", unitCode, "reason", reason.strip()));
    }

    public void removeRecusal(int year, String observerName, String unitCode) {
        Campaign campaign = campaigns.require(year);
        jdbc.sql("""
                        delete from recusal where campaign_id = :campaign
                        and observer_id = (select id from observer where name = :name)
                        and unit_id = (select id from unit where code = :unit)""")
                .param("campaign", campaign.getId()).param("name", observerName).param("unit", unitCode).update();
        audit.deleted("Recusal", observerName + "@" + unitCode, "撤销回避：" + observerName + " " + unitCode,
                Map.of("observer", observerName, "unit", unitCode));
    }

    // --- the planning problem and the plan ----------------------------------------------------------------

    @Transactional(readOnly = true)
    public CampaignFile campaignFile(int year) {
        Campaign campaign = campaigns.require(year);
        String text = campaign.campaignFile()
                .orElseThrow(() -> new ObservationRefused("observation.noCampaignFile", String.valueOf(year)));
        return CampaignFileReader.read(text);
    }

    /** What the solver plans: the units of the forwarded declarations, the groups, the recusals and the pins. */
    @Transactional(readOnly = true)
    public PlanningProblem problem(int year) {
        Campaign campaign = campaigns.require(year);
        CampaignFile file = campaignFile(year);
        List<DeclarationRow> forwarded = declarations.rows(campaign.getId(),
                new DeclarationFilter(null, null, null, DeclarationStatus.FORWARDED, null, null), DataScope.all());
        Map<String, List<BranchToVisit>> branchesByUnit = new LinkedHashMap<>();
        forwarded.forEach(row -> branchesByUnit.computeIfAbsent(row.unitCode(), code -> new ArrayList<>())
                .add(new BranchToVisit(row.branchCode(), row.targetLevel())));
        List<UnitToVisit> units = new ArrayList<>();
        branchesByUnit.forEach((code, branches) -> {
            Unit unit = registry.unitByCode(code).orElseThrow();
            units.add(new UnitToVisit(unit.getCode(), unit.getName(), unit.getSite(), unit.getLatitude().doubleValue(),
                    unit.getLongitude().doubleValue(), branches));
        });
        return PlanningProblem.of(file, units, groups(year)).withRecordedRecusals(recusals(year))
                .withPinnedVisits(plan(year).map(StoredPlan::pins).orElse(List.of()));
    }

    /** Keeps a plan as the campaign's draft, replacing the draft before; the pins stay marked. */
    public StoredPlan saveDraft(int year, List<Visit> visits, Set<String> pinnedUnits) {
        Campaign campaign = campaigns.require(year);
        requireUnpublished(campaign);
        PlanningProblem problem = problem(year);
        List<BrokenRule> broken = new PlanVerifier(problem).verify(visits);
        PlanFigures figures = PlanFigures.of(problem, visits);
        jdbc.sql("delete from visit_plan where campaign_id = :campaign").param("campaign", campaign.getId()).update();
        jdbc.sql("""
                        insert into visit_plan (campaign_id, status, feasible, days_used, travel_minutes, broken_rules,
                                                planned_at, planned_by)
                        values (:campaign, 'DRAFT', :feasible, :days, :travel, :broken, :at, :by)""")
                .param("campaign", campaign.getId()).param("feasible", broken.isEmpty())
                .param("days", figures.daysUsed()).param("travel", figures.travelMinutes())
                .param("broken", String.join("\n", broken.stream().map(BrokenRule::describe).toList()))
                .param("at", Timestamp.from(clock.instant())).param("by", AuditLog.currentActor()).update();
        long planId = jdbc.sql("select id from visit_plan where campaign_id = :campaign")
                .param("campaign", campaign.getId()).query(Long.class).single();
        for (Visit visit : visits) {
            jdbc.sql("""
                            insert into planned_visit (plan_id, group_number, day, start_time, end_time, unit_code,
                                                       branch_code, linking, pinned)
                            values (:plan, :group, :day, :start, :end, :unit, :branch, :linking, :pinned)""")
                    .param("plan", planId).param("group", visit.group()).param("day", Date.valueOf(visit.date()))
                    .param("start", visit.start().toString()).param("end", visit.end().toString())
                    .param("unit", visit.unitCode()).param("branch", visit.branchCode()).param("linking", visit.linking())
                    .param("pinned", pinnedUnits.contains(visit.unitCode()) && !visit.linking()).update();
        }
        audit.updated("VisitPlan", year, "保存观摩安排草案：" + (broken.isEmpty() ? "可行" : "有 " + broken.size()
                + " 处不符合规则"), null, Map.of("visits", visits.size(), "days", figures.daysUsed(),
                "travel", figures.travelMinutes()));
        return plan(year).orElseThrow();
    }

    /**
     * Makes a plan file (the {@code plan} command's CSV, or this page's export) the campaign's
     * draft: refused with every bad row if it does not read; kept, with the rules it breaks
     * listed, if it reads but breaks rules, so the committee can mend it by hand or plan again.
     */
    public StoredPlan importPlan(int year, String fileName, InputStream content) {
        Set<Integer> numbers = new HashSet<>();
        groups(year).forEach(group -> numbers.add(group.number()));
        TableProblems problems = new TableProblems(fileName, PlanTable.SCHEMA);
        List<Visit> visits;
        try {
            visits = PlanTable.read(new TableReader().readAll(content, PlanTable.SCHEMA, problems), numbers, problems);
        } catch (TableRefused unreadable) {
            visits = List.of();
        }
        if (problems.isEmpty() && visits.isEmpty()) {
            problems.addFile("文件中没有观摩场次");
        }
        problems.throwIfAny();
        audit.imported("VisitPlan", "导入 " + year + " 年度观摩安排 " + visits.size() + " 场：" + fileName);
        return saveDraft(year, visits, Set.of());
    }

    @Transactional(readOnly = true)
    public Optional<StoredPlan> plan(int year) {
        Campaign campaign = campaigns.require(year);
        return jdbc.sql("select * from visit_plan where campaign_id = :campaign").param("campaign", campaign.getId())
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<Visit> visits = new ArrayList<>();
                    List<PinnedVisit> pins = new ArrayList<>();
                    jdbc.sql("select * from planned_visit where plan_id = :plan order by group_number, day, start_time")
                            .param("plan", id)
                            .query(row -> {
                                Visit visit = new Visit(row.getInt("group_number"), row.getDate("day").toLocalDate(),
                                        LocalTime.parse(row.getString("start_time")),
                                        LocalTime.parse(row.getString("end_time")), row.getString("unit_code"),
                                        row.getString("branch_code"), row.getBoolean("linking"));
                                visits.add(visit);
                                if (row.getBoolean("pinned") && visit.isBriefing()) {
                                    pins.add(new PinnedVisit(visit.group(), visit.date(), visit.start(), visit.unitCode()));
                                }
                            });
                    String broken = rs.getString("broken_rules");
                    return new StoredPlan(id, "PUBLISHED".equals(rs.getString("status")), rs.getBoolean("feasible"),
                            rs.getInt("days_used"), rs.getInt("travel_minutes"),
                            broken == null || broken.isBlank() ? List.of() : List.of(broken.split("\n")), visits, pins,
                            rs.getTimestamp("planned_at").toInstant(), rs.getString("planned_by"),
                            Optional.ofNullable(rs.getTimestamp("published_at")).map(Timestamp::toInstant));
                })
                .optional();
    }

    /**
     * Pins a unit's block to a group, a day and a start: a person's decision the next planning run
     * keeps. The draft is changed at once (the unit moves), and verified again.
     */
    public StoredPlan pin(int year, String unitCode, int group, LocalDate day, LocalTime start) {
        StoredPlan plan = plan(year).orElseThrow(() -> new ObservationRefused("observation.noPlan", String.valueOf(year)));
        List<Visit> moved = new ArrayList<>();
        LocalTime at = start;
        for (Visit visit : plan.visits()) {
            if (visit.unitCode().equals(unitCode) && !visit.linking()) {
                LocalTime end = at.plusMinutes(visit.minutes());
                moved.add(new Visit(group, day, at, end, visit.unitCode(), visit.branchCode(), false));
                at = end;
            }
        }
        if (moved.isEmpty()) {
            throw new ObservationRefused("observation.unitNotPlanned", unitCode);
        }
        List<Visit> visits = new ArrayList<>(plan.visits().stream()
                .filter(visit -> !visit.unitCode().equals(unitCode) || visit.linking()).toList());
        visits.addAll(moved);
        Set<String> pinned = new HashSet<>();
        plan.pins().forEach(pin -> pinned.add(pin.unitCode()));
        pinned.add(unitCode);
        return saveDraft(year, visits, pinned);
    }

    /** Publishes the draft when it keeps every rule; the observers are told. */
    public StoredPlan publish(int year) {
        Campaign campaign = campaigns.require(year);
        requireUnpublished(campaign);
        StoredPlan plan = plan(year).orElseThrow(() -> new ObservationRefused("observation.noPlan", String.valueOf(year)));
        List<BrokenRule> broken = new PlanVerifier(problem(year)).verify(plan.visits());
        if (!broken.isEmpty()) {
            throw new ObservationRefused("observation.publishBroken", broken.size(), broken.get(0).describe());
        }
        jdbc.sql("update visit_plan set status = 'PUBLISHED', published_at = :at, published_by = :by where id = :id")
                .param("at", Timestamp.from(clock.instant())).param("by", AuditLog.currentActor())
                .param("id", plan.id()).update();
        audit.updated("VisitPlan", year, "发布 " + year + " 年度观摩安排", null, Map.of("visits", plan.visits().size()));
        notifications.toRole(Role.OBSERVER, "/itinerary", "plan:" + year, "notice.planPublished", String.valueOf(year));
        notifications.toRole(Role.GROUP_LEADER, "/itinerary", "plan:" + year, "notice.planPublished", String.valueOf(year));
        events.publishEvent(new VisitPlanPublished(campaign.getId(), year, plan.id()));
        return plan(year).orElseThrow();
    }

    /** The itinerary of the signed-in observer's group, without what they are recused from. */
    @Transactional(readOnly = true)
    public Optional<Itinerary> itinerary(int year, CurrentUser user) {
        Optional<Observer> observer = observerOf(user);
        Optional<StoredPlan> plan = plan(year).filter(StoredPlan::published);
        if (observer.isEmpty() || plan.isEmpty()) {
            return Optional.empty();
        }
        Optional<ObservationGroup> group = groups(year).stream()
                .filter(candidate -> candidate.everyone().contains(observer.get())).findFirst();
        if (group.isEmpty()) {
            return Optional.empty();
        }
        List<Recusal> recused = recusalsOf(year, observer.get());
        List<Visit> visits = plan.get().visits().stream().filter(visit -> visit.group() == group.get().number())
                .filter(visit -> recused.stream().noneMatch(recusal -> recusal.covers(visit.unitCode(),
                        visit.branchCode() == null ? "" : visit.branchCode())))
                .toList();
        return Optional.of(new Itinerary(group.get(), visits));
    }

    /** Everything an observer is recused from in a campaign: their home unit and what was recorded. */
    @Transactional(readOnly = true)
    public List<Recusal> recusalsOf(int year, Observer observer) {
        List<Recusal> all = new ArrayList<>();
        observer.homeUnit().ifPresent(home -> all.add(Recusal.homeUnit(observer)));
        recusals(year).stream().filter(recusal -> recusal.observerName().equals(observer.name())).forEach(all::add);
        return all;
    }

    private void requireUnpublished(Campaign campaign) {
        boolean published = jdbc.sql("select count(*) from visit_plan where campaign_id = :campaign"
                        + " and status = 'PUBLISHED'")
                .param("campaign", campaign.getId()).query(Long.class).single() > 0;
        if (published) {
            throw new ObservationRefused("observation.alreadyPublished", String.valueOf(campaign.getYear()));
        }
    }
}
