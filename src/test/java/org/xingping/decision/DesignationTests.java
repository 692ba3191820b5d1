package org.xingping.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.decision.DesignationFixtures.Result;
import org.xingping.decision.NoticeOutcome.NoticeStatus;
import org.xingping.organization.OrganizationLevel;
import org.xingping.organization.OrganizationManagement;
import org.xingping.organization.PartyOrganization;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.support.XingPingTest;

/**
 * Designation after the notice: refused before confirmation, while the notice is not closed,
 * while a branch is reopened, and a second time; the confirmed levels becoming each branch's level
 * of the year with a DESIGNATED event, branches on hold left out; the document read back against
 * the confirmed results; a veto event lowering and then revoking a level, shown in the history;
 * and who may see and do what, for every role.
 */
@XingPingTest
@RecordApplicationEvents
@Import(DesignationFixtures.NoticeConfiguration.class)
class DesignationTests {

    /** Designated once per database by {@link #designated()}; the tests below share it. */
    static final int YEAR = 2046;
    /** Walked through its refusals by one test, which designates it at the end. */
    static final int REFUSALS = 2047;

    static final String HELD = "U002-B03";
    /** The reference standard's issuer, the document's issuing body. */
    static final String ISSUER = "中共驻马店市委直属机关工作委员会";
    static final List<Result> RESULTS = List.of(
            Result.of("U001-B01", 5, "red-flag"), Result.of("U001-B02", 4), Result.of("U001-B03", 3),
            Result.of("U001-B04", 0), Result.of("U002-B01", 5, "red-flag"), Result.of("U002-B02", 4),
            Result.of(HELD, 4), Result.of("U003-B01", 2));

    @Autowired
    ApplicationContext context;
    @Autowired
    Designations designations;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    OrganizationManagement registry;
    @Autowired
    DesignationFixtures.TestNotice notice;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    final CurrentUser staff = someone(Role.COMMITTEE_ADMINISTRATOR);
    final CurrentUser leader = someone(Role.COMMITTEE_LEADER);

    @BeforeEach
    void designated() {
        DesignationFixtures.confirmed(context, YEAR, RESULTS);
        if (designations.designation(YEAR).isEmpty()) {
            notice.set(YEAR, NoticeStatus.CLOSED, Set.of(HELD));
            designations.designate(YEAR, leader);
        }
    }

