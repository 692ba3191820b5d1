package org.xingping.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.campaign.CampaignManagement;
import org.xingping.declaration.DeclarationImport;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;
import org.xingping.support.SignedIn;
import org.xingping.support.XingPingTest;

/**
 * The committee's observation of a small campaign, stored: the reference observers, two groups
 * formed by the rules, a plan from a background run that keeps every rule by an independent check,
 * a unit pinned by hand and planned around, publication, and each observer's own itinerary; bad
 * files and hand entries refused with where and why, nothing half-stored.
 */
@XingPingTest
class ObservationManagementTests {

    /** Years no other test opens, so these campaigns are this class's own; the walk publishes its own. */
    static final int YEAR = 2035;
    static final int PUBLISHED_YEAR = 2036;
    static final LocalDate DAY_ONE = LocalDate.of(YEAR, 11, 22);
    static final Set<String> UNITS = Set.of("U001", "U002", "U004", "U005", "U006", "U007");


    @Autowired
    ObservationManagement observation;
    @Autowired
    PlanningJobs jobs;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    DeclarationImport declarations;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    UserAccountManagement accounts;

    @BeforeEach
    void campaignWithDeclarationsAndObservers() throws IOException {
        for (int year : List.of(YEAR, PUBLISHED_YEAR)) {
            if (campaigns.find(year).isEmpty()) {
                CampaignFixtures.referenceCampaign(context, year);
                campaigns.attachCampaignFile(year, ObservationFixtures.campaignFile(year, 2, 3));
                declarations.importFile(year, "declarations.csv", text(ObservationFixtures.declarationsOf(UNITS)), "gongwei");
            }
        }
        ObservationFixtures.observersWithAccounts(context);
    }

    @Test
    void groupsArePlannedPinnedPlannedAroundAndPublishedAndEachObserverSeesOnlyTheirGroup() {
        int year = PUBLISHED_YEAR;
        LocalDate dayTwo = LocalDate.of(year, 11, 23);
        GroupFormation.Formed formed = observation.formGroups(year);
        assertThat(formed.groups()).hasSize(2);
        assertThat(formed.groups()).allSatisfy(group -> {
            assertThat(group.leader().mayLead()).isTrue();
            assertThat(group.everyone()).hasSize(3);
        });
        assertThat(observation.groups(year)).isEqualTo(formed.groups());

        StoredPlan planned = planAndWait(year);
        PlanningProblem problem = observation.problem(year);
        assertThat(problem.units()).extracting(UnitToVisit::code).containsExactlyInAnyOrderElementsOf(UNITS);
        assertThat(planned.feasible()).as("%s", planned.brokenRules()).isTrue();
        assertThat(new PlanVerifier(problem).verify(planned.visits())).as("checked apart from the solver").isEmpty();
        assertThat(planned.visits().stream().filter(visit -> !visit.linking() && !visit.isBriefing()).count())
                .as("every declared branch once").isEqualTo(problem.units().stream()
                        .mapToLong(unit -> unit.branches().size()).sum());

        // The committee moves one unit by hand to the other group's second morning.
        Visit briefing = planned.visits().stream().filter(Visit::isBriefing).findFirst().orElseThrow();
        int otherGroup = briefing.group() == 1 ? 2 : 1;
        StoredPlan pinned = observation.pin(year, briefing.unitCode(), otherGroup, dayTwo, LocalTime.of(8, 30));
        assertThat(pinned.pins()).extracting(PinnedVisit::unitCode).containsExactly(briefing.unitCode());
        assertThat(pinned.visits()).filteredOn(visit -> visit.unitCode().equals(briefing.unitCode()) && !visit.linking())
                .allSatisfy(visit -> {
                    assertThat(visit.group()).isEqualTo(otherGroup);
                    assertThat(visit.date()).isEqualTo(dayTwo);
                });
        assertThat(pinned.brokenRules()).isEqualTo(new PlanVerifier(observation.problem(year)).verify(pinned.visits())
                .stream().map(BrokenRule::describe).toList());

        // Planning again keeps the pin where the committee put it and mends the rest.
        StoredPlan replanned = planAndWait(year);
        assertThat(replanned.feasible()).as("%s", replanned.brokenRules()).isTrue();
        assertThat(replanned.visits()).filteredOn(visit -> visit.unitCode().equals(briefing.unitCode())
                        && visit.isBriefing())
                .singleElement().satisfies(visit -> {
                    assertThat(visit.group()).isEqualTo(otherGroup);
                    assertThat(visit.date()).isEqualTo(dayTwo);
                    assertThat(visit.start()).isEqualTo(LocalTime.of(8, 30));
                });

        StoredPlan published = observation.publish(year);
        assertThat(published.published()).isTrue();
        assertThat(published.publishedAt()).isPresent();
        assertThatThrownBy(() -> observation.publish(year)).isInstanceOf(ObservationRefused.class);
        assertThatThrownBy(() -> observation.formGroups(year)).isInstanceOf(ObservationRefused.class)
                .hasMessageContaining("observation.alreadyPublished");

        for (ObservationGroup group : observation.groups(year)) {
            for (Observer person : group.everyone()) {
                Itinerary itinerary = observation.itinerary(year, accountOf(person)).orElseThrow();
                assertThat(itinerary.group().number()).isEqualTo(group.number());
                assertThat(itinerary.visits()).isNotEmpty().allSatisfy(visit -> {
                    assertThat(visit.group()).isEqualTo(group.number());
                    assertThat(visit.unitCode()).isNotEqualTo(person.homeUnitCode());
                });
            }
        }
        Observer leftOut = formed.leftOut().get(0);
        assertThat(observation.itinerary(year, accountOf(leftOut))).as("in no group, no itinerary").isEmpty();
    }

