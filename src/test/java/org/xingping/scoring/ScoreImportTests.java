package org.xingping.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xingping.declaration.DeclarationFixtures;
import org.xingping.observation.ObservationFixtures;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.ObservationManagement;
import org.xingping.observation.Visit;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.support.XingPingTest;

/**
 * Paper sheets typed in as a scores table: they become submitted sheets with every value in the
 * ledger; a scorer outside the visiting group, an unknown item, a value the rule does not take,
 * an incomplete sheet or one typed in twice refuses the file whole.
 */
@XingPingTest
class ScoreImportTests {

    static final int YEAR = 2042;

    @Autowired
    ApplicationContext context;
    @Autowired
    ScoreImport scores;
    @Autowired
    ScoreSheets sheets;
    @Autowired
    ObservationManagement observation;
    @Autowired
    JdbcClient jdbc;

    RatingStandard standard;
    ObservationGroup group;
    ObservationGroup otherGroup;
    Visit visit;

    @BeforeEach
    void publishedPlan() {
        ObservationFixtures.publishedPlan(context, YEAR, Set.of("U001", "U002", "U004", "U005"));
        standard = sheets.standardOf(YEAR);
        group = observation.groups(YEAR).get(0);
        otherGroup = observation.groups(YEAR).get(1);
        List<Visit> visits = observation.plan(YEAR).orElseThrow().visits();
        // A branch only group 1 sees (no linking visit by group 2), so group 2's people are outsiders to it.
        visit = visits.stream()
                .filter(candidate -> candidate.group() == group.number() && !candidate.isBriefing()
                        && !candidate.linking())
                .filter(candidate -> visits.stream().noneMatch(other -> other.group() != group.number()
                        && candidate.branchCode().equals(other.branchCode())))
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void aFullPaperSheetBecomesASubmittedSheetWithItsValuesInTheLedger() {
        String scorer = group.leader().name();
        ScoreImport.Imported imported = scores.importFile(YEAR, "纸质评分.csv", csv(sheet(visit.branchCode(), scorer)),
                "gongwei", "纸质评分表录入");
        assertThat(imported.sheets()).isEqualTo(1);
        assertThat(imported.values()).isEqualTo(standard.items().size());
        ScoreSheet sheet = sheets.sheet(jdbc.sql("select max(id) from score_sheet").query(Long.class).single());
        assertThat(sheet.status()).isEqualTo(SheetStatus.SUBMITTED);
        assertThat(sheet.observerName()).isEqualTo(scorer);
        assertThat(sheet.values()).hasSize(standard.items().size());
        assertThat(sheets.ledger(YEAR, visit.branchCode())).filteredOn(entry -> entry.sheetId() == sheet.id())
                .hasSize(standard.items().size())
                .allSatisfy(entry -> assertThat(entry.reason()).isEqualTo("录入评分：纸质评分.csv"));

        assertThatThrownBy(() -> scores.importFile(YEAR, "again.csv", csv(sheet(visit.branchCode(), scorer)),
                "gongwei", null)).isInstanceOfSatisfying(TableRefused.class, refused -> assertThat(refused.problems())
                .extracting(TableProblem::describe).anySatisfy(p -> assertThat(p).contains("已经存在")));
    }

    @Test
    void aFileWithAnyBadRowIsRefusedWholeWithEveryProblem() {
        String member = group.members().get(1).name();
        String outsider = otherGroup.members().get(0).name();
        List<String> rows = new ArrayList<>(sheet(visit.branchCode(), member));
        rows.add(visit.branchCode() + "," + outsider + "," + standard.items().get(0).code() + ",1");
        rows.add(visit.branchCode() + ",无名氏," + standard.items().get(0).code() + ",1");
        rows.add(visit.branchCode() + "," + member + ",Z99,1");
        rows.add(visit.branchCode() + "," + group.members().get(0).name() + "," + standard.items().get(0).code()
                + ",一百");
        Item second = standard.items().get(1);
        rows.add(visit.branchCode() + "," + group.members().get(0).name() + "," + second.code() + ","
                + DeclarationFixtures.bestValue(second));
        long before = jdbc.sql("select count(*) from score_ledger").query(Long.class).single();

        assertThatThrownBy(() -> scores.importFile(YEAR, "bad.csv", csv(rows), "gongwei", null))
                .isInstanceOfSatisfying(TableRefused.class, refused -> assertThat(refused.problems())
                        .extracting(TableProblem::describe)
                        .anySatisfy(p -> assertThat(p).contains("不观摩支部 " + visit.branchCode()))
                        .anySatisfy(p -> assertThat(p).contains("无名氏", "不在"))
                        .anySatisfy(p -> assertThat(p).contains("Z99"))
                        .anySatisfy(p -> assertThat(p).contains("一百"))
                        .anySatisfy(p -> assertThat(p).contains("缺少项目")));
        assertThat(jdbc.sql("select count(*) from score_ledger").query(Long.class).single()).isEqualTo(before);
    }

    private List<String> sheet(String branch, String scorer) {
        List<String> rows = new ArrayList<>();
        rows.add("branch_code,scorer,item_code,value");
        for (Item item : standard.items()) {
            rows.add(branch + "," + scorer + "," + item.code() + "," + DeclarationFixtures.bestValue(item));
        }
        return rows;
    }

    private static ByteArrayInputStream csv(List<String> rows) {
        return new ByteArrayInputStream((String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
