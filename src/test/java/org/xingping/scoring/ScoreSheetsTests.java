package org.xingping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.xingping.declaration.DeclarationFixtures;
import org.xingping.observation.ObservationFixtures;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Observer;
import org.xingping.observation.Visit;
import org.xingping.platform.CurrentUser;
import org.xingping.platform.Role;
import org.xingping.platform.files.FileRefused;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.support.XingPingTest;

/**
 * Score sheets as the observers fill them: every value checked by its item's rule and kept in the
 * append-only ledger; a change sent twice applied once; a change over a value another device
 * changed a conflict, never an overwrite; submitting, and changes after it with a reason; findings
 * and photos; and nobody but the sheet's observer, of the group that visits the branch and not
 * recused from it, reaching a sheet.
 */
@XingPingTest
class ScoreSheetsTests {

    static final int YEAR = 2041;

    @Autowired
    ApplicationContext context;
    @Autowired
    ScoreSheets sheets;
    @Autowired
    ObservationManagement observation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    RatingStandard standard;
    ObservationGroup group;
    CurrentUser leader;
    CurrentUser member;
    CurrentUser sameGroup;
    CurrentUser otherGroup;
    Visit visit;

    @BeforeEach
    void publishedPlan() {
        ObservationFixtures.publishedPlan(context, YEAR, Set.of("U001", "U002", "U004", "U005"));
        standard = sheets.standardOf(YEAR);
        List<ObservationGroup> groups = observation.groups(YEAR);
        group = groups.get(0);
        leader = account(group.leader());
        member = account(group.members().get(0));
        sameGroup = account(group.members().get(1));
        otherGroup = account(groups.get(1).members().get(0));
        visit = observation.itinerary(YEAR, member).orElseThrow().visits().stream()
                .filter(candidate -> !candidate.isBriefing() && !candidate.linking()).findFirst().orElseThrow();
    }

    @Test
    void anObserverScoresEveryItemSubmitsAndChangesWithAReasonAndTheLedgerKeepsItAll() {
        ScoreSheet sheet = sheets.open(YEAR, visit.branchCode(), leader);
        assertThat(sheet.status()).isEqualTo(SheetStatus.OPEN);
        assertThat(sheets.open(YEAR, visit.branchCode(), leader).id()).as("one sheet, opened again").isEqualTo(sheet.id());

        BigDecimal sum = BigDecimal.ZERO;
        SaveOutcome last = null;
        for (Item item : standard.items()) {
            last = sheets.enter(sheet.id(), change(item.code(), DeclarationFixtures.bestValue(item), 0, null), leader);
            assertThat(last.kind()).isEqualTo(SaveOutcome.Kind.SAVED);
            sum = sum.add(item.max());
        }
        assertThat(last.scored()).isEqualTo(standard.items().size());
        assertThat(last.total()).isEqualByComparingTo(sum);
        assertThat(sheets.engineTotal(sheets.sheet(sheet.id()))).isPresent();

        ScoreSheet submitted = sheets.submit(sheet.id(), leader);
        assertThat(submitted.status()).isEqualTo(SheetStatus.SUBMITTED);
        Item first = standard.items().get(0);
        assertThatThrownBy(() -> sheets.enter(sheet.id(), change(first.code(), worstValue(first), 1, " "), leader))
                .hasMessageContaining("scoring.reasonAfterSubmit");
        SaveOutcome changed = sheets.enter(sheet.id(), change(first.code(), worstValue(first), 1, "复核台账后更正"),
                leader);
        assertThat(changed.current().version()).isEqualTo(2);

        List<LedgerEntry> ledger = sheets.ledger(YEAR, visit.branchCode()).stream()
                .filter(entry -> entry.sheetId() == sheet.id()).toList();
        assertThat(ledger).hasSize(standard.items().size() + 1);
        assertThat(ledger.get(ledger.size() - 1)).satisfies(entry -> {
            assertThat(entry.oldValue()).isEqualTo(DeclarationFixtures.bestValue(first));
            assertThat(entry.newValue()).isEqualTo(worstValue(first));
            assertThat(entry.reason()).isEqualTo("复核台账后更正");
            assertThat(entry.enteredBy()).isEqualTo(leader.getUsername());
        });
    }

    @Test
    void aChangeSentTwiceIsAppliedOnce() {
        ScoreSheet sheet = sheets.open(YEAR, visit.branchCode(), member);
        Item item = standard.items().get(1);
        ValueChange change = change(item.code(), DeclarationFixtures.bestValue(item), version(sheet, item), null);
        SaveOutcome once = sheets.enter(sheet.id(), change, member);
        SaveOutcome twice = sheets.enter(sheet.id(), change, member);
        assertThat(twice.kind()).isEqualTo(SaveOutcome.Kind.ALREADY_SAVED);
        assertThat(twice.current()).isEqualTo(once.current());
        assertThat(ledgerRows(change.requestKey())).isEqualTo(1);
    }

