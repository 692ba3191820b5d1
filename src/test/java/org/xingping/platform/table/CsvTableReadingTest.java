package org.xingping.platform.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.xingping.platform.table.TableFixtures.CHINESE_HEADER;
import static org.xingping.platform.table.TableFixtures.ENGLISH_HEADER;
import static org.xingping.platform.table.TableFixtures.gb18030;
import static org.xingping.platform.table.TableFixtures.read;
import static org.xingping.platform.table.TableFixtures.refusal;
import static org.xingping.platform.table.TableFixtures.utf8;
import static org.xingping.platform.table.TableFixtures.utf8WithBom;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableReadingTest {

    private static final String BRANCH = "U001-B01,U001,U001-P,党支部,市纪委监委机关第1党支部,毛强桂,13,4,否";
    private static final String COMMITTEE = "U001-P,U001,,机关党委,市纪委监委机关党委,龚秀,,,";

    @Test
    void readsUtf8CsvWithEnglishHeaders() {
        List<TableRow> rows = read("organizations.csv", utf8(ENGLISH_HEADER + "\n" + COMMITTEE + "\n" + BRANCH + "\n"));

        assertThat(rows).extracting(TableRow::line).containsExactly(2, 3);
        TableRow branch = rows.get(1);
        assertThat(branch.get("code")).isEqualTo("U001-B01");
        assertThat(branch.get("parent_code")).isEqualTo("U001-P");
        assertThat(branch.get("name")).isEqualTo("市纪委监委机关第1党支部");
        assertThat(branch.get("level_2020")).isEqualTo("4");
        assertThat(branch.get("red_flag_2020")).isEqualTo("否");
        assertThat(rows.get(0).get("parent_code")).isEmpty();
    }

    @Test
    void readsUtf8CsvWithByteOrderMark() {
        List<TableRow> rows = read("organizations.csv", utf8WithBom(ENGLISH_HEADER + "\r\n" + BRANCH + "\r\n"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("code")).isEqualTo("U001-B01");
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void readsGb18030CsvWithChineseHeaders() {
        List<TableRow> rows = read("党组织.csv", gb18030(CHINESE_HEADER + "\r\n" + BRANCH + "\r\n"));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.cells()).containsOnlyKeys(ENGLISH_HEADER.split(","));
            assertThat(row.get("type")).isEqualTo("党支部");
            assertThat(row.get("secretary")).isEqualTo("毛强桂");
            assertThat(row.get("level_2020")).isEqualTo("4");
        });
    }

    @Test
    void readsMixedHeadersInAnyCaseAndWithBracketedNames() {
        String header = "编码, UNIT_CODE ,上级组织编码（parent_code）,type(类型),Name,书记【secretary】,党员数,星级_2020,Red Flag 2020";

        List<TableRow> rows = read("organizations.csv", utf8(header + "\n" + BRANCH + "\n"));

        assertThat(rows.get(0).cells()).containsOnlyKeys(ENGLISH_HEADER.split(","));
        assertThat(rows.get(0).get("unit_code")).isEqualTo("U001");
        assertThat(rows.get(0).get("red_flag_2020")).isEqualTo("否");
    }

    @Test
    void ignoresUnknownColumns() {
        List<TableRow> rows = read("organizations.csv", utf8(ENGLISH_HEADER + ",备注\n" + BRANCH + ",新成立\n"));

        assertThat(rows.get(0).cells()).doesNotContainKey("备注").hasSize(9);
    }

    @Test
    void trimsValuesButKeepsTheCellAsWritten() {
        List<TableRow> rows = read("organizations.csv",
                utf8(ENGLISH_HEADER + "\n U001-B01\u3000,U001,U001-P,党支部,\u00A0第1党支部 ,毛强桂,13,4,否\n"));

        assertThat(rows.get(0).get("code")).isEqualTo("U001-B01");
        assertThat(rows.get(0).get("name")).isEqualTo("第1党支部");
        assertThat(rows.get(0).cells().get("code")).isEqualTo(" U001-B01\u3000");
    }

    @Test
    void answersEmptyForAbsentOptionalColumns() {
        List<TableRow> rows = read("organizations.csv", utf8("code,unit_code,type,name\nU001-P,U001,机关党委,机关党委\n"));

        assertThat(rows.get(0).get("members")).isEmpty();
        assertThat(rows.get(0).cells()).doesNotContainKey("members");
        assertThat(rows.get(0).family("level")).isEmpty();
    }

    @Test
    void refusesFileWithoutRequiredHeader() {
        TableRefused refused = refusal("organizations.csv", utf8("code,parent_code,type,名称\nU001-P,,机关党委,机关党委\n"));

        assertThat(refused.problems()).extracting(TableProblem::line, TableProblem::column)
                .containsExactly(tuple(1, "unit_code"));
        assertThat(refused.getMessage()).isEqualTo(
                "organizations.csv 第1行 unit_code（单位编码）：表头缺少必填列，应有一列名为“单位编码”或“unit_code”");
    }

    @Test
    void refusesDuplicateHeaderEvenWhenNamedInBothLanguages() {
        TableRefused refused = refusal("organizations.csv",
                utf8("code,unit_code,type,name,编码,2020年星级,level_2020\nU001-P,U001,机关党委,机关党委,U001-P,,\n"));

        assertThat(refused.problems()).extracting(TableProblem::line, TableProblem::column)
                .containsExactly(tuple(1, "code"), tuple(1, "level_2020"));
        assertThat(refused.problems().get(0).describe())
                .isEqualTo("organizations.csv 第1行 code（编码）：表头重复：第1列“code”和第5列“编码”是同一列");
    }

    @Test
    void countsLinesOfQuotedMultiLineFields() {
        String csv = ENGLISH_HEADER + "\r\n"
                + "U001-P,U001,,机关党委,\"市纪委监委\r\n机关党委\",龚秀,,,\r\n"
                + "U001-B01,U001,U001-P,党支部,\"第1党支部，又称\"\"一支部\"\"\n（试点）\n\",毛强桂,13,4,否\r\n"
                + "U001-B02,U001,U001-P,党支部,第2党支部,姜浩,44,3,否\r\n";

        List<TableRow> rows = read("organizations.csv", utf8(csv));

        assertThat(rows).extracting(TableRow::line).containsExactly(2, 4, 7);
        assertThat(rows.get(0).get("name")).isEqualTo("市纪委监委\n机关党委");
        assertThat(rows.get(1).get("name")).isEqualTo("第1党支部，又称\"一支部\"\n（试点）");
        assertThat(rows.get(2).get("secretary")).isEqualTo("姜浩");
    }

    @Test
    void readsQuotedCommasAndLastLineWithoutLineBreak() {
        List<TableRow> rows = read("organizations.csv",
                utf8(ENGLISH_HEADER + "\nU001-B01,U001,U001-P,党支部,\"第1党支部, 机关\",\"毛强桂\",13,4,否"));

        assertThat(rows.get(0).get("name")).isEqualTo("第1党支部, 机关");
        assertThat(rows.get(0).get("red_flag_2020")).isEqualTo("否");
    }

    @Test
    void skipsBlankLinesAndKeepsPhysicalLineNumbers() {
        String csv = "\n" + ENGLISH_HEADER + "\n\n" + COMMITTEE + "\n,,,,,,,,\n  ,\t,\n\n" + BRANCH + "\n\n\n";

        List<TableRow> rows = read("organizations.csv", utf8(csv));

        assertThat(rows).extracting(TableRow::line).containsExactly(4, 8);
    }

    @Test
    void treatsMissingTrailingCellsAsEmpty() {
        List<TableRow> rows = read("organizations.csv", utf8(ENGLISH_HEADER + "\nU001-P,U001,,机关党委,机关党委\n"));

        assertThat(rows.get(0).get("secretary")).isEmpty();
        assertThat(rows.get(0).cells()).containsEntry("level_2020", "");
    }

    @Test
    void ignoresEmptyCellsBeyondTheHeader() {
        List<TableRow> rows = read("organizations.csv", utf8(ENGLISH_HEADER + "\n" + BRANCH + ",,, \n"));

        assertThat(rows).hasSize(1);
    }

    @Test
    void refusesEveryRowWithContentBeyondTheHeader() {
        String csv = ENGLISH_HEADER + "\n" + BRANCH + ",多余\n" + COMMITTEE + "\n" + BRANCH + ",,又多一列\n";

        TableRefused refused = refusal("organizations.csv", utf8(csv));

        assertThat(refused.problems()).extracting(TableProblem::describe).containsExactly(
                "organizations.csv 第2行：第10列有内容“多余”，但表头没有这一列（表头只到第9列）",
                "organizations.csv 第4行：第11列有内容“又多一列”，但表头没有这一列（表头只到第9列）");
    }

    @Test
    void refusesUnclosedQuoteAtTheLineWhereItOpens() {
        String csv = ENGLISH_HEADER + "\n" + BRANCH + "\nU001-B02,U001,U001-P,党支部,\"第2党支部,姜浩,44,3,否\n" + BRANCH + "\n";

        TableRefused refused = refusal("organizations.csv", utf8(csv));

        assertThat(refused.problems()).extracting(TableProblem::line).containsExactly(3);
        assertThat(refused.getMessage()).contains("引号没有闭合");
    }

    @Test
    void refusesEmptyFile() {
        assertThat(refusal("organizations.csv", new byte[0]).getMessage()).isEqualTo("organizations.csv：文件为空");
        assertThat(refusal("organizations.csv", utf8WithBom("")).getMessage()).isEqualTo("organizations.csv：文件为空");
        assertThat(refusal("organizations.csv", utf8("\r\n,,,\r\n")).getMessage()).isEqualTo("organizations.csv：文件为空");
    }

    @Test
    void refusesHeaderWithoutDataRows() {
        TableRefused refused = refusal("organizations.csv", utf8(ENGLISH_HEADER + "\n,,,\n\n"));

        assertThat(refused.problems()).singleElement()
                .isEqualTo(new TableProblem("organizations.csv", 0, null, "文件没有数据行"));
    }
}
