package org.xingping.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.campaign.CampaignManagement;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.decision.DecisionFixtures;
import org.xingping.decision.DecisionFixtures.Recorded;
import org.xingping.declaration.Declaration;
import org.xingping.declaration.DeclarationManagement;
import org.xingping.declaration.SubmissionRefused;
import org.xingping.platform.AppSettings;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.UserAccountManagement;
import org.xingping.platform.UserAccountManagement.NewAccount;
import org.xingping.rectification.RectificationEvents.RectificationTaskOpened;
import org.xingping.rectification.RectificationEvents.RectificationVerified;
import org.xingping.rectification.RectificationTask.Severity;
import org.xingping.rectification.RectificationTask.Status;
import org.xingping.scoring.Finding;
import org.xingping.scoring.PastProblems;
import org.xingping.standard.DeclarationKind;
import org.xingping.support.TravellingClock;
import org.xingping.support.XingPingTest;

/**
 * Problems recorded on the sheets of a scored campaign become tasks once; the owner answers with
 * evidence; someone else verifies; every bad input of issue 8 is refused with its reason, for every
 * role; overdue tasks are reminded and escalated once; the ledger counts, filters and exports in
 * each account's scope; and next year an open serious task blocks the branch's promotion.
 */
@XingPingTest
@RecordApplicationEvents
class RectificationTests {

    static final int YEAR = 2060;
    static final int NEXT = 2061;
    static final byte[] PDF = "%PDF-1.4\n% 整改佐证\n".getBytes(StandardCharsets.UTF_8);
    static final String MINOR_TEXT = "三会一课记录不完整（测试）";
    static final String SERIOUS_TEXT = "组织生活会未按期召开（测试）";

    @Autowired
    ApplicationContext context;
    @Autowired
    RectificationTasks tasks;
    @Autowired
    RectificationLedger ledger;
    @Autowired
    RectificationNotifier notifier;
    @Autowired
    PastProblems pastProblems;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    TravellingClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;

    final CurrentUser committee = DecisionFixtures.STAFF;
    String item;
    String otherItem;


    @BeforeEach
    void scoredWithProblems() {
        // Items of the reference standard: 组织设置规范 and 按期换届.
        item = "A1";
        otherItem = "A2";
        DecisionFixtures.scoredCampaign(context, YEAR, target -> 0.9, List.of(
                Recorded.problem("U001-B01", item, Finding.Severity.MINOR, MINOR_TEXT),
                Recorded.problem("U001-B02", otherItem, Finding.Severity.SERIOUS, SERIOUS_TEXT),
                new Recorded("U001-B02", Finding.Kind.HIGHLIGHT, null, null, "主题党日有特色（测试）")));
    }

    @Test
    void aProblemOnAFinalisedSheetBecomesOneTaskOfItsBranchWithThirtyWorkingDays() {
        RectificationTask task = taskOf("U001-B01", MINOR_TEXT);
        assertThat(task.status()).isEqualTo(Status.OPEN);
        assertThat(task.source()).isEqualTo(RectificationTask.Source.SHEET);
        assertThat(task.itemCode()).isEqualTo(item);
        assertThat(task.severity()).isEqualTo(Severity.MINOR);
        assertThat(task.foundBy()).as("the observer's name").isNotBlank().isNotEqualTo("system");
        assertThat(task.deadline()).isEqualTo(calendar.plusWorkingDays(task.createdOn(), 30));
        // Highlights are not tasks; a second event for the branch opens nothing.
        assertThat(tasksOf("U001-B02")).extracting(RectificationTask::text).containsExactly(SERIOUS_TEXT);
        assertThat(tasks.openFromSheets(YEAR, "U001-B01")).isZero();
        assertThat(tasksOf("U001-B01")).hasSize(1);
        assertThat(tasks.history(task.id(), committee)).extracting(RectificationTask.Step::step).startsWith("OPENED");
    }

