package org.xingping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.context.TestPropertySource;
import org.xingping.campaign.CampaignFixtures;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.decision.BoardRow;
import org.xingping.decision.DecidedBranch;
import org.xingping.decision.DecisionBoard;
import org.xingping.decision.DecisionFixtures;
import org.xingping.decision.Designations;
import org.xingping.decision.RatingDecisions;
import org.xingping.declaration.DeclarationFilter;
import org.xingping.declaration.DeclarationImport;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.DeclarationRow;
import org.xingping.demo.DemoScores;
import org.xingping.notice.NoticeDraft;
import org.xingping.notice.Objection;
import org.xingping.notice.ObjectionSubmission;
import org.xingping.notice.Objections;
import org.xingping.notice.PublicNotices;
import org.xingping.observation.ObservationFixtures;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.PlanningOptions;
import org.xingping.observation.VisitPlan;
import org.xingping.observation.VisitPlanner;
import org.xingping.organization.OrganizationManagement;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.DataScope;
import org.xingping.platform.Role;
import org.xingping.scoring.GroupReviews;
import org.xingping.scoring.ReviewedScores;
import org.xingping.scoring.ScoreImport;
import org.xingping.standard.BranchRecord;
import org.xingping.standard.BranchResult;
import org.xingping.standard.DeclaredTarget;
import org.xingping.standard.Evaluation;
import org.xingping.standard.LevelHistory;
import org.xingping.standard.ObservedScores;
import org.xingping.standard.RatingEngine;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;
import org.xingping.support.TravellingClock;
import org.xingping.support.XingPingTest;

/**
 * One year of the whole cycle at the level of the modules' APIs, on the reference campaign: the 712
 * declarations forwarded, the five groups planned and published, every branch's sheets handed in
 * and each group's review finalised, calibration, the committee's facts, the decision confirmed, a
 * public notice with one objection upheld (the branch decided again) and one rejected, the notice
 * closed after its period, and the designation; the levels named are checked against the engine
 * evaluating the same records on its own.
 *
 * <p>It runs on a database of its own: its designation records levels every later campaign
 * declares from, which must not reach the other tests' campaigns on the shared database.
 */
@XingPingTest
@TestPropertySource(properties = "xingping.test.database=scenario")
class AnnualCampaignScenarioTest {

    static final int YEAR = 2053;
    static final String STANDARD = "zmd-szjg-2021";

    @Autowired
    ApplicationContext context;
    @Autowired
    CampaignManagement campaigns;
    @Autowired
    DeclarationManagement declarations;
    @Autowired
    ObservationManagement observation;
    @Autowired
    GroupReviews reviews;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    PublicNotices notices;
    @Autowired
    Objections objections;
    @Autowired
    Designations designations;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    TravellingClock clock;

    final CurrentUser staff = DecisionFixtures.STAFF;
    final CurrentUser leader = DecisionFixtures.LEADER;

    @AfterEach
    void comeBack() {
        clock.comeBack();
    }