    @Test
    void refusesDesignationBeforeConfirmationWhileTheNoticeIsNotClosedWhileABranchIsReopenedAndASecondTime()
            throws Exception {
        DesignationFixtures.confirmed(context, REFUSALS, List.of());
        jdbc.sql("delete from rating_decision where campaign_id = (select id from campaign where year = :y)")
                .param("y", REFUSALS).update();
        notice.set(REFUSALS, NoticeStatus.CLOSED, Set.of());
        refused(() -> designations.designate(REFUSALS, staff), "designation.notConfirmed");

        insertConfirmed(REFUSALS, List.of(Result.of("U004-B01", 4).reopenedByAnObjection(), Result.of("U004-B02", 3)));
        notice.set(REFUSALS, NoticeStatus.NOT_STARTED, Set.of());
        refused(() -> designations.designate(REFUSALS, staff), "designation.noticeNotStarted");
        notice.set(REFUSALS, NoticeStatus.OPEN, Set.of());
        refused(() -> designations.designate(REFUSALS, staff), "designation.noticeOpen");
        mvc.perform(get("/decision/{year}/designation", REFUSALS).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("公示期尚未结束")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"designate\""))));

        notice.set(REFUSALS, NoticeStatus.CLOSED, Set.of());
        assertThatThrownBy(() -> designations.designate(REFUSALS, staff)).isInstanceOfSatisfying(DecisionRefused.class,
                refused -> {
                    assertThat(refused.messageKey()).isEqualTo("designation.reopened");
                    assertThat(refused.arguments()[0].toString()).as("names the branch").contains("U004-B01");
                });
        assertThatThrownBy(() -> designations.designate(REFUSALS, someone(Role.UNIT_COMMITTEE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(levelOf("U004-B02", REFUSALS)).as("nothing written by a refusal").isNull();

        jdbc.sql("update rating_result set status = 'CONFIRMED', reopened_reason = null where branch_id = "
                + "(select id from party_organization where code = 'U004-B01')").update();
        mvc.perform(get("/decision/{year}/designation", REFUSALS).with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"designate\"")));
        mvc.perform(post("/decision/{year}/designation", REFUSALS).with(csrf()).with(user(staff)))
                .andExpect(redirectedUrl("/decision/" + REFUSALS + "/designation"));
        assertThat(events.stream(BranchesDesignated.class).filter(event -> event.year() == REFUSALS))
                .singleElement().satisfies(event -> assertThat(event.named()).isEqualTo(2));
        assertThat(levelOf("U004-B01", REFUSALS)).isEqualTo(new OrganizationLevel(REFUSALS, 4, false));
        refused(() -> designations.designate(REFUSALS, leader), "designation.already");
    }

    @Test
    void theConfirmedLevelsBecomeTheLevelsOfTheYearWithADesignatedEventAndBranchesOnHoldAreLeftOut() {
        assertThat(levelOf("U002-B01", YEAR)).as("five stars and the red flag")
                .isEqualTo(new OrganizationLevel(YEAR, 5, true));
        assertThat(levelOf("U001-B03", YEAR)).isEqualTo(new OrganizationLevel(YEAR, 3, false));
        assertThat(levelOf("U001-B04", YEAR)).as("not rated is recorded as no level, so it is current")
                .isEqualTo(new OrganizationLevel(YEAR, 0, false));
        assertThat(levelOf(HELD, YEAR)).as("held by an objection").isNull();

        List<NamedBranch> named = designations.named(YEAR);
        assertThat(named).extracting(NamedBranch::branchCode)
                .containsExactlyInAnyOrderElementsOf(RESULTS.stream().map(Result::branchCode)
                        .filter(code -> !code.equals(HELD)).toList());
        assertThat(named).filteredOn(b -> b.branchCode().equals("U002-B01")).singleElement()
                .satisfies(b -> assertThat(b.honourNames()).containsExactly("红旗党支部"));
        assertThat(designations.readiness(YEAR).onHold()).extracting(DecidedBranch::branchCode).containsExactly(HELD);

        BranchHistory history = designations.history("U001-B03", staff);
        BranchHistory.YearOfLevel year = history.years().get(0);
        assertThat(year.year()).isEqualTo(YEAR);
        assertThat(year.levelName()).isEqualTo("三星级党支部");
        assertThat(year.events()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(LevelEvent.Kind.DESIGNATED);
            assertThat(event.fromStars()).as("the reference registry's 2020 level").isEqualTo(3);
            assertThat(event.toStars()).isEqualTo(3);
        });
        assertThat(history.years()).extracting(BranchHistory.YearOfLevel::year).as("newest first")
                .containsExactly(YEAR, 2020);
    }

    @Test
    void theDocumentListsTheNamedBranchesLevelByLevelAndUnitByUnitThenTheHonours() throws Exception {
        byte[] bytes = mvc.perform(get("/decision/{year}/designation/document", YEAR).with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString(".docx")))
                .andReturn().getResponse().getContentAsByteArray();
        ReadBack document = readBack(bytes);

        assertThat(document.text()).startsWith(ISSUER)
                .contains("关于命名" + YEAR + "年度星级党支部的通报");
        Map<String, List<String>> expected = new TreeMap<>();
        Map<String, String> unitOf = new LinkedHashMap<>();
        for (DecidedBranch branch : decisions.confirmedResults(YEAR)) {
            unitOf.put(branch.branchName(), branch.unitName());
            if (branch.rated() && !branch.branchCode().equals(HELD)) {
                expected.computeIfAbsent(branch.levelName(), k -> new ArrayList<>()).add(branch.branchName());
            }
            branch.honourNames().forEach(honour -> expected.computeIfAbsent(honour, k -> new ArrayList<>())
                    .add(branch.branchName()));
        }
        assertThat(document.listings().keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((listing, names) -> {
            assertThat(document.listings().get(listing)).as(listing).containsExactlyInAnyOrderElementsOf(names);
            assertThat(document.counts().get(listing)).as("the count in the heading of " + listing)
                    .isEqualTo(names.size());
        });
        document.unitsOf().forEach((name, unit) -> assertThat(unit).as(name).isEqualTo(unitOf.get(name)));
        assertThat(document.headings()).as("five stars first, honours last")
                .containsExactly("五星级党支部", "四星级党支部", "三星级党支部", "二星级党支部", "红旗党支部");
        assertThat(document.text()).doesNotContain(nameOf(HELD));
    }

    @Test
    void aVetoEventLowersTheLevelThenRevokesItAndTheHistoryShowsEachWithItsReason() throws Exception {
        LevelEvent lowered = designations.recordVetoEvent("U001-B01", YEAR, "V1", "支部书记受到党内警告处分", staff);
        assertThat(lowered.kind()).isEqualTo(LevelEvent.Kind.DOWNGRADED);
        assertThat(levelOf("U001-B01", YEAR)).as("capped at three stars, the red flag revoked with it")
                .isEqualTo(new OrganizationLevel(YEAR, 3, false));
        assertThat(events.stream(LevelLowered.class)).singleElement()
                .satisfies(event -> assertThat(event.toStars()).isEqualTo(3));

        refused(() -> designations.recordVetoEvent("U001-B01", YEAR, "V1", "再次处分", staff),
                "designation.veto.wouldNotLower");
        refused(() -> designations.recordVetoEvent("U001-B01", YEAR, "V9", "无此事项", staff), "designation.veto.unknown");
        refused(() -> designations.recordVetoEvent("U001-B01", YEAR, "V3", " ", staff), "decision.reasonRequired");
        refused(() -> designations.recordVetoEvent("U001-B04", YEAR, "V3", "未定级", staff), "designation.veto.noLevel");
        refused(() -> designations.recordVetoEvent(HELD, YEAR, "V3", "暂缓命名", staff), "designation.veto.noLevel");
        assertThatThrownBy(() -> designations.recordVetoEvent("U001-B01", YEAR, "V3", "越权",
                someone(Role.UNIT_COMMITTEE))).isInstanceOf(AccessDeniedException.class);

        LevelEvent revoked = designations.recordVetoEvent("U001-B01", YEAR, "V3", "发生重大安全责任事故", leader);
        assertThat(revoked.kind()).isEqualTo(LevelEvent.Kind.REVOKED);
        assertThat(levelOf("U001-B01", YEAR)).isEqualTo(new OrganizationLevel(YEAR, 0, false));
        refused(() -> designations.recordVetoEvent("U001-B01", YEAR, "V4", "再无可降", staff),
                "designation.veto.noLevel");

        BranchHistory.YearOfLevel year = designations.history("U001-B01", staff).years().get(0);
        assertThat(year.stars()).isZero();
        assertThat(year.events()).extracting(LevelEvent::kind).containsExactly(LevelEvent.Kind.DESIGNATED,
                LevelEvent.Kind.DOWNGRADED, LevelEvent.Kind.REVOKED);
        assertThat(year.events()).extracting(LevelEvent::toStars).containsExactly(5, 3, 0);
        assertThat(year.honours()).singleElement().satisfies(h -> assertThat(h.revoked()).isTrue());
        assertThat(designations.named(YEAR)).filteredOn(b -> b.branchCode().equals("U001-B01")).singleElement()
                .as("what the designation named stays as named").extracting(NamedBranch::stars).isEqualTo(5);
        mvc.perform(get("/decision/history/U001-B01").with(user(unitAccount("U001")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("支部书记受到党内警告处分")))
                .andExpect(content().string(Matchers.containsString("发生重大安全责任事故")))
                .andExpect(content().string(Matchers.containsString("撤销星级")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"veto\""))));
    }

    @Test
    void theCommitteeRecordsAVetoEventOnTheHistoryPage() throws Exception {
        mvc.perform(get("/decision/history/U001-B02").with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"veto\"")));
        mvc.perform(post("/decision/history/U001-B02/veto").with(csrf()).with(user(staff))
                        .param("year", "" + YEAR).param("veto", "V2").param("reason", "经研究被列为软弱涣散党组织"))
                .andExpect(redirectedUrl("/decision/history/U001-B02"));
        assertThat(levelOf("U001-B02", YEAR)).isEqualTo(new OrganizationLevel(YEAR, 2, false));
        mvc.perform(post("/decision/history/U001-B02/veto").with(csrf()).with(user(staff))
                        .param("year", "" + YEAR).param("veto", "V2").param("reason", ""))
                .andExpect(redirectedUrl("/decision/history/U001-B02"));
        assertThat(designations.history("U001-B02", staff).years().get(0).events()).hasSize(2);
        mvc.perform(get("/decision/history").with(user(leader))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("经研究被列为软弱涣散党组织")));
    }

    @Test
    void theCommitteeDesignatesAndEveryoneReadsOnlyTheHistoriesTheirRoleAllows() throws Exception {
        String page = "/decision/" + YEAR + "/designation";
        String history = "/decision/history/U001-B03";
        for (CurrentUser committee : List.of(staff, leader)) {
            mvc.perform(get(page).with(user(committee))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(nameOf(HELD))))
                    .andExpect(content().string(Matchers.containsString("id=\"designation-document\"")));
            mvc.perform(get(page + "/document").with(user(committee))).andExpect(status().isOk());
            mvc.perform(get(history).with(user(committee))).andExpect(status().isOk());
            mvc.perform(get("/decision/history").with(user(committee))).andExpect(status().isOk());
        }
        mvc.perform(get("/decision/history").param("code", "U001-B03").with(user(staff)))
                .andExpect(redirectedUrl(history));
        for (Role role : List.of(Role.SYSTEM_ADMINISTRATOR, Role.GROUP_LEADER, Role.OBSERVER, Role.UNIT_COMMITTEE,
                Role.BRANCH_SECRETARY)) {
            CurrentUser outsider = switch (role) {
                case UNIT_COMMITTEE -> unitAccount("U002");
                case BRANCH_SECRETARY -> branchAccount("U001-B05");
                default -> someone(role);
            };
            mvc.perform(get(page).with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(get(page + "/document").with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(post(page).with(csrf()).with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(get(history).with(user(outsider))).andExpect(status().isForbidden());
            mvc.perform(post(history + "/veto").with(csrf()).with(user(outsider)).param("year", "" + YEAR)
                    .param("veto", "V1").param("reason", "越权")).andExpect(status().isForbidden());
            if (!role.needsUnit()) {
                mvc.perform(get("/decision/history").with(user(outsider))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get(history).with(user(unitAccount("U001")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"veto\""))));
        mvc.perform(get("/decision/history").with(user(unitAccount("U001")))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("U001-B03")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("U002-B01"))));
        mvc.perform(get(history).with(user(branchAccount("U001-B03")))).andExpect(status().isOk());
        mvc.perform(get("/decision/history").with(user(branchAccount("U001-B03")))).andExpect(redirectedUrl(history));
        assertThat(levelOf("U001-B03", YEAR)).as("no outsider changed anything")
                .isEqualTo(new OrganizationLevel(YEAR, 3, false));
    }

    // --- helpers -------------------------------------------------------------------------------------

    private void insertConfirmed(int year, List<Result> results) {
        // The fixture confirms once per year; this test removed that confirmation to see the refusal first.
        jdbc.sql("delete from rating_result where campaign_id = (select id from campaign where year = :y)")
                .param("y", year).update();
        DesignationFixtures.confirmed(context, year, results);
    }

    private OrganizationLevel levelOf(String branchCode, int year) {
        return registry.organizationByCode(branchCode).orElseThrow().levelIn(year).orElse(null);
    }

    private String nameOf(String branchCode) {
        return registry.organizationByCode(branchCode).orElseThrow().getName();
    }

    private static void refused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refused.class,
                refused -> assertThat(refused.messageKey()).isEqualTo(messageKey));
    }

    private CurrentUser unitAccount(String unitCode) {
        long unit = registry.unitByCode(unitCode).orElseThrow().getId();
        return new CurrentUser(-3, unitCode.toLowerCase() + "-t", "党委", Role.UNIT_COMMITTEE, unit, null, false, false,
                true, null);
    }

    private CurrentUser branchAccount(String branchCode) {
        PartyOrganization branch = registry.organizationByCode(branchCode).orElseThrow();
        return new CurrentUser(-4, branchCode.toLowerCase() + "-t", "书记", Role.BRANCH_SECRETARY, branch.getUnitId(),
                branch.getId(), false, false, true, null);
    }

    private static CurrentUser someone(Role role) {
        return new CurrentUser(-2, "x-" + role, "某人", role, null, null, false, false, true, null);
    }

    /** The document as a reader sees it: each listing's heading and count, its branches, and their units. */
    record ReadBack(String text, List<String> headings, Map<String, Integer> counts,
                    Map<String, List<String>> listings, Map<String, String> unitsOf) {
    }

    private static final Pattern HEADING = Pattern.compile("^[一二三四五六七八九十]+、(.+)（(\\d+)个）$");

    static ReadBack readBack(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            List<String> headings = new ArrayList<>();
            Map<String, Integer> counts = new LinkedHashMap<>();
            Map<String, List<String>> listings = new LinkedHashMap<>();
            Map<String, String> unitsOf = new LinkedHashMap<>();
            String current = null;
            for (XWPFParagraph paragraph : document.getParagraphs()) {
                String line = paragraph.getText().strip();
                text.append(line).append('\n');
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    current = heading.group(1);
                    headings.add(current);
                    counts.put(current, Integer.valueOf(heading.group(2)));
                    listings.put(current, new ArrayList<>());
                } else if (current != null && line.contains("：")) {
                    String unit = line.substring(0, line.indexOf('：'));
                    Consumer<String> add = name -> {
                        listings.get(headings.get(headings.size() - 1)).add(name);
                        unitsOf.put(name, unit);
                    };
                    List.of(line.substring(line.indexOf('：') + 1).split("、")).forEach(add);
                } else {
                    current = null;
                }
            }
            return new ReadBack(text.toString(), headings, counts, listings, unitsOf);
        }
    }
}