    @Test
    void theBranchAnswersWithEvidenceAndItsUnitVerifies() {
        long id = add("U003-B01", Severity.MINOR, "党员活动室制度未上墙（测试）");
        CurrentUser branch = branch("U003-B01");
        tasks.answer(id, "已制作制度牌并上墙", "已完成", List.of(pdf()), branch);
        assertThat(tasks.task(id, branch).status()).isEqualTo(Status.ANSWERED);
        RectificationTask closed = tasks.accept(id, unit("U003"));
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.verifiedBy()).isEqualTo("u003");
        assertThat(tasks.history(id, committee)).extracting(RectificationTask.Step::step)
                .containsExactly("OPENED", "ANSWERED", "ACCEPTED");
        assertThat(tasks.history(id, committee).get(1).evidence()).hasSize(1);
        assertThat(events.stream(RectificationVerified.class)).anyMatch(event -> event.taskId() == id);
        assertThat(events.stream(RectificationTaskOpened.class)).anyMatch(event -> event.taskId() == id);
        assertThat(jdbc.sql("select count(*) from audit_event where subject_type = 'RectificationTask' and subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aBranchAnsweringAnotherBranchsTaskIsRefusedAndSoAreOtherRoles() {
        long id = add("U003-B01", Severity.MODERATE, "发展党员程序不规范（测试）");
        assertRefused(() -> tasks.answer(id, "已整改", "", List.of(pdf()), branch("U003-B02")),
                "rectification.notYourTask");
        assertRefused(() -> tasks.answer(id, "已整改", "", List.of(), unit("U003")), "rectification.notYourTask");
        assertRefused(() -> tasks.answer(id, "已整改", "", List.of(), committee), "rectification.notYourTask");
        assertRefused(() -> tasks.answer(id, " ", "", List.of(), branch("U003-B01")), "rectification.answerInvalid");
        // A file named .pdf that is not a PDF is refused by its content, and nothing is answered.
        assertThatThrownBy(() -> tasks.answer(id, "已整改", "", List.of(new RectificationTasks.Upload("假.pdf",
                new ByteArrayInputStream("not a pdf".getBytes()))), branch("U003-B01")))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey()).isEqualTo("file.wrongType");
        assertThat(tasks.task(id, committee).status()).isEqualTo(Status.OPEN);
        // Reading: its branch and unit and the committee; not another branch or unit, not an observer.
        assertThatThrownBy(() -> tasks.task(id, branch("U003-B02"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.task(id, unit("U002"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tasks.task(id, DecisionFixtures.person("obs01", Role.OBSERVER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.task(id, unit("U003")).id()).isEqualTo(id);
    }

    @Test
    void verificationByTheOwnerOrWithoutEvidenceIsRefusedAndAReopenedTaskIsAnsweredAgain() {
        long id = add("U003-B02", Severity.MINOR, "支部台账缺少签字（测试）");
        CurrentUser branch = branch("U003-B02");
        assertRefused(() -> tasks.accept(id, unit("U003")), "rectification.notAnswered");
        tasks.answer(id, "已补签", "", List.of(), branch);
        assertRefused(() -> tasks.accept(id, branch), "rectification.ownerVerifies");
        assertRefused(() -> tasks.reopen(id, "不行", branch), "rectification.ownerVerifies");
        assertRefused(() -> tasks.accept(id, unit("U002")), "rectification.unitVerifies");
        assertRefused(() -> tasks.accept(id, unit("U003")), "rectification.noEvidence");
        assertRefused(() -> tasks.reopen(id, "  ", unit("U003")), "rectification.reasonMissing");
        RectificationTask reopened = tasks.reopen(id, "请补充签字页扫描件", unit("U003"));
        assertThat(reopened.status()).isEqualTo(Status.REOPENED);
        assertThat(reopened.reopenCount()).isEqualTo(1);
        tasks.answer(id, "已补签并扫描", "", List.of(pdf()), branch);
        assertThat(tasks.accept(id, unit("U003")).status()).isEqualTo(Status.CLOSED);
        assertRefused(() -> tasks.answer(id, "再答", "", List.of(), branch), "rectification.notAwaitingAnswer");
    }

    @Test
    void seriousProblemsAndUnitTasksAreVerifiedByTheCommittee() {
        long id = add("U003-B01", Severity.SERIOUS, "“三会一课”长期不落实（测试）");
        tasks.answer(id, "已建立制度并补课", "", List.of(pdf()), branch("U003-B01"));
        assertRefused(() -> tasks.accept(id, unit("U003")), "rectification.committeeVerifies");
        assertThat(tasks.accept(id, DecisionFixtures.LEADER).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aDeadlineBeforeTheTaskIsRefusedAndOneOnANonWorkingDayOnlyWhenConfirmed() {
        LocalDate today = tasks.today();
        assertRefused(() -> tasks.add(YEAR, "U003-B01", newTask(today.minusDays(1), false), committee),
                "rectification.deadlineBeforeCreation");
        LocalDate saturday = today.plusWeeks(2).with(DayOfWeek.SATURDAY);
        // A Saturday worked instead of a holiday (调休) would be a working day; find one that is not.
        while (calendar.isWorkingDay(saturday)) {
            saturday = saturday.plusWeeks(1);
        }
        LocalDate nonWorking = saturday;
        assertThatThrownBy(() -> tasks.add(YEAR, "U003-B01", newTask(nonWorking, false), committee))
                .isInstanceOf(DeadlineNeedsConfirmation.class);
        long id = tasks.add(YEAR, "U003-B01", newTask(nonWorking, true), committee);
        assertThat(tasks.task(id, committee).deadline()).isEqualTo(nonWorking);
        assertRefused(() -> tasks.add(YEAR, "U003-B01", new RectificationTasks.NewTask(null, Severity.MINOR, " ", null,
                false), committee), "rectification.textInvalid");
        assertRefused(() -> tasks.add(YEAR, "NOPE", newTask(null, false), committee), "rectification.noSuchBranch");
        assertThatThrownBy(() -> tasks.add(YEAR, "U003-B01", newTask(null, false), unit("U003")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCommitteeAssignsATaskToEveryBranchOfAUnit() {
        long branches = jdbc.sql("select count(*) from party_organization p join unit u on u.id = p.unit_id"
                + " where u.code = 'U004' and p.type = 'BRANCH'").query(Long.class).single();
        int opened = tasks.addForUnit(YEAR, "U004", new RectificationTasks.NewTask(null, Severity.MODERATE,
                "党费收缴台账不规范（批量测试）", null, false), committee);
        assertThat(opened).isEqualTo(branches).isPositive();
        assertThat(ledger.page(new RectificationLedger.Filter(YEAR, "U004", null, null, null, "批量测试"), committee,
                PageRequest.of(0, 100)).getTotalElements()).isEqualTo(branches);
    }

    @Test
    void anOverdueTaskIsRemindedOnceBeforeItsDeadlineAndEscalatedOnceAfterIt() {
        openAccounts();
        LocalDate today = tasks.today();
        LocalDate deadline = calendar.plusWorkingDays(today, 2);
        long id = tasks.add(YEAR, "U005-B01", newTask(deadline, false), committee);
        notifier.sweep(today);
        notifier.sweep(today);
        assertThat(notifications("t2060-u005-b01", "rectification:remind:" + id)).isEqualTo(1);
        assertThat(tasks.task(id, committee).remindedAt()).isNotNull();
        assertThat(tasks.task(id, committee).escalatedAt()).isNull();
        try {
            clock.travel(Duration.ofDays(ChronoUnit.DAYS.between(today, deadline) + 1));
            RectificationTask task = tasks.task(id, committee);
            assertThat(task.overdueOn(tasks.today())).isTrue();
            assertThat(task.status()).as("overdue is a flag, not a state").isEqualTo(Status.OPEN);
            notifier.sweep(tasks.today());
            notifier.sweep(tasks.today());
            assertThat(notifications("t2060-u005", "rectification:escalate:" + id)).isEqualTo(1);
            assertThat(notifications("t2060-gw", "rectification:escalate:" + id)).isEqualTo(1);
            assertThat(tasks.history(id, committee)).extracting(RectificationTask.Step::step)
                    .containsExactly("OPENED", "REMINDED", "ESCALATED");
            var filter = new RectificationLedger.Filter(YEAR, "U005", "OVERDUE", null, null, null);
            assertThat(ledger.page(filter, committee, PageRequest.of(0, 20)).getContent())
                    .extracting(RectificationTask::id).contains(id);
            assertThat(ledger.summary(filter, committee).all().overdue()).isPositive();
        } finally {
            clock.comeBack();
        }
    }

    @Test
    void theLedgerCountsAndExportsWhatEachAccountMaySee() throws Exception {
        add("U002-B01", Severity.MODERATE, "宣传栏内容陈旧（台账测试）");
        var all = new RectificationLedger.Filter(YEAR, null, null, null, null, null);
        long everything = ledger.summary(all, committee).all().total();
        var ofUnit = ledger.page(all, unit("U001"), PageRequest.of(0, 500));
        assertThat(ofUnit.getContent()).isNotEmpty().allMatch(task -> task.unitCode().equals("U001"));
        assertThat(ofUnit.getTotalElements()).isLessThan(everything);
        assertThat(ledger.page(all, branch("U001-B01"), PageRequest.of(0, 500)).getContent())
                .extracting(RectificationTask::branchCode).containsOnly("U001-B01");
        assertThat(ledger.page(all, DecisionFixtures.person("obs01", Role.OBSERVER), PageRequest.of(0, 500))
                .getTotalElements()).isZero();
        var summary = ledger.summary(all, committee);
        assertThat(summary.bySeverity()).extracting(RectificationLedger.Counts::total).asList()
                .contains(summary.bySeverity().stream().mapToLong(RectificationLedger.Counts::total).max().orElseThrow());
        assertThat(summary.byItem()).isNotEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ledger.export(all, unit("U001"), out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row header = book.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(header.getCell(11).getStringCellValue()).isEqualTo("状态");
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) ofUnit.getTotalElements());
        }
        // The pages: observers are kept out; a branch cannot open another branch's task.
        mvc.perform(get("/rectification/" + YEAR).with(user(DecisionFixtures.person("obs01", Role.OBSERVER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rectification/" + YEAR).with(user(unit("U001")))).andExpect(status().isOk());
        mvc.perform(get("/rectification/" + YEAR + "/export").with(user(committee))).andExpect(status().isOk());
        long other = taskOf("U001-B01", MINOR_TEXT).id();
        mvc.perform(get("/rectification/tasks/" + other).with(user(branch("U001-B02"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rectification/tasks/" + other).with(user(branch("U001-B01")))).andExpect(status().isOk());
    }

    @Test
    void theAnswerFormRefusesAnotherBranchWithItsReason() throws Exception {
        long id = add("U006-B01", Severity.MINOR, "表单测试问题（测试）");
        mvc.perform(multipart("/rectification/tasks/" + id + "/answer")
                        .file(new MockMultipartFile("evidence", "佐证.pdf", "application/pdf", PDF))
                        .param("measures", "已整改").with(user(branch("U006-B02"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashError"));
        mvc.perform(multipart("/rectification/tasks/" + id + "/answer")
                        .file(new MockMultipartFile("evidence", "佐证.pdf", "application/pdf", PDF))
                        .param("measures", "已整改").with(user(branch("U006-B01"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashSuccess"));
        assertThat(tasks.task(id, committee).status()).isEqualTo(Status.ANSWERED);
    }

    @Test
    void nextYearAnOpenSeriousTaskBlocksAPromotionAndObserversSeeThePastProblems() {
        RectificationTask serious = taskOf("U001-B02", SERIOUS_TEXT);
        assertThat(pastProblems.before(NEXT, "U001-B02")).extracting(PastProblems.PastProblem::text)
                .contains(SERIOUS_TEXT);
        assertThat(pastProblems.before(YEAR, "U001-B02")).as("not this year's own").isEmpty();
        CampaignManagement campaigns = context.getBean(CampaignManagement.class);
        RectificationFixtures.nextYearOpenForDeclarations(context, NEXT);
        AppSettings settings = context.getBean(AppSettings.class);
        int before = settings.campaignYear();
        DeclarationManagement declarations = context.getBean(DeclarationManagement.class);
        CurrentUser branch = branch("U001-B02");
        try {
            campaigns.makeCurrent(NEXT);
            int held = declarations.heldLevel(branch.organizationId().orElseThrow(), NEXT);
            Declaration declaration = declarations.mine(branch)
                    .orElseGet(() -> declarations.start(branch, DeclarationKind.PROMOTE, Math.min(5, held + 1)));
            assertThatThrownBy(() -> declarations.submit(declaration.getId(), branch))
                    .isInstanceOfSatisfying(SubmissionRefused.class, refused -> assertThat(refused.refusals())
                            .filteredOn(r -> r.messageKey().equals("policy.openSeriousRectification"))
                            .singleElement().satisfies(r -> assertThat(r.arguments()[0].toString())
                                    .contains(SERIOUS_TEXT).contains(otherItem).contains(String.valueOf(YEAR))));
            // Observers mark it as found again; once.
            pastProblems.markRecurring(NEXT, "U001-B02", serious.id(), "观摩员甲");
            assertThat(tasks.task(serious.id(), committee).recurringYear()).isEqualTo(NEXT);
            assertRefused(() -> pastProblems.markRecurring(NEXT, "U001-B01", serious.id(), "观摩员甲"),
                    "rectification.cannotMarkRecurring");
        } finally {
            campaigns.makeCurrent(before);
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private long add(String branchCode, Severity severity, String text) {
        return tasks.add(YEAR, branchCode, new RectificationTasks.NewTask(item, severity, text, null, false), committee);
    }

    private RectificationTasks.NewTask newTask(LocalDate deadline, boolean confirm) {
        return new RectificationTasks.NewTask(item, Severity.MINOR, "期限测试（测试）", deadline, confirm);
    }

    private List<RectificationTask> tasksOf(String branchCode) {
        return ledger.page(new RectificationLedger.Filter(YEAR, null, null, null, null, branchCode), committee,
                PageRequest.of(0, 100)).getContent().stream()
                .filter(task -> branchCode.equals(task.branchCode()) && task.source() == RectificationTask.Source.SHEET)
                .toList();
    }

    private RectificationTask taskOf(String branchCode, String text) {
        return tasksOf(branchCode).stream().filter(task -> task.text().equals(text)).findFirst().orElseThrow();
    }

    private RectificationTasks.Upload pdf() {
        return new RectificationTasks.Upload("整改佐证.pdf", new ByteArrayInputStream(PDF));
    }

    private CurrentUser branch(String code) {
        return jdbc.sql("select id, unit_id from party_organization where code = :code").param("code", code)
                .query((rs, n) -> new CurrentUser(-10 - rs.getLong("id"), code.toLowerCase(), code.toLowerCase(),
                        Role.BRANCH_SECRETARY, rs.getLong("unit_id"), rs.getLong("id"), false, false, true, null))
                .single();
    }

    private CurrentUser unit(String code) {
        return jdbc.sql("select id from unit where code = :code").param("code", code)
                .query((rs, n) -> new CurrentUser(-1000 - rs.getLong("id"), code.toLowerCase(), code.toLowerCase(),
                        Role.UNIT_COMMITTEE, rs.getLong("id"), null, false, false, true, null))
                .single();
    }

    /** Accounts that receive notifications: U005's committee, its first branch, and a 工委 staff member. */
    private void openAccounts() {
        long unit = unit("U005").unitId().orElseThrow();
        long branch = branch("U005-B01").organizationId().orElseThrow();
        context.getBean(UserAccountManagement.class).openAll(List.of(
                new NewAccount("t2060-u005", "U005 党委", Role.UNIT_COMMITTEE, unit, null),
                new NewAccount("t2060-u005-b01", "U005-B01 书记", Role.BRANCH_SECRETARY, unit, branch),
                new NewAccount("t2060-gw", "工委测试", Role.COMMITTEE_ADMINISTRATOR, null, null)).stream()
                .filter(account -> jdbc.sql("select count(*) from user_account where username = :name")
                        .param("name", account.username()).query(Long.class).single() == 0)
                .toList(), "Test@2060-pass");
    }

    private long notifications(String username, String dedupe) {
        return jdbc.sql("""
                        select count(*) from notification n join user_account a on a.id = n.user_id
                        where a.username = :name and n.dedupe_key = :dedupe""")
                .param("name", username).param("dedupe", dedupe).query(Long.class).single();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(RectificationRefused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo(key);
    }
}