    @Test
    void theReferenceYearFromDeclarationsToDesignation() throws IOException {
        // Declarations: the reference campaign's 712, as the units forwarded them.
        CampaignFixtures.referenceCampaign(context, YEAR);
        ObservationFixtures.observersWithAccounts(context);
        campaigns.attachCampaignFile(YEAR, reference("campaign-2021.yaml")
                .replace("year: 2021", "year: " + YEAR).replace("2021-11-", YEAR + "-11-"));
        context.getBean(DeclarationImport.class).importFile(YEAR, "declarations-2021.csv",
                new ByteArrayInputStream(reference("declarations-2021.csv").getBytes(StandardCharsets.UTF_8)), "gongwei");
        long campaignId = campaigns.require(YEAR).getId();
        List<DeclarationRow> declared = declarations.rows(campaignId, DeclarationFilter.everything(), DataScope.all());
        assertThat(declared).hasSize(712);

        // Planned visits: five groups formed by the rules, the plan published.
        observation.formGroups(YEAR);
        VisitPlan plan = new VisitPlanner().plan(observation.problem(YEAR), PlanningOptions.untilNoImprovement()
                .withTimeLimit(Duration.ofSeconds(20)).withUnimprovedLimit(Duration.ofSeconds(3)), progress -> {
                });
        assertThat(plan.feasible()).isTrue();
        observation.saveDraft(YEAR, plan.visits(), new HashSet<>());
        observation.publish(YEAR);

        // Submitted sheets: every member of the visiting group scores every item (the demo's simulation:
        // true quality, group severity, observer noise), the sheets imported, each leader finalises.
        RatingStandard standard = declarations.standardOfCampaign(campaigns.require(YEAR));
        Map<String, Integer> targets = declared.stream().collect(Collectors.toMap(DeclarationRow::branchCode, DeclarationRow::targetLevel));
        String table = new DemoScores(standard).table(observation.plan(YEAR).orElseThrow().visits(), observation.groups(YEAR),
                targets, null);
        context.getBean(ScoreImport.class).importFile(YEAR, "scores.csv",
                new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "gongwei", "情景测试的模拟评分");
        for (ObservationGroup group : observation.groups(YEAR)) {
            String username = observation.observers().stream().filter(stored -> stored.observer().equals(group.leader()))
                    .findFirst().orElseThrow().username();
            reviews.finaliseComplete(YEAR, new CurrentUser(-5, username, group.leader().name(), Role.GROUP_LEADER, null, null,
                    false, false, true, null));
        }

        // Calibration: the linking branches join the five groups, so each has a severity with its error.
        DecisionBoard board = decisions.board(YEAR, staff);
        assertThat(board.awaiting()).isEmpty();
        assertThat(board.rows()).hasSize(712);
        assertThat(board.calibration()).get().satisfies(calibration -> {
            assertThat(calibration.connected()).isTrue();
            assertThat(calibration.severities()).hasSize(5)
                    .allSatisfy(severity -> assertThat(severity.standardError().computed()).isPresent());
        });

        // Facts: every innovation claim confirmed except every fifth; one branch vetoed (weak and lax).
        Map<String, Set<String>> flags = new HashMap<>();
        Map<String, Set<String>> vetoes = new HashMap<>();
        int claim = 0;
        for (BoardRow row : board.rows()) {
            for (String condition : new TreeSet<>(row.claims())) {
                boolean holds = ++claim % 5 != 0;
                decisions.recordFact(YEAR, row.branchCode(), condition, holds ? "是" : "否", "核实申报材料", staff);
                if (holds) {
                    flags.computeIfAbsent(row.branchCode(), code -> new HashSet<>()).add(condition);
                }
            }
        }
        String weak = board.rows().get(100).branchCode();
        decisions.recordFact(YEAR, weak, "V2", "是", "单位党委年内将其列为软弱涣散党组织", staff);
        vetoes.put(weak, Set.of("V2"));
        decisions.chooseTotals(YEAR, false, "采用原始总分：宽严度已知但委员会决定不调整", staff);

        // Ties at a quota's cut line, if any, settled in order of code; then a leader confirms.
        board = decisions.board(YEAR, staff);
        Set<String> settled = new HashSet<>();
        for (BoardRow tie : board.openTies()) {
            decisions.settleTie(YEAR, tie.branchCode(), tie.engineStars(), "并列按编码保留", staff);
            settled.add(tie.branchCode());
        }
        decisions.confirm(YEAR, leader);

        // The levels confirmed are the engine's on the same records, evaluated here on their own.
        Map<String, Integer> confirmed = decisions.confirmedResults(YEAR).stream()
                .collect(Collectors.toMap(DecidedBranch::branchCode, DecidedBranch::stars));
        Evaluation engine = evaluateOnItsOwn(standard, declared, flags, vetoes);
        for (BranchResult result : engine.branches()) {
            assertThat(confirmed.get(result.branchCode())).as(result.branchCode()).isEqualTo(result.finalLevel().stars());
        }
        assertThat(confirmed.get(weak)).isLessThanOrEqualTo(2);

        // The public notice: five working days from today; two objections on the public form.
        LocalDate start = calendar.isWorkingDay(notices.today()) ? notices.today() : calendar.plusWorkingDays(notices.today(), 1);
        clock.travel(Duration.between(notices.today().atStartOfDay(), start.atStartOfDay()).plusHours(1));
        NoticeDraft draft = notices.draft(YEAR, start, "工委办公室 0396-1234567", staff);
        notices.open(YEAR, new PublicNotices.OpenNotice(start, draft.title(), draft.body()), staff);
        List<DecidedBranch> fiveStars = decisions.confirmedResults(YEAR).stream().filter(branch -> branch.stars() == 5)
                .sorted((a, b) -> a.branchCode().compareTo(b.branchCode())).toList();
        String upheldBranch = fiveStars.get(0).branchCode();
        String rejectedBranch = fiveStars.get(1).branchCode();
        Objection upheld = object(upheldBranch, "10.1.0.1");
        Objection rejected = object(rejectedBranch, "10.1.0.2");
        assertThat(notices.branchesOnHold(YEAR)).isEmpty();
        objections.hold(YEAR, upheld.id(), staff);
        assertThat(notices.branchesOnHold(YEAR)).containsExactly(upheldBranch);

        // Upheld: the branch goes back to the committee, which records the veto and decides it again.
        objections.answer(YEAR, upheld.id(), Objections.Outcome.UPHOLD, "经查，该支部两次会议记录系补记，异议成立。", staff);
        assertThat(decisions.board(YEAR).row(upheldBranch).orElseThrow().status()).isEqualTo(BoardRow.Status.REOPENED);
        decisions.recordFact(YEAR, upheldBranch, "V4", "是", "申报材料中会议记录系补记", staff);
        assertThat(decisions.decideAgain(YEAR, upheldBranch, leader).finalStars()).isZero();
        objections.answer(YEAR, rejected.id(), Objections.Outcome.REJECT, "经查，所反映问题不属实，异议不成立。", staff);
        assertThat(notices.branchesOnHold(YEAR)).isEmpty();

        // The notice closes after its period; the designation names every confirmed level.
        clock.travel(Duration.ofDays(15));
        notices.close(YEAR, staff);
        designations.designate(YEAR, staff);
        Map<String, Integer> named = new HashMap<>();
        registry.levelsByBranch().forEach((branch, years) -> Optional.ofNullable(years.get(YEAR))
                .ifPresent(stars -> named.put(branch, stars)));
        Map<String, Integer> finalLevels = decisions.confirmedResults(YEAR).stream()
                .collect(Collectors.toMap(DecidedBranch::branchCode, DecidedBranch::stars));
        assertThat(named).isEqualTo(finalLevels);
        assertThat(named.get(upheldBranch)).isZero();
        assertThat(named.get(rejectedBranch)).isEqualTo(5);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(designations.document(YEAR)))) {
            String text = document.getParagraphs().stream().map(paragraph -> paragraph.getText()).collect(Collectors.joining("\n"));
            assertThat(text).contains("关于命名" + YEAR + "年度星级党支部的通报").contains(fiveStars.get(1).branchName());
        }
    }

    /** An objection as a person sends it from the public page, after reading the form for a while. */
    private Objection object(String branchCode, String address) {
        String token = objections.formToken(YEAR);
        clock.travel(Duration.ofSeconds(30));
        return objections.receive(YEAR, new ObjectionSubmission("张三", "13800138000", branchCode,
                "该支部申报材料中的会议记录与实际不符。", false, null, null, List.of(), token, "", address));
    }

    /**
     * The engine on the records as the tables would give them: each branch's every member's points
     * (a linking branch's from both groups), the facts the test recorded, the levels of past years.
     */
    private Evaluation evaluateOnItsOwn(RatingStandard standard, List<DeclarationRow> declared, Map<String, Set<String>> flags,
                                       Map<String, Set<String>> vetoes) {
        Map<String, ObservedScores.Builder> scores = new LinkedHashMap<>();
        for (ReviewedScores review : reviews.reviewedScores(YEAR)) {
            ObservedScores.Builder builder = scores.computeIfAbsent(review.branchCode(), code -> ObservedScores.builder(standard));
            review.members().forEach(member -> member.points().forEach(builder::add));
        }
        Map<String, Map<Integer, Integer>> levels = registry.levelsByBranch();
        List<BranchRecord> records = new ArrayList<>();
        for (DeclarationRow row : declared) {
            Map<Integer, StarLevel> history = new HashMap<>();
            levels.getOrDefault(row.branchCode(), Map.of()).forEach((year, stars) -> {
                if (year < YEAR) {
                    history.put(year, StarLevel.of(stars));
                }
            });
            records.add(new BranchRecord(row.branchCode(),
                    new DeclaredTarget(row.kind(), StarLevel.of(row.currentLevel()), StarLevel.of(row.targetLevel())),
                    scores.get(row.branchCode()).build(), Optional.<BigDecimal>empty(), flags.getOrDefault(row.branchCode(), Set.of()),
                    vetoes.getOrDefault(row.branchCode(), Set.of()), new LevelHistory(history)));
        }
        return new RatingEngine(standard).evaluate(records, registry.countBranches(campaigns.require(YEAR).unitIds()));
    }

    private static String reference(String name) throws IOException {
        try (InputStream in = new ClassPathResource("demo/" + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
