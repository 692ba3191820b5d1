package org.xingping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.declaration.DeclarationFixtures;
import org.xingping.observation.ObservationFixtures;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Observer;
import org.xingping.observation.Visit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.standard.Consolidation;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.support.XingPingTest;

/**
 * The group leader's view: the members' scores side by side with the spread and the consolidation
 * by hand-computed figures; consensus values with reasons and their history, the members' values
 * kept; summaries answered and dissented; finalising refused while a sheet is open, then publishing
 * {@link BranchReviewed}; and who may see and do what, for every role.
 */
@XingPingTest
@RecordApplicationEvents
class GroupReviewsTests {

    static final int YEAR = 2042;

    @Autowired
    ApplicationContext context;
    @Autowired
    GroupReviews reviews;
    @Autowired
    ScoreSheets sheets;
    @Autowired
    ObservationManagement observation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationEvents events;

    RatingStandard standard;
    ObservationGroup group;
    CurrentUser leader;
    CurrentUser first;
    CurrentUser second;
    CurrentUser otherGroup;
    CurrentUser otherLeader;
    List<Visit> branches;

    @BeforeEach
    void publishedPlan() {
        ObservationFixtures.publishedPlan(context, YEAR, Set.of("U001", "U002", "U004", "U005"));
        standard = sheets.standardOf(YEAR);
        List<ObservationGroup> groups = observation.groups(YEAR);
        group = groups.get(0);
        leader = account(group.leader());
        first = account(group.members().get(0));
        second = account(group.members().get(1));
        otherGroup = account(groups.get(1).members().get(0));
        otherLeader = account(groups.get(1).leader());
        // Branches only this group sees: a linking branch is another group's to read too.
        Set<String> seenByOthers = observation.plan(YEAR).orElseThrow().visits().stream()
                .filter(visit -> visit.group() != group.number() && !visit.isBriefing())
                .map(Visit::branchCode).collect(java.util.stream.Collectors.toSet());
        branches = observation.itinerary(YEAR, leader).orElseThrow().visits().stream()
                .filter(visit -> !visit.isBriefing() && !visit.linking())
                .filter(visit -> !seenByOthers.contains(visit.branchCode())).toList();
        assertThat(branches).as("branches enough for one test each").hasSizeGreaterThanOrEqualTo(5);
        assertThat(group.everyone()).as("the fixture's groups of three").hasSize(3);
    }

    @Test
    void theMembersScoresSideBySideWithTheSpreadMarkedAndTheMeanOfTheStandard() {
        String branch = branches.get(0).branchCode();
        assertThat(standard.consolidation()).as("the reference standard consolidates by the mean")
                .isEqualTo(Consolidation.MEAN);
        // C1 deducts 1 a shortfall from 10, A1 2 from 5; B2 is graded 好 4, 较好 3, 一般 1.5; B4 takes points.
        score(branch, leader, "C1", "0", "A1", "0", "B2", "好", "B4", "4", "C5", "1");
        score(branch, first, "C1", "3", "A1", "1", "B2", "较好", "B4", "3");
        score(branch, second, "C1", "0", "A1", "0", "B2", "一般", "B4", "3.5");

        BranchReview review = reviews.review(YEAR, branch, null, leader);
        assertThat(review.viewer()).isEqualTo(BranchReview.Viewer.LEADER);
        assertThat(review.members()).extracting(BranchReview.Member::name)
                .containsExactlyElementsOf(group.everyone().stream().map(Observer::name).toList());
        // 10, 7, 10: a spread of 3 is exactly 30 % of 10, which is not more than it.
        assertRow(review, "C1", List.of("10", "7", "10"), "3", false, "9.0000");
        // 5, 3, 5: a spread of 2 is more than 1.5; the mean 13/3.
        assertRow(review, "A1", List.of("5", "3", "5"), "2", true, "4.3333");
        // 4, 3, 1.5: a spread of 2.5 is more than 1.2; the mean 8.5/3.
        assertRow(review, "B2", List.of("4", "3", "1.5"), "2.5", true, "2.8333");
        // 4, 3, 3.5: a spread of 1 is within 1.2; the mean 10.5/3.
        assertRow(review, "B4", List.of("4", "3", "3.5"), "1", false, "3.5000");
        BranchReview.Row alone = row(review, "C5");
        assertThat(alone.spread()).as("one score has no spread").isNull();
        assertThat(alone.consolidated()).isEqualByComparingTo("1").extracting(BigDecimal::scale).isEqualTo(4);
        assertThat(row(review, "A2").consolidated()).as("nobody scored it").isNull();
        assertThat(review.divergentItems()).isEqualTo(2);
        assertThat(review.countedTotal()).as("not every item is scored").isNull();
    }

