package org.xingping.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xingping.campaign.WorkingCalendar;
import org.xingping.decision.NoticeOutcome;
import org.xingping.decision.RatingDecisions;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Refused;
import org.xingping.platform.Role;
import org.xingping.platform.XingPingProperties;
import org.xingping.platform.files.FileRefused;
import org.xingping.support.XingPingTest;

/**
 * A notice running from today over confirmed results: objections received with receipts and
 * refused for every bad input with nothing half-stored, the committee's handling (assign, note,
 * hold, answer, the reply letter), the public pages without sign-in, and who may see what.
 */
@XingPingTest
@RecordApplicationEvents
class NoticeTests {

    static final int YEAR = 2044;
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Each test sends from its own addresses, so that the per-address limit is its own. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    ApplicationContext context;
    @Autowired
    PublicNotices notices;
    @Autowired
    Objections objections;
    @Autowired
    FormTokens tokens;
    @Autowired
    NoticeOutcome outcome;
    @Autowired
    RatingDecisions decisions;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationEvents events;
    @Autowired
    XingPingProperties properties;

    List<String> rated;
    final CurrentUser committee = NoticeFixtures.someone(Role.COMMITTEE_ADMINISTRATOR);
    final CurrentUser leader = NoticeFixtures.someone(Role.COMMITTEE_LEADER);

    @BeforeEach
    void noticeRunningFromToday() {
        rated = NoticeFixtures.confirmedResults(context, YEAR);
        NoticeFixtures.openFrom(context, YEAR, notices.today());
    }