    @Test
    void aChangeOverAValueAnotherDeviceChangedIsAConflictNotAnOverwrite() {
        ScoreSheet sheet = sheets.open(YEAR, visit.branchCode(), member);
        Item item = standard.items().get(2);
        int seen = version(sheet, item);
        SaveOutcome phone = sheets.enter(sheet.id(), change(item.code(), DeclarationFixtures.bestValue(item), seen,
                null), member);
        assertThat(phone.kind()).isEqualTo(SaveOutcome.Kind.SAVED);
        SaveOutcome tablet = sheets.enter(sheet.id(), change(item.code(), worstValue(item), seen, null), member);
        assertThat(tablet.kind()).isEqualTo(SaveOutcome.Kind.CONFLICT);
        assertThat(tablet.current().value()).isEqualTo(DeclarationFixtures.bestValue(item));
        assertThat(sheets.sheet(sheet.id()).value(item.code()).orElseThrow().value())
                .isEqualTo(DeclarationFixtures.bestValue(item));
    }

    @Test
    void badValuesItemsKeysAndIncompleteSubmissionsAreRefusedAndNothingIsStored() {
        ScoreSheet sheet = sheets.open(YEAR, visit.branchCode(), member);
        Item item = standard.items().get(0);
        long before = ledgerRows(sheet.id());
        assertThatThrownBy(() -> sheets.enter(sheet.id(), change(item.code(), "一百", version(sheet, item), null), member))
                .isInstanceOf(ScoringRefused.class).hasMessageContaining("scoring.valueRefused");
        assertThatThrownBy(() -> sheets.enter(sheet.id(), change("Z99", "1", 0, null), member))
                .hasMessageContaining("scoring.unknownItem");
        assertThatThrownBy(() -> sheets.enter(sheet.id(), new ValueChange(item.code(), "1", 0, "x", null), member))
                .hasMessageContaining("scoring.badKey");
        ScoreSheet theirs = sheets.open(YEAR, visit.branchCode(), sameGroup);
        ValueChange used = change(item.code(), DeclarationFixtures.bestValue(item), version(theirs, item), "更正");
        sheets.enter(theirs.id(), used, sameGroup);
        assertThatThrownBy(() -> sheets.enter(sheet.id(), used, member)).hasMessageContaining("scoring.forgedKey");
        assertThat(ledgerRows(sheet.id())).isEqualTo(before);

        ScoreSheet fresh = sheets.open(YEAR, otherBranch(), member);
        assertThatThrownBy(() -> sheets.submit(fresh.id(), member)).hasMessageContaining("scoring.incomplete");
        assertThat(sheets.sheet(fresh.id()).status()).isEqualTo(SheetStatus.OPEN);
    }

    @Test
    void onlyTheGroupThatVisitsAndNeverARecusedMemberReachesASheet() {
        assertThatThrownBy(() -> sheets.open(YEAR, visit.branchCode(), otherGroup))
                .hasMessageContaining("scoring.notInPlan");
        ScoreSheet sheet = sheets.open(YEAR, visit.branchCode(), member);
        assertThatThrownBy(() -> sheets.mine(sheet.id(), sameGroup)).isInstanceOf(AccessDeniedException.class);
        Item item = standard.items().get(0);
        assertThatThrownBy(() -> sheets.enter(sheet.id(), change(item.code(), "1", 0, null), otherGroup))
                .isInstanceOf(AccessDeniedException.class);

        Observer recused = group.members().get(1);
        observation.recordRecusal(YEAR, recused.name(), visit.unitCode(), visit.branchCode(), "亲属在该支部");
        try {
            assertThatThrownBy(() -> sheets.open(YEAR, visit.branchCode(), account(recused)))
                    .hasMessageContaining("scoring.notInPlan");
        } finally {
            observation.removeRecusal(YEAR, recused.name(), visit.unitCode());
        }
    }

