package org.xingping.platform.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.xingping.platform.table.TableFixtures.ORGANIZATIONS;
import static org.xingping.platform.table.TableFixtures.englishHeader;
import static org.xingping.platform.table.TableFixtures.row;
import static org.xingping.platform.table.TableFixtures.xlsx;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xingping.platform.table.TableFixtures.Formula;

class TableProblemsTest {

    @Test
    void describesWhereAndWhyInChinese() {
        assertThat(new TableProblem("organizations.csv", 12, "parent_code", "上级组织 U999-P 不存在", "上级组织编码").describe())
                .isEqualTo("organizations.csv 第12行 parent_code（上级组织编码）：上级组织 U999-P 不存在");
        assertThat(new TableProblem("organizations.csv", 12, null, "这一行重复").describe())
                .isEqualTo("organizations.csv 第12行：这一行重复");
        assertThat(new TableProblem("organizations.csv", 0, null, "文件为空").describe())
                .isEqualTo("organizations.csv：文件为空");
        assertThat(new TableProblem("scores.csv", 3, "value", "不是数字").describe())
                .isEqualTo("scores.csv 第3行 value：不是数字");
    }

    @Test
    void namesColumnsByTheSchema() {
        TableProblems problems = new TableProblems("organizations.csv", ORGANIZATIONS);
        problems.add(12, "parent_code", "上级组织 U999-P 不存在");
        problems.add(13, "level_2020", "星级须为 0–5 的整数");
        problems.addFile("组织树有环：U001-P → U001-Z → U001-P");

        TableRefused refused = catchThrowableOfType(TableRefused.class, problems::throwIfAny);

        assertThat(refused.problems()).isEqualTo(problems.list());
        assertThat(refused.getMessage()).isEqualTo("""
                organizations.csv 第12行 parent_code（上级组织编码）：上级组织 U999-P 不存在
                organizations.csv 第13行 level_2020（星级_2020）：星级须为 0–5 的整数
                organizations.csv：组织树有环：U001-P → U001-Z → U001-P""");
    }

    @Test
    void throwsNothingWhenEmpty() {
        TableProblems problems = new TableProblems("a.csv");

        problems.throwIfAny();

        assertThat(problems.isEmpty()).isTrue();
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void refusesReaderAndImportProblemsTogether() {
        byte[] workbook = xlsx(englishHeader(),
                row("U001-P", "U001", "", "机关党委", "机关党委", "龚秀"),
                row("U001-B01", "U001", "U999-P", "党支部", "第1党支部", "毛强桂", new Formula("1+12"), 4, "否"));
        TableProblems problems = new TableProblems("organizations.xlsx", ORGANIZATIONS);

        List<TableRow> rows = new TableReader().readAll(new ByteArrayInputStream(workbook), ORGANIZATIONS, problems);
        for (TableRow row : rows) {
            if (row.get("parent_code").equals("U999-P")) {
                problems.add(row, "parent_code", "上级组织 U999-P 不存在");
            }
        }
        TableRefused refused = catchThrowableOfType(TableRefused.class, problems::throwIfAny);

        assertThat(rows).hasSize(2);
        assertThat(refused.problems()).extracting(TableProblem::line, TableProblem::column)
                .containsExactly(tuple(3, "members"), tuple(3, "parent_code"));
    }
}