    @Test
    void theNoticeRunsForTheStandardsWorkingDaysAndItsOutcomeSaysOpen() {
        PublicNotice notice = notices.require(YEAR);
        // The reference standard: five working days on the official calendar.
        assertThat(notice.endsOn()).isEqualTo(calendar.periodEnd(notice.startsOn(), 5));
        assertThat(notice.receivesObjectionsOn(notices.today())).isTrue();
        assertThat(notice.body()).contains("5个工作日").contains("真实姓名").contains("单位公章")
                .contains("中共驻马店市委直属机关工作委员会").contains("0396-2822222");
        assertThat(outcome.status(YEAR)).isEqualTo(NoticeOutcome.NoticeStatus.OPEN);
        assertThat(notices.units(YEAR)).flatExtracting(NoticedUnit::branches).extracting(NoticedBranch::branchCode)
                .as("the rated branches only").containsExactlyInAnyOrderElementsOf(rated);
        assertThat(notices.units(YEAR).get(0).branches().get(0).honourNames()).containsExactly("红旗党支部");
        assertThatThrownBy(() -> notices.open(YEAR, new PublicNotices.OpenNotice(notices.today(), "标题", "正文"), leader))
                .isInstanceOf(NoticeRefused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("publicNotice.alreadyOpened");
    }

    @Test
    void aDraftCountsWorkingDaysOverAHolidayAndDefaultsToTheNextWorkingDay() {
        // 2044-09-30 is a Friday; the period counts only working days from it.
        NoticeDraft draft = notices.draft(YEAR, LocalDate.of(2044, 9, 30), "", committee);
        assertThat(draft.endsOn()).isEqualTo(calendar.periodEnd(draft.startsOn(), 5)).isAfter(draft.startsOn().plusDays(5));
        NoticeDraft plain = notices.draft(YEAR, null, "", committee);
        assertThat(plain.startsOn()).isEqualTo(calendar.plusWorkingDays(notices.today(), 1));
        assertThatThrownBy(() -> notices.draft(YEAR, null, "", NoticeFixtures.someone(Role.UNIT_COMMITTEE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anObjectionIsReceivedWithAReceiptNumberAndItsFiles() {
        Filing filing = filing(rated.get(2)).attach("现场照片.png", Filing.PNG);
        filing.fromUnit = true;
        filing.unit = "某某局机关党委";
        filing.seal = Filing.file("公章.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x20, 1, 2});
        Objection objection = objections.receive(YEAR, filing.submission());

        assertThat(objection.receipt()).matches("YY2044-\\d{4}");
        assertThat(objection.status()).isEqualTo(ObjectionStatus.RECEIVED);
        assertThat(objection.objectorUnit()).isEqualTo("某某局机关党委");
        assertThat(objections.files(YEAR, objection.id(), committee)).extracting(Objection.File::kind, Objection.File::fileName)
                .containsExactly(tuple("SEAL", "公章.jpg"),
                        tuple("ATTACHMENT", "现场照片.png"));
        assertThat(objections.steps(YEAR, objection.id(), committee)).extracting(Objection.Step::step).containsExactly("RECEIVED");
        assertThat(events.stream(ObjectionReceived.class)).anyMatch(e -> e.receipt().equals(objection.receipt()));
        assertThat(auditEvents(objection.receipt())).isEqualTo(1);
    }

    @Test
    void anObjectionInWritingIsRegisteredOnTheDayItCameWithinThePeriodByTheCommitteeOnly() {
        LocalDate today = notices.today();
        ObjectionSubmission letter = filing(rated.get(0)).with(f -> f.token = null).submission();
        Objection registered = objections.register(YEAR, today, letter, committee);
        assertThat(registered.receipt()).startsWith("YY2044-");
        assertThat(objections.steps(YEAR, registered.id(), committee)).extracting(Objection.Step::step)
                .containsExactly("REGISTERED");

        long before = jdbc.sql("select count(*) from objection").query(Long.class).single();
        assertThatThrownBy(() -> objections.register(YEAR, today.plusDays(1), letter, committee))
                .isInstanceOfSatisfying(NoticeRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("objection.letterDay"));
        assertThatThrownBy(() -> objections.register(YEAR, today.minusYears(1), letter, committee))
                .isInstanceOfSatisfying(NoticeRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("objection.letterDay"));
        assertThatThrownBy(() -> objections.register(YEAR, today, filing(rated.get(0)).with(f -> f.facts = " ").submission(), committee))
                .isInstanceOfSatisfying(NoticeRefused.class, refused -> assertThat(refused.messageKey()).isEqualTo("objection.factsRequired"));
        for (Role role : List.of(Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY, Role.OBSERVER, Role.SYSTEM_ADMINISTRATOR)) {
            assertThatThrownBy(() -> objections.register(YEAR, today, letter, NoticeFixtures.someone(role)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.sql("select count(*) from objection").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void refusesAnObjectionWithoutNamePhoneOrFactsAndNothingIsStored() {
        long before = objectionRows();
        assertRefused(filing(rated.get(0)).with(f -> f.name = " "), "objection.nameRequired");
        assertRefused(filing(rated.get(0)).with(f -> f.phone = ""), "objection.phoneRequired");
        assertRefused(filing(rated.get(0)).with(f -> f.phone = "12345"), "objection.phoneInvalid");
        assertRefused(filing(rated.get(0)).with(f -> f.phone = "2822222"), "objection.phoneInvalid");
        assertRefused(filing(rated.get(0)).with(f -> f.facts = "\n "), "objection.factsRequired");
        assertRefused(filing(rated.get(0)).with(f -> f.facts = "长".repeat(Objections.MAX_FACTS + 1)),
                "objection.factsTooLong");
        assertRefused(filing(rated.get(0)).with(f -> f.branch = "nobody"), "objection.branchNotListed");
        assertRefused(filing(rated.get(0)).with(f -> {
            f.fromUnit = true;
            f.unit = "某某局机关党委";
        }), "objection.sealRequired");
        assertThat(objectionRows()).isEqualTo(before);
        // A landline with its area code and a mobile with +86 are both numbers to call back.
        assertThat(objections.receive(YEAR, filing(rated.get(0)).with(f -> f.phone = "0396-2822222").submission()).phone())
                .isEqualTo("0396-2822222");
        assertThat(objections.receive(YEAR, filing(rated.get(0)).with(f -> f.phone = "+86 138 3961 2345").submission())
                .phone()).isEqualTo("13839612345");
    }

    @Test
    void refusesAnOversizedOrDisguisedAttachmentAndRemovesTheFilesAlreadyStored() throws IOException {
        long before = objectionRows();
        long stored = storedFiles();
        Filing disguised = filing(rated.get(1)).attach("照片.png", Filing.PNG).attach("照片2.jpg", Filing.EXE);
        assertThatThrownBy(() -> objections.receive(YEAR, disguised.submission())).isInstanceOf(FileRefused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("file.wrongType");
        byte[] large = new byte[(int) Objections.MAX_FILE_BYTES + 1];
        System.arraycopy(Filing.PNG, 0, large, 0, Filing.PNG.length);
        Filing oversized = filing(rated.get(1)).attach("大图.png", large);
        assertThatThrownBy(() -> objections.receive(YEAR, oversized.submission())).isInstanceOf(FileRefused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("file.tooLarge");
        Filing sealDisguised = filing(rated.get(1)).with(f -> {
            f.fromUnit = true;
            f.unit = "某单位";
            f.seal = Filing.file("公章.jpg", Filing.EXE);
        });
        assertThatThrownBy(() -> objections.receive(YEAR, sealDisguised.submission())).isInstanceOf(FileRefused.class);
        assertThat(objectionRows()).as("no objection half-stored").isEqualTo(before);
        assertThat(storedFiles()).as("the PNG stored before the disguised file was removed").isEqualTo(stored);
        // The token of a refused objection was not used up: the person corrects and sends again.
        disguised.attachments.remove(1);
        assertThat(objections.receive(YEAR, disguised.submission()).receipt()).startsWith("YY2044-");
    }

    @Test
    void refusesTheFourthObjectionFromOneAddressWithinTheHour() {
        String address = address();
        for (int i = 0; i < Objections.RATE_LIMIT; i++) {
            objections.receive(YEAR, filing(rated.get(i)).with(f -> f.address = address).submission());
        }
        assertRefused(filing(rated.get(3)).with(f -> f.address = address), "objection.tooMany");
        assertThat(objections.receive(YEAR, filing(rated.get(3)).submission()).receipt())
                .as("another address still may").startsWith("YY2044-");
    }

    @Test
    void refusesAFormSentTooFastTooLateTwiceForgedOrWithTheHiddenFieldFilled() {
        assertRefused(filing(rated.get(0)).with(f -> f.token = tokens.issue(YEAR)), "objection.token.tooFast");
        assertRefused(filing(rated.get(0)).with(f -> f.token = tokens.issue(YEAR, Instant.now().minusSeconds(5 * 3600))),
                "objection.token.expired");
        assertRefused(filing(rated.get(0)).with(f -> f.token = tokens.issue(YEAR + 1, Instant.now().minusSeconds(60))),
                "objection.token.invalid");
        String token = tokens.issue(YEAR, Instant.now().minusSeconds(60));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + (Long.parseLong(parts[1]) - 1) + "." + parts[2] + "." + parts[3];
        assertRefused(filing(rated.get(0)).with(f -> f.token = forged), "objection.token.invalid");
        assertRefused(filing(rated.get(0)).with(f -> f.token = null), "objection.token.invalid");
        assertRefused(filing(rated.get(0)).with(f -> f.honeypot = "http://spam.example"), "objection.automated");
        objections.receive(YEAR, filing(rated.get(0)).with(f -> f.token = token).submission());
        assertRefused(filing(rated.get(0)).with(f -> f.token = token), "objection.token.used");
    }

    @Test
    void theCommitteeAssignsInvestigatesHoldsAndRejectsReleasingTheHold() throws IOException {
        String branch = rated.get(4);
        Objection objection = objections.receive(YEAR, filing(branch).submission());
        objections.assign(YEAR, objection.id(), NoticeFixtures.committeeAccount(context), committee);
        assertThatThrownBy(() -> objections.assign(YEAR, objection.id(), "x-nobody", committee))
                .isInstanceOf(NoticeRefused.class);
        objections.note(YEAR, objection.id(), "已电话联系反映人，调阅会议记录。", committee);
        assertThatThrownBy(() -> objections.note(YEAR, objection.id(), " ", committee)).isInstanceOf(NoticeRefused.class);
        objections.hold(YEAR, objection.id(), leader);
        assertThat(outcome.branchesOnHold(YEAR)).contains(branch);
        assertThat(notices.units(YEAR)).flatExtracting(NoticedUnit::branches)
                .filteredOn(b -> b.branchCode().equals(branch)).extracting(NoticedBranch::held).containsExactly(true);

        assertThatThrownBy(() -> objections.answer(YEAR, objection.id(), Objections.Outcome.REJECT, "  ", committee))
                .isInstanceOf(NoticeRefused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("objection.answerRequired");
        assertThat(objections.get(YEAR, objection.id(), committee).status()).isEqualTo(ObjectionStatus.INVESTIGATING);
        objections.answer(YEAR, objection.id(), Objections.Outcome.REJECT,
                "经调阅支部会议记录并走访党员，该支部按期召开了支部党员大会，反映问题不属实。", committee);

        Objection answered = objections.get(YEAR, objection.id(), committee);
        assertThat(answered.status()).isEqualTo(ObjectionStatus.REJECTED);
        assertThat(answered.assignee()).isEqualTo(NoticeFixtures.COMMITTEE_ACCOUNT);
        assertThat(outcome.branchesOnHold(YEAR)).doesNotContain(branch);
        assertThat(objections.steps(YEAR, objection.id(), committee)).extracting(Objection.Step::step)
                .containsExactly("RECEIVED", "ASSIGNED", "NOTE", "HOLD", "REJECTED");
        assertThatThrownBy(() -> objections.answer(YEAR, objection.id(), Objections.Outcome.UPHOLD, "改判", committee))
                .isInstanceOf(NoticeRefused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("objection.alreadyAnswered");

        try (XWPFDocument letter = new XWPFDocument(new ByteArrayInputStream(
                objections.replyLetter(YEAR, objection.id(), committee)));
                XWPFWordExtractor text = new XWPFWordExtractor(letter)) {
            assertThat(text.getText()).contains("答复函").contains(answered.receipt()).contains("王建国同志")
                    .contains("反映问题不属实").contains("异议不成立").contains("中共驻马店市委直属机关工作委员会");
        }
    }

    @Test
    void anUpheldObjectionSendsTheBranchBackToTheDecision() {
        String branch = rated.get(5);
        Objection objection = objections.receive(YEAR, filing(branch).submission());
        objections.hold(YEAR, objection.id(), committee);
        objections.answer(YEAR, objection.id(), Objections.Outcome.UPHOLD, "经核实，该支部存在反映的问题，退回重新评定。",
                leader);
        assertThat(decisions.confirmedResults(YEAR)).filteredOn(b -> b.branchCode().equals(branch))
                .extracting(b -> b.reopened()).containsExactly(true);
        assertThat(events.stream(ObjectionUpheld.class)).anyMatch(e -> e.branchCode().equals(branch)
                && e.receipt().equals(objection.receipt()));
        assertThat(notices.units(YEAR)).flatExtracting(NoticedUnit::branches)
                .filteredOn(b -> b.branchCode().equals(branch)).extracting(NoticedBranch::held)
                .as("shown as 暂缓 while the committee decides it again").containsExactly(true);
        // A second objection upheld on the same branch answers without sending it back twice.
        Objection second = objections.receive(YEAR, filing(branch).submission());
        objections.answer(YEAR, second.id(), Objections.Outcome.UPHOLD, "同上。", committee);
        assertThat(objections.get(YEAR, second.id(), committee).status()).isEqualTo(ObjectionStatus.UPHELD);
    }

    @Test
    void anAnonymousVisitorReadsTheNoticeAndObjectsOnTheFormWithoutScripts() throws Exception {
        mvc.perform(get("/public/notice/" + YEAR)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(notices.require(YEAR).title())))
                .andExpect(content().string(Matchers.containsString("红旗党支部")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script"))));
        mvc.perform(get("/public/notice/" + YEAR + "/objection")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("name=\"token\"")))
                .andExpect(content().string(Matchers.containsString("name=\"website\"")));

        String token = tokens.issue(YEAR, Instant.now().minusSeconds(40));
        mvc.perform(multipart("/public/notice/" + YEAR + "/objection")
                        .file(new MockMultipartFile("attachments", "记录.png", "image/png", Filing.PNG))
                        .file(new MockMultipartFile("seal", "", "application/octet-stream", new byte[0]))
                        .param("name", "李四").param("phone", "13912345678").param("branchCode", rated.get(6))
                        .param("facts", "该支部主题党日活动记录不实。").param("token", token).param("website", "")
                        .with(csrf()).with(from(address())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/public/notice/" + YEAR + "/receipt"))
                .andExpect(flash().attribute("receipt", Matchers.startsWith("YY2044-")));

        // A refused objection comes back with what was typed and the reason, and a fresh token.
        mvc.perform(multipart("/public/notice/" + YEAR + "/objection")
                        .file(new MockMultipartFile("attachments", "木马.jpg", "image/jpeg", Filing.EXE))
                        .param("name", "李四").param("phone", "13912345678").param("branchCode", rated.get(6))
                        .param("facts", "该支部主题党日活动记录不实。")
                        .param("token", tokens.issue(YEAR, Instant.now().minusSeconds(40)))
                        .with(csrf()).with(from(address())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("该支部主题党日活动记录不实。")))
                .andExpect(content().string(Matchers.containsString("木马.jpg")));
        mvc.perform(multipart("/public/notice/" + YEAR + "/objection").param("name", "").param("phone", "139")
                        .param("branchCode", rated.get(6)).param("facts", "x")
                        .param("token", tokens.issue(YEAR, Instant.now().minusSeconds(40)))
                        .with(csrf()).with(from(address())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("请填写真实姓名")));
        mvc.perform(get("/public/notice/" + YEAR + "/receipt")).andExpect(redirectedUrl("/public/notice/" + YEAR));
        mvc.perform(get("/public/notice/2099")).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheCommitteeReachesTheNoticeAndTheObjections() throws Exception {
        Objection objection = objections.receive(YEAR, filing(rated.get(7)).submission());
        String inbox = "/notice/" + YEAR + "/objections";
        String one = inbox + "/" + objection.id();
        mvc.perform(get(inbox)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get(one)).andExpect(status().is3xxRedirection());
        for (Role role : Set.of(Role.UNIT_COMMITTEE, Role.BRANCH_SECRETARY, Role.OBSERVER, Role.GROUP_LEADER,
                Role.SYSTEM_ADMINISTRATOR)) {
            CurrentUser someone = NoticeFixtures.someone(role);
            mvc.perform(get(inbox).with(user(someone))).andExpect(status().isForbidden());
            mvc.perform(get(one).with(user(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/notice/" + YEAR).with(user(someone))).andExpect(status().isForbidden());
            mvc.perform(post(one + "/answer").with(csrf()).with(user(someone)).param("outcome", "REJECT")
                    .param("answer", "不成立")).andExpect(status().isForbidden());
            mvc.perform(post("/notice/" + YEAR + "/close").with(csrf()).with(user(someone)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/public/notice/" + YEAR).with(user(someone))).andExpect(status().isOk());
            assertThatThrownBy(() -> objections.list(YEAR, null, someone)).isInstanceOf(AccessDeniedException.class);
        }
        for (CurrentUser member : List.of(committee, leader)) {
            mvc.perform(get(inbox).with(user(member))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(objection.receipt())));
            mvc.perform(get(inbox).param("status", "RECEIVED").with(user(member))).andExpect(status().isOk());
            mvc.perform(get(one).with(user(member))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(objection.facts())));
            mvc.perform(get("/notice/" + YEAR).with(user(member))).andExpect(status().isOk());
        }
        mvc.perform(post(one + "/answer").with(csrf()).with(user(committee)).param("outcome", "REJECT").param("answer", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "请填写答复内容"));
        mvc.perform(post(one + "/answer").with(csrf()).with(user(committee)).param("outcome", "REJECT")
                        .param("answer", "经核实，反映问题不属实。"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(get(one + "/letter").with(user(leader))).andExpect(status().isOk())
                .andExpect(content().contentType(DOCX));
    }

    private Filing filing(String branch) {
        return new Filing(tokens, YEAR, branch, address());
    }

    private static String address() {
        return "10.44." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void assertRefused(Filing filing, String messageKey) {
        assertThatThrownBy(() -> objections.receive(YEAR, filing.submission())).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo(messageKey);
    }

    private long objectionRows() {
        return jdbc.sql("select count(*) from objection").query(Long.class).single()
                + jdbc.sql("select count(*) from objection_file").query(Long.class).single();
    }

    private long auditEvents(String receipt) {
        return jdbc.sql("select count(*) from audit_event where subject_type = 'Objection' and subject_id = :r")
                .param("r", receipt).query(Long.class).single();
    }

    private long storedFiles() throws IOException {
        Path root = properties.dataDir().resolve("files");
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