    @Test
    void aRecordedRecusalBindsTheWholeGroupAndAPlanBreakingItCannotBePublished() {
        observation.formGroups(YEAR);
        ObservationGroup first = observation.groups(YEAR).get(0);
        Observer member = first.members().get(0);
        observation.recordRecusal(YEAR, member.name(), "U002", null, "亲属在该单位任职");
        try {
            assertThat(observation.recusalsOf(YEAR, member)).extracting(Recusal::unitCode).contains("U002");
            PlanningProblem problem = observation.problem(YEAR);
            // Group 1 hears U002's briefing: a plan no person may publish.
            Visit atRecusedUnit = new Visit(first.number(), DAY_ONE, LocalTime.of(8, 30), LocalTime.of(8, 45), "U002",
                    null, false);
            assertThat(new PlanVerifier(problem).verify(List.of(atRecusedUnit)))
                    .anySatisfy(broken -> assertThat(broken.describe()).contains("回避", "U002", member.name()));
        } finally {
            observation.removeRecusal(YEAR, member.name(), "U002");
        }
        assertThat(observation.recusalsOf(YEAR, member)).extracting(Recusal::unitCode).doesNotContain("U002");
    }

    @Test
    void anObserverIsLinkedOnlyToAnAccountThatExists() {
        String someone = observation.observers().get(0).observer().name();
        assertThatThrownBy(() -> observation.linkAccount(someone, "nobody-here"))
                .hasMessageContaining("observation.unknownAccount");
        assertThat(observation.observers().get(0).username()).isEqualTo("t-obs01");
    }

    @Test
    void recusalsNeedAKnownPersonUnitAndBranchAndAReason() {
        String someone = observation.observers().get(5).observer().name();
        assertThatThrownBy(() -> observation.recordRecusal(YEAR, "无此人", "U001", null, "亲属"))
                .hasMessageContaining("observation.unknownObserver");
        assertThatThrownBy(() -> observation.recordRecusal(YEAR, someone, "U999", null, "亲属"))
                .hasMessageContaining("observation.unknownUnit");
        assertThatThrownBy(() -> observation.recordRecusal(YEAR, someone, "U001", "U002-B01", "亲属"))
                .hasMessageContaining("observation.branchNotInUnit");
        assertThatThrownBy(() -> observation.recordRecusal(YEAR, someone, "U001", null, "  "))
                .hasMessageContaining("observation.reasonRequired");
        assertThat(observation.recusals(YEAR)).noneMatch(recusal -> recusal.observerName().equals(someone));
    }

    @Test
    void aBadPlanFileIsRefusedWithEveryBadRowAndTheDraftIsKept() {
        observation.formGroups(YEAR);
        var before = observation.plan(YEAR).map(StoredPlan::visits);
        String file = String.join("\n",
                "group,observer_names,date,start,end,unit_code,branch_code,linking",
                "1,,2035-11-22,08:30,08:45,U001,,否",
                "7,,2035-11-22,08:45,08:53,U001,U001-B01,否",
                "1,,2035-11-31,08:53,09:01,U001,U001-B02,否",
                "1,,2035-11-22,9点,09:09,U001,U001-B03,否",
                "1,,2035-11-22,09:20,09:10,U001,U001-B04,否",
                "2,,2035-11-22,09:20,09:28,U002,,是",
                "2,,2035-11-22,09:28,09:36,U002,U002-B01,也许") + "\n";
        assertThatThrownBy(() -> observation.importPlan(YEAR, "plan.csv", text(file)))
                .isInstanceOfSatisfying(TableRefused.class, refused -> assertThat(refused.problems())
                        .extracting(TableProblem::describe)
                        .anySatisfy(p -> assertThat(p).contains("第3行", "没有第 7 组"))
                        .anySatisfy(p -> assertThat(p).contains("第4行", "2035-11-31"))
                        .anySatisfy(p -> assertThat(p).contains("第5行", "9点"))
                        .anySatisfy(p -> assertThat(p).contains("第6行", "不晚于开始"))
                        .anySatisfy(p -> assertThat(p).contains("第7行", "联系支部"))
                        .anySatisfy(p -> assertThat(p).contains("第8行", "也许")));
        assertThat(observation.plan(YEAR).map(StoredPlan::visits)).isEqualTo(before);
    }