    @Test
    void theLedgerRefusesEveryUpdateAndDelete() {
        ScoreSheet sheet = sheets.open(YEAR, visit.branchCode(), member);
        Item item = standard.items().get(3);
        sheets.enter(sheet.id(), change(item.code(), worstValue(item), version(sheet, item), null), member);
        assertThatThrownBy(() -> jdbc.sql("update score_ledger set new_value = '9' where sheet_id = :id")
                .param("id", sheet.id()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("delete from score_ledger where sheet_id = :id")
                .param("id", sheet.id()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void problemsNameAnItemAndPhotosMustBeImagesOfAFewMegabytes() throws IOException {
        ScoreSheet sheet = sheets.open(YEAR, visit.branchCode(), member);
        assertThatThrownBy(() -> sheets.addFinding(sheet.id(), Finding.Kind.PROBLEM, null, Finding.Severity.MINOR,
                "台账不全", key(), member)).hasMessageContaining("scoring.problemNeedsItem");
        String findingKey = key();
        long problem = sheets.addFinding(sheet.id(), Finding.Kind.PROBLEM, standard.items().get(0).code(),
                Finding.Severity.MODERATE, "会议记录缺少 3 月份", findingKey, member);
        assertThat(sheets.addFinding(sheet.id(), Finding.Kind.PROBLEM, standard.items().get(0).code(),
                Finding.Severity.MODERATE, "会议记录缺少 3 月份", findingKey, member)).as("sent twice").isEqualTo(problem);

        long photo = sheets.addPhoto(sheet.id(), problem, "现场.png", new ByteArrayInputStream(png()), key(), member);
        assertThat(sheets.sheet(sheet.id()).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.photos()).extracting(Finding.Photo::id).containsExactly(photo));
        assertThatThrownBy(() -> sheets.addPhoto(sheet.id(), problem, "伪装.jpg",
                new ByteArrayInputStream("不是图片".getBytes()), key(), member)).isInstanceOf(FileRefused.class)
                .hasMessageContaining("file.wrongType");
        byte[] huge = new byte[(int) ScoreSheets.MAX_PHOTO_BYTES + 10];
        System.arraycopy(png(), 0, huge, 0, png().length);
        assertThatThrownBy(() -> sheets.addPhoto(sheet.id(), problem, "大.png", new ByteArrayInputStream(huge), key(),
                member)).hasMessageContaining("file.tooLarge");
        assertThat(sheets.sheet(sheet.id()).photos()).hasSize(1);
    }

    @Test
    void theSheetsScriptIsAnsweredWithJsonAndOnlyForTheSheetsObserver() throws Exception {
        ScoreSheet sheet = sheets.open(YEAR, visit.branchCode(), member);
        Item item = standard.items().get(4);
        String body = """
                {"itemCode": "%s", "value": "%s", "baseVersion": %d, "requestKey": "%s"}""";
        mvc.perform(post("/scoring/sheets/{id}/values", sheet.id()).with(csrf()).with(user(member))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(item.code(), "一百", version(sheet, item), key())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(item.code())));
        mvc.perform(post("/scoring/sheets/{id}/values", sheet.id()).with(csrf()).with(user(member))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(item.code(), DeclarationFixtures.bestValue(item), version(sheet, item), key())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("SAVED"));
        mvc.perform(post("/scoring/sheets/{id}/values", sheet.id()).with(csrf()).with(user(member))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(item.code(), worstValue(item), 0, key())))
                .andExpect(status().isConflict());
        mvc.perform(post("/scoring/sheets/{id}/values", sheet.id()).with(csrf()).with(user(sameGroup))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(item.code(), worstValue(item), 1, key())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/scoring/sheets/{id}", sheet.id()).with(user(member))).andExpect(status().isOk());
        mvc.perform(get("/scoring/sheets/{id}", sheet.id()).with(user(otherGroup))).andExpect(status().isForbidden());
        for (Role role : List.of(Role.BRANCH_SECRETARY, Role.UNIT_COMMITTEE, Role.COMMITTEE_ADMINISTRATOR)) {
            mvc.perform(get("/scoring/sheets/{id}", sheet.id()).with(user(new CurrentUser(-2, "x-" + role, "某人", role,
                    null, null, false, false, true, null)))).andExpect(status().isForbidden());
        }
    }

    // --- helpers ------------------------------------------------------------------------------------

    private CurrentUser account(Observer person) {
        return ScoringFixtures.account(observation, person);
    }

    private String otherBranch() {
        return observation.itinerary(YEAR, member).orElseThrow().visits().stream()
                .filter(candidate -> !candidate.isBriefing() && !candidate.branchCode().equals(visit.branchCode()))
                .findFirst().orElseThrow().branchCode();
    }

    private static int version(ScoreSheet sheet, Item item) {
        return sheet.value(item.code()).map(SheetValue::version).orElse(0);
    }

    /** What an observer enters for an item the branch does not meet at all. */
    private static String worstValue(Item item) {
        String best = DeclarationFixtures.bestValue(item);
        return switch (item.rule().kind()) {
            case "grade" -> item.rule() instanceof org.xingping.standard.ItemRule.Grade grade
                    ? List.copyOf(grade.grades().keySet()).get(grade.grades().size() - 1) : best;
            case "check" -> "否";
            case "deduct" -> "1";
            default -> "0";
        };
    }

    private static ValueChange change(String item, String value, int baseVersion, String reason) {
        return new ValueChange(item, value, baseVersion, key(), reason);
    }

    private static String key() {
        return ScoringFixtures.key();
    }

    private long ledgerRows(String requestKey) {
        return jdbc.sql("select count(*) from score_ledger where request_key = :key").param("key", requestKey)
                .query(Long.class).single();
    }

    private long ledgerRows(long sheetId) {
        return jdbc.sql("select count(*) from score_ledger where sheet_id = :id").param("id", sheetId)
                .query(Long.class).single();
    }

    private static byte[] png() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