    @Test
    void aConsensusWithAReasonCountsWhileTheMembersValuesAndEarlierConsensusStayOnRecord() throws Exception {
        String branch = branches.get(1).branchCode();
        score(branch, leader, "A1", "0");
        score(branch, first, "A1", "1");
        score(branch, second, "A1", "0");

        reviews.setConsensus(YEAR, branch, "A1", "4", "现场复核台账，组内议定", leader);
        reviews.setConsensus(YEAR, branch, "A1", "3.5", "再次核对换届材料后调整", leader);
        BranchReview.Row row = row(reviews.review(YEAR, branch, null, leader), "A1");
        assertThat(row.consensus().orElseThrow().points()).isEqualByComparingTo("3.5");
        assertThat(row.consensus().orElseThrow().reason()).isEqualTo("再次核对换届材料后调整");
        assertThat(row.consensus().orElseThrow().setBy()).isEqualTo(leader.getUsername());
        assertThat(row.counted()).isEqualByComparingTo("3.5");
        assertThat(row.consolidated()).as("the consolidation stays beside it").isEqualByComparingTo("4.3333");
        assertThat(row.points()).as("the members' values stay").extracting(BigDecimal::toPlainString)
                .containsExactly("5.0000", "3.0000", "5.0000");
        assertThat(row.history()).extracting(ConsensusValue::points).extracting(BigDecimal::toPlainString)
                .containsExactly("4.0000", "3.5000");

        mvc.perform(get("/scoring/review/" + branch).param("year", "" + YEAR).with(user(first)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("合议分由 " + group.leader().name())))
                .andExpect(content().string(Matchers.containsString("再次核对换届材料后调整")));

        long before = consensusRows(branch);
        assertRefused(() -> reviews.setConsensus(YEAR, branch, "A1", "4", "  ", leader),
                "review.consensus.reasonNeeded", "理由");
        assertRefused(() -> reviews.setConsensus(YEAR, branch, "A1", "6", "超出", leader),
                "review.consensus.outOfRange", "超出范围 0–5");
        assertRefused(() -> reviews.setConsensus(YEAR, branch, "A1", "四分", "不是数字", leader),
                "review.consensus.notANumber", "不是数字");
        assertRefused(() -> reviews.setConsensus(YEAR, branch, "A1", "1.23456", "太细", leader),
                "review.consensus.tooPrecise", "4 位小数");
        assertRefused(() -> reviews.setConsensus(YEAR, branch, "Z9", "1", "没有此项", leader),
                "scoring.unknownItem", "没有项目 Z9");
        assertThatThrownBy(() -> reviews.setConsensus(YEAR, branch, "A1", "4", "组员不能合议", first))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.setConsensus(YEAR, branch, "A1", "4", "他组组长", otherLeader))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(consensusRows(branch)).as("nothing refused is stored").isEqualTo(before);
    }

    @Test
    void theLeaderDraftsSummariesTheMembersAgreeOrDissentAndARedraftAsksThemAgain() throws Exception {
        String unit = branches.get(0).unitCode();
        assertRefused(() -> reviews.draftSummary(YEAR, unit, " ", "", null, leader), "review.summary.empty", "至少填写一项");
        assertRefused(() -> reviews.draftSummary(YEAR, "U999", "亮点", "", "", leader), "review.summary.notOurUnit",
                "U999");
        assertThatThrownBy(() -> reviews.draftSummary(YEAR, unit, "亮点", "", "", first))
                .isInstanceOf(AccessDeniedException.class);

        GroupSummary draft = reviews.draftSummary(YEAR, unit, "三会一课记录完整", "党费台账不全", "整体规范", leader);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.answers()).extracting(GroupSummary.Answer::observerName)
                .containsExactlyElementsOf(group.members().stream().map(Observer::name).toList());
        assertThat(draft.acknowledgedByAll()).isFalse();

        reviews.answer(YEAR, draft.id(), true, null, first);
        assertRefused(() -> reviews.answer(YEAR, draft.id(), false, "  ", second), "review.summary.dissentNeeded",
                "写明");
        assertRefused(() -> reviews.answer(YEAR, draft.id(), true, null, leader), "review.summary.leaderDrafts", "组长");
        GroupSummary answered = reviews.answer(YEAR, draft.id(), false, "党费问题应列为较重问题", second);
        assertRefused(() -> reviews.answer(YEAR, draft.id(), true, null, first), "review.summary.alreadyAnswered",
                "已答复");
        assertThat(answered.acknowledgedByAll()).isTrue();
        assertThat(answered.answerOf(group.members().get(1).name()).orElseThrow())
                .satisfies(answer -> {
                    assertThat(answer.agrees()).isFalse();
                    assertThat(answer.dissent()).isEqualTo("党费问题应列为较重问题");
                });
        assertThatThrownBy(() -> reviews.answer(YEAR, draft.id(), true, null, otherGroup))
                .isInstanceOf(AccessDeniedException.class);

        GroupSummary redraft = reviews.draftSummary(YEAR, unit, "三会一课记录完整", "党费台账不全（较重）", "整体规范", leader);
        assertThat(redraft.version()).isEqualTo(2);
        assertThat(redraft.answers()).allMatch(GroupSummary.Answer::pending);
        assertRefused(() -> reviews.answer(YEAR, draft.id(), true, null, first), "review.summary.outdated", "最新一稿");

        GroupSummary whole = reviews.draftSummary(YEAR, "", "", "", "各单位普遍重视", leader);
        assertThat(whole.wholeGroup()).isTrue();
        assertThat(reviews.summaries(YEAR, first)).last()
                .satisfies(slot -> assertThat(slot.current()).contains(whole));
        assertThat(reviews.summariesOfGroup(YEAR, group.number(), someone(Role.COMMITTEE_LEADER))).as("the committee reads it")
                .last().satisfies(slot -> assertThat(slot.current()).contains(whole));
        assertThatThrownBy(() -> reviews.summariesOfGroup(YEAR, group.number(), otherGroup))
                .isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/scoring/summaries").param("year", "" + YEAR).param("group", "" + group.number())
                        .with(user(someone(Role.COMMITTEE_ADMINISTRATOR))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("各单位普遍重视")));
        mvc.perform(get("/scoring/summaries").param("year", "" + YEAR).param("group", "" + group.number())
                .with(user(someone(Role.UNIT_COMMITTEE)))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from group_summary s join campaign c on c.id = s.campaign_id"
                        + " where s.unit_code = :unit and c.year = :year").param("unit", unit).param("year", YEAR)
                .query(Long.class).single()).as("every version kept").isEqualTo(2);
    }

    @Test
    void finalisingIsRefusedWhileASheetIsOpenThenLocksTheSheetsAndPublishesBranchReviewed() {
        String branch = branches.get(2).branchCode();
        long leaders = fillAll(branch, leader, true);
        long firsts = fillAll(branch, first, true);
        long seconds = fillAll(branch, second, false);

        assertRefused(() -> reviews.finalise(YEAR, branch, leader), "review.finalise.notAllSubmitted",
                group.members().get(1).name());
        assertThatThrownBy(() -> reviews.finalise(YEAR, branch, first)).isInstanceOf(AccessDeniedException.class);
        assertThat(sheets.sheet(leaders).status()).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(reviewRows(branch)).isZero();
        assertThat(events.stream(BranchReviewed.class)).isEmpty();

        sheets.submit(seconds, second);
        BranchReview finalised = reviews.finalise(YEAR, branch, leader);
        assertThat(finalised.finalised()).isTrue();
        assertThat(List.of(leaders, firsts, seconds)).allSatisfy(id ->
                assertThat(sheets.sheet(id).status()).isEqualTo(SheetStatus.FINALISED));
        assertThat(events.stream(BranchReviewed.class))
                .containsExactly(new BranchReviewed(YEAR, branch, group.number()));

        Item item = standard.items().get(0);
        assertRefused(() -> sheets.enter(firsts, new ValueChange(item.code(), "0", 1, key(), "定稿后再改"), first),
                "scoring.finalised", "定稿");
        assertRefused(() -> reviews.setConsensus(YEAR, branch, item.code(), "1", "定稿后", leader), "review.finalised",
                "定稿");
        assertRefused(() -> reviews.finalise(YEAR, branch, leader), "review.finalised", "定稿");
        assertThat(events.stream(BranchReviewed.class)).hasSize(1);
    }

    @Test
    void eachRoleSeesOnlyWhatItMay() throws Exception {
        String branch = branches.get(3).branchCode();
        score(branch, first, "A1", "1");
        String review = "/scoring/review/" + branch;

        mvc.perform(get(review).param("year", "" + YEAR).with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("确定合议分")));
        mvc.perform(get(review).param("year", "" + YEAR).with(user(first))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("确定合议分"))));
        mvc.perform(get(review).param("year", "" + YEAR).with(user(otherGroup))).andExpect(status().isForbidden());
        for (Role role : List.of(Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY, Role.SYSTEM_ADMINISTRATOR)) {
            CurrentUser outsider = someone(role);
            mvc.perform(get(review).param("year", "" + YEAR).with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/scoring/ledger/" + branch).param("year", "" + YEAR).with(user(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/scoring/group").param("year", "" + YEAR).with(user(outsider)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/scoring/committee").param("year", "" + YEAR).with(user(outsider)))
                    .andExpect(status().isForbidden());
        }
        for (Role role : Role.COMMITTEE) {
            mvc.perform(get(review).param("year", "" + YEAR).with(user(someone(role)))).andExpect(status().isOk());
            mvc.perform(get("/scoring/ledger/" + branch).param("year", "" + YEAR).with(user(someone(role))))
                    .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(
                            group.members().get(0).name())));
            mvc.perform(get("/scoring/committee").param("year", "" + YEAR).with(user(someone(role))))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/scoring/ledger/" + branch).param("year", "" + YEAR).with(user(leader)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/scoring/committee").param("year", "" + YEAR).with(user(leader)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/scoring/group").param("year", "" + YEAR).with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(branch)));
        mvc.perform(get("/scoring/summaries").param("year", "" + YEAR).with(user(first))).andExpect(status().isOk());

        mvc.perform(post(review + "/consensus").with(csrf()).with(user(first)).param("year", "" + YEAR)
                .param("item", "A1").param("points", "4").param("reason", "组员")).andExpect(status().isForbidden());
        mvc.perform(post(review + "/finalise").with(csrf()).with(user(otherLeader)).param("year", "" + YEAR))
                .andExpect(status().isForbidden());
        mvc.perform(post(review + "/consensus").with(csrf()).with(user(leader)).param("year", "" + YEAR)
                        .param("item", "A1").param("points", "9").param("reason", "超出"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", Matchers.containsString("超出范围 0–5")));
        mvc.perform(post("/scoring/committee/disclosure").with(csrf()).with(user(someone(Role.COMMITTEE_LEADER)))
                .param("year", "" + YEAR).param("opened", "true")).andExpect(status().isForbidden());

        // Once the committee opens the scores another group reads them, but never a recused member.
        CurrentUser administrator = someone(Role.COMMITTEE_ADMINISTRATOR);
        mvc.perform(post("/scoring/committee/disclosure").with(csrf()).with(user(administrator))
                .param("year", "" + YEAR).param("opened", "true")).andExpect(status().is3xxRedirection());
        Observer recused = group.members().get(1);
        observation.recordRecusal(YEAR, recused.name(), branches.get(3).unitCode(), branch, "亲属在该支部");
        try {
            assertThat(reviews.disclosure(YEAR).opened()).isTrue();
            assertThat(reviews.disclosure(YEAR).setBy()).contains(administrator.getUsername());
            mvc.perform(get(review).param("year", "" + YEAR).with(user(otherGroup))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("确定合议分"))));
            mvc.perform(get(review).param("year", "" + YEAR).with(user(second))).andExpect(status().isForbidden());
            mvc.perform(get(review).param("year", "" + YEAR).with(user(someone(Role.UNIT_COMMITTEE))))
                    .andExpect(status().isForbidden());
        } finally {
            observation.removeRecusal(YEAR, recused.name(), branches.get(3).unitCode());
            reviews.disclose(YEAR, false, administrator);
        }
        mvc.perform(get(review).param("year", "" + YEAR).with(user(otherGroup))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from score_disclosure").query(Long.class).single())
                .as("each switch kept with who and when").isGreaterThanOrEqualTo(2);
    }

    // --- helpers ------------------------------------------------------------------------------------

    /** Opens the observer's sheet of the branch and enters item, value pairs. */
    private long score(String branch, CurrentUser who, String... itemsAndValues) {
        ScoreSheet sheet = sheets.open(YEAR, branch, who);
        for (int i = 0; i < itemsAndValues.length; i += 2) {
            int version = sheets.sheet(sheet.id()).value(itemsAndValues[i]).map(SheetValue::version).orElse(0);
            SaveOutcome saved = sheets.enter(sheet.id(),
                    new ValueChange(itemsAndValues[i], itemsAndValues[i + 1], version, key(), null), who);
            assertThat(saved.kind()).isEqualTo(SaveOutcome.Kind.SAVED);
        }
        return sheet.id();
    }

    private long fillAll(String branch, CurrentUser who, boolean submit) {
        List<String> pairs = new ArrayList<>();
        standard.items().forEach(item -> {
            pairs.add(item.code());
            pairs.add(DeclarationFixtures.bestValue(item));
        });
        long id = score(branch, who, pairs.toArray(String[]::new));
        if (submit) {
            sheets.submit(id, who);
        }
        return id;
    }

    private static void assertRow(BranchReview review, String item, List<String> points, String spread,
            boolean divergent, String consolidated) {
        BranchReview.Row row = row(review, item);
        assertThat(row.points()).as(item).extracting(BigDecimal::stripTrailingZeros).extracting(BigDecimal::toPlainString)
                .containsExactlyElementsOf(points);
        assertThat(row.spread()).as(item).isEqualByComparingTo(spread);
        assertThat(row.divergent()).as(item).isEqualTo(divergent);
        assertThat(row.consolidated().toPlainString()).as(item).isEqualTo(consolidated);
    }

    private static BranchReview.Row row(BranchReview review, String item) {
        return review.rows().stream().filter(row -> row.item().code().equals(item)).findFirst().orElseThrow();
    }

    /** Refused with the key, and said in Chinese with the reason. */
    private void assertRefused(Runnable call, String key, String saying) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ScoringRefused.class, refused -> {
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(messages.getMessage(key, refused.arguments(), Locale.SIMPLIFIED_CHINESE)).contains(saying);
        });
    }

    private CurrentUser account(Observer person) {
        return ScoringFixtures.account(observation, person);
    }

    private static CurrentUser someone(Role role) {
        return ScoringFixtures.someone(role);
    }

    private long consensusRows(String branch) {
        return jdbc.sql("select count(*) from consensus_value c join party_organization b on b.id = c.branch_id"
                + " where b.code = :code").param("code", branch).query(Long.class).single();
    }

    /** The branch's finalised reviews of this test's year: other tests' campaigns share the database. */
    private long reviewRows(String branch) {
        return jdbc.sql("select count(*) from branch_review r join party_organization b on b.id = r.branch_id"
                        + " join campaign c on c.id = r.campaign_id where b.code = :code and c.year = :year")
                .param("code", branch).param("year", YEAR).query(Long.class).single();
    }

    private static String key() {
        return ScoringFixtures.key();
    }
}