    @Test
    void aPlanFileThatReadsButBreaksRulesIsKeptAsADraftThatCannotBePublished() {
        observation.formGroups(YEAR);
        String file = String.join("\n",
                "group,observer_names,date,start,end,unit_code,branch_code,linking",
                "1,,2035-11-22,11:50,12:05,U001,,否") + "\n";
        StoredPlan imported = observation.importPlan(YEAR, "plan.csv", text(file));
        assertThat(imported.feasible()).isFalse();
        assertThat(imported.brokenRules()).isNotEmpty();
        assertThatThrownBy(() -> observation.publish(YEAR)).isInstanceOf(ObservationRefused.class)
                .hasMessageContaining("observation.publishBroken");
        assertThat(observation.plan(YEAR).orElseThrow().published()).isFalse();
    }

    @Test
    void aBadObserversFileIsRefusedWithWhereAndWhyAndNobodyIsAdded() {
        int before = observation.observers().size();
        String file = String.join("\n", "name,role,home_unit_code,may_lead",
                "新人甲,观摩员,U999,否",
                "新人乙,观摩员,,也许",
                "新人丙,观摩员,,否",
                "新人丙,观摩员,,否") + "\n";
        assertThatThrownBy(() -> observation.importObservers("observers.csv", text(file)))
                .isInstanceOfSatisfying(TableRefused.class, refused -> assertThat(refused.problems())
                        .extracting(TableProblem::describe)
                        .anySatisfy(p -> assertThat(p).contains("第2行", "U999"))
                        .anySatisfy(p -> assertThat(p).contains("第3行", "也许"))
                        .anySatisfy(p -> assertThat(p).contains("第5行", "重复")));
        assertThat(observation.observers()).hasSize(before);
    }

    @Test
    void aGroupChangedByHandKeepsEachPersonInOneGroupAndALeaderWhoMayLead() {
        observation.formGroups(YEAR);
        List<ObservationGroup> groups = observation.groups(YEAR);
        ObservationGroup first = groups.get(0);
        ObservationGroup second = groups.get(1);
        String notALeader = first.members().get(0).name();
        assertThatThrownBy(() -> observation.changeGroup(YEAR, 1, notALeader, List.of()))
                .hasMessageContaining("observation.leaderMayNotLead");
        assertThatThrownBy(() -> observation.changeGroup(YEAR, 1, first.leader().name(),
                List.of(second.members().get(0).name())))
                .hasMessageContaining("observation.inTwoGroups");
        assertThat(observation.groups(YEAR)).isEqualTo(groups);

        String spare = observation.observers().stream().map(stored -> stored.observer())
                .filter(person -> groups.stream().noneMatch(group -> group.everyone().contains(person)))
                .filter(person -> !person.mayLead()).findFirst().orElseThrow().name();
        observation.changeGroup(YEAR, 1, first.leader().name(), List.of(spare));
        assertThat(observation.groups(YEAR).get(0).members()).extracting(Observer::name).containsExactly(spare);
    }

    @Test
    void onlyTheCommitteePreparesTheObservationAndOnlyObserversAndTheCommitteeReadItineraries() throws Exception {
        for (Role role : List.of(Role.OBSERVER, Role.GROUP_LEADER, Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY,
                Role.SYSTEM_ADMINISTRATOR)) {
            mvc.perform(get("/observation").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
            mvc.perform(get("/observation/plan.xlsx").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
            mvc.perform(get("/observation/map.json").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
        }
        for (Role role : List.of(Role.COMMITTEE_LEADER, Role.OBSERVER, Role.GROUP_LEADER)) {
            for (String action : List.of("/observation/plan", "/observation/plan/publish", "/observation/groups/form",
                    "/observation/plan/stop")) {
                mvc.perform(post(action).with(csrf()).with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
            }
        }
        for (Role role : List.of(Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY, Role.SYSTEM_ADMINISTRATOR)) {
            mvc.perform(get("/itinerary").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
            mvc.perform(get("/itinerary/unit/U001").with(user(SignedIn.as(role)))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/itinerary").with(user(SignedIn.as(Role.OBSERVER)))).andExpect(status().isOk());
    }

    private StoredPlan planAndWait(int year) {
        jobs.start(year, Duration.ofMinutes(2));
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (jobs.status(year).running()) {
            assertThat(System.nanoTime()).as("the planning run ends").isLessThan(deadline);
            sleep();
        }
        PlanningJobs.Status status = jobs.status(year);
        assertThat(status.obstacles()).isEmpty();
        assertThat(status.outcome()).contains("feasible");
        return observation.plan(year).orElseThrow();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private CurrentUser accountOf(Observer person) {
        String username = observation.observers().stream().filter(stored -> stored.observer().equals(person))
                .findFirst().orElseThrow().username();
        return new CurrentUser(-1, username, person.name(), Role.OBSERVER, null, null, false, false, true, null);
    }

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
