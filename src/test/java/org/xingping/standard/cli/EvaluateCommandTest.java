package org.xingping.standard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Standards;

/** The {@code evaluate} command as interfaces.md fixes it: files in, CSV out, exit 0, 1 or 2. */
class EvaluateCommandTest {

    private static final RatingStandard REFERENCE = Standards.reference();

    @TempDir
    Path directory;
    Path standard;
    Path declarations;
    Path out;

    @BeforeEach
    void referenceStandardAndTwoDeclarations() throws IOException {
        standard = write("standard.yaml", Standards.text("/demo/standard-2021.yaml"));
        declarations = write("declarations.csv", """
                branch_code,kind,current_level,target_level,self_score,claims
                X1,晋升,4,5,98,innovation
                X2,保持,4,4,90,innovation
                """);
        out = directory.resolve("result.csv");
    }

    /** Every item of each branch scored full marks by one observer, one row per item. */
    private static List<String> fullScores(RatingStandard standard, String... branches) {
        List<String> rows = new ArrayList<>();
        for (String branch : branches) {
            for (Item item : standard.items()) {
                rows.add(branch + ",张三," + item.code() + "," + fullValue(item));
            }
        }
        return rows;
    }

    private static String fullValue(Item item) {
        return switch (item.rule().kind()) {
            case "points" -> item.max().toPlainString();
            case "deduct" -> "0";
            case "count" -> "9";
            case "grade" -> ((org.xingping.standard.ItemRule.Grade) item.rule()).grades().keySet().iterator().next();
            default -> "是";
        };
    }

    private Path scoresFile(List<String> rows) throws IOException {
        return write("scores.csv", "branch_code,scorer,item_code,value\n" + String.join("\n", rows) + "\n");
    }

    private CommandRun evaluate(Path scores, String... more) {
        List<String> args = new ArrayList<>(List.of("--standard", standard.toString(), "--declarations", declarations.toString(),
                "--scores", scores.toString(), "--population", "10"));
        args.addAll(List.of(more));
        return CommandRun.evaluate(args.toArray(String[]::new));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Nested
    class Output {

        @Test
        void writesTheContractsColumnsToAFileWithAByteOrderMarkAndPrintsASummary() throws IOException {
            CommandRun run = evaluate(scoresFile(fullScores(REFERENCE, "X1", "X2")), "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out().strip()).startsWith("评定完成：").contains("2 个申报支部").endsWith("结果已写入 " + out + "。")
                    .doesNotContain("\n");
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("""
                    \uFEFFbranch_code,base,bonus,deduction,total,earned_stars,final_stars,quota_tie,honours,reasons\r
                    X1,100.00,10.00,0.00,110.00,5,5,否,,\r
                    X2,100.00,10.00,0.00,110.00,5,4,否,,申报目标为4星\r
                    """);
        }

        @Test
        void writesToStandardOutputWithoutAByteOrderMarkAndTheSummaryToStandardError() throws IOException {
            CommandRun run = evaluate(scoresFile(fullScores(REFERENCE, "X1", "X2")), "--lang", "en");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).startsWith("branch_code,base,").contains("X2,100.00,10.00,0.00,110.00,5,4,否,,applied for 4 stars");
            assertThat(run.err()).contains("评定完成：").contains("已写到标准输出");
        }

        @Test
        void readsGb18030AndXlsxWithChineseHeaders() throws IOException {
            Files.writeString(declarations, "支部编码,类型,现星级,申报星级,自评分,申报条件\nX1,晋升,4,5,98,innovation\nX2,保持,4,4,90,\n",
                    Charset.forName("GB18030"));
            Path scores = directory.resolve("scores.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream file = Files.newOutputStream(scores)) {
                Sheet sheet = workbook.createSheet("评分");
                List<String> rows = new ArrayList<>(List.of("支部编码,评分人,指标编码,分值"));
                rows.addAll(fullScores(REFERENCE, "X1", "X2"));
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    String[] cells = rows.get(r).split(",");
                    for (int c = 0; c < cells.length; c++) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
                workbook.write(file);
            }
            CommandRun run = evaluate(scores, "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(Files.readString(out)).contains("X1,100.00,10.00,0.00,110.00,5,5,否,,");
        }
    }

    @Nested
    class RefusedInput {

        @Test
        void listsEveryBadScoreRowWithFileLineAndReasonAndWritesNothing() throws IOException {
            List<String> rows = new ArrayList<>(fullScores(REFERENCE, "X1", "X2"));
            rows.removeIf(row -> row.startsWith("X2,张三,C3,"));
            rows.addAll(List.of(
                    "U999-B01,李四,A1,0",
                    "X1,李四,Z9,1",
                    "X1,李四,B1,很好",
                    "X1,李四,A1,-1",
                    "X1,李四,B4,5",
                    "X1,李四,C5,2.3",
                    "X1,张三,A2,否"));
            CommandRun run = evaluate(scoresFile(rows), "--out", out.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines()).containsExactly(
                    "输入被拒绝，共 8 处问题，未写出结果：",
                    "  scores.csv 第47行 branch_code（支部编码）：支部 U999-B01 不在申报表中",
                    "  scores.csv 第48行 item_code（指标编码）：评分标准 zmd-szjg-2021 中没有指标 Z9",
                    "  scores.csv 第49行 value（分值）：指标 B1（grade）：没有等次“很好”（可选：好、较好、一般、差）",
                    "  scores.csv 第50行 value（分值）：指标 A1（deduct）：扣分项数不能为负数：-1",
                    "  scores.csv 第51行 value（分值）：指标 B4（points）：分值 5 超出范围 0–4",
                    "  scores.csv 第52行 value（分值）：指标 C5（points）：分值 2.3 不是步长 0.5 的整数倍",
                    "  scores.csv 第53行 scorer（评分人）：评分人 张三 已在第 3 行为支部 X1 的指标 A2 评分，同一人不能重复评分",
                    "  scores.csv：支部 X2 的指标 C3 无人评分");
            assertThat(out).doesNotExist();
            assertThat(directory.toFile().list()).noneMatch(name -> name.contains("partial"));
        }

        @Test
        void listsBadRowsOfEveryFileAtOnce() throws IOException {
            Files.writeString(declarations, """
                    branch_code,kind,current_level,target_level,self_score,claims
                    X1,晋升,4,5,98,innovation;美丽支部
                    X2,保持,4,5,90,
                    X1,晋升,3,4,90,
                    """);
            Path facts = write("facts.csv", "branch_code,fact,value\nX1,V9,是\nX2,innovation,也许\nX2,appraisal,101\n");
            Path history = write("history.csv", "branch_code,year,stars\nX1,2020,6\n");
            CommandRun run = evaluate(scoresFile(fullScores(REFERENCE, "X1", "X2")), "--facts", facts.toString(),
                    "--history", history.toString());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines().skip(1)).containsExactly(
                    "  declarations.csv 第2行 claims（申报条件）：评分标准中没有条件“美丽支部”（可申报：innovation、municipal_honour、five_star_last_year）",
                    "  declarations.csv 第3行 target_level（申报星级）：保持 的申报星级应等于现星级（现星级 4）",
                    "  declarations.csv 第4行 branch_code（支部编码）：支部 X1 重复申报（第 2 行已有）",
                    "  facts.csv 第2行 fact（事实）：评分标准中没有名为“V9”的 flag 条件或否决项，也不是 appraisal（测评分）",
                    "  facts.csv 第3行 value（值）：应填“是”或“否”，而不是“也许”",
                    "  facts.csv 第4行 value（值）：应在 0 到 100 之间，而不是 101",
                    "  history.csv 第2行 stars（星级）：应为 0 到 5 之间的整数，而不是“6”");
        }

        @Test
        void refusesABranchWithoutAnAppraisalWhenTheStandardUsesIt() throws IOException {
            RatingStandard appraisal = Standards.seventyThirtyAppraisal();
            standard = write("standard.yaml", Standards.text("/standards/70-30-appraisal.yaml"));
            Path facts = write("facts.csv", "branch_code,fact,value\nX1,appraisal,92.5\n");
            CommandRun run = evaluate(scoresFile(fullScores(appraisal, "X1", "X2")), "--facts", facts.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("facts.csv：支部 X2 没有测评分（appraisal）；本标准用到它，缺少时不能按 0 分计算");

            CommandRun withoutFacts = evaluate(scoresFile(fullScores(appraisal, "X1", "X2")));
            assertThat(withoutFacts.err()).contains("--facts：评分标准 huaibei-2023 用到测评分（appraisal），请用 --facts 为每个申报支部提供测评分");
        }

        @Test
        void refusesAStandardWithEveryProblemByItsPath() throws IOException {
            standard = write("standard.yaml", Standards.text("/demo/standard-2021.yaml")
                    .replace("rule: {kind: deduct, each: 2, unit: 项}", "rule: {kind: deduct, each: 0, unit: 项}")
                    .replace("maxShare: 0.20", "maxShare: 20"));
            CommandRun run = evaluate(scoresFile(fullScores(REFERENCE, "X1", "X2")), "--out", out.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().lines().skip(1)).containsExactly(
                    "  standard.yaml：sections[0].items[0].rule.each: 必须大于 0（第 22 行）",
                    "  standard.yaml：quotas[0].maxShare: 名额比例应大于 0 且不超过 1（如 0.20 表示 20%），而不是 20（第 102 行）");
            assertThat(out).doesNotExist();
        }

        @Test
        void listsTheReadersProblemsBesideThoseOfARefusedStandard() throws IOException {
            standard = write("standard.yaml", "format: xingping-standard/1\n");
            Path scores = write("scores.csv", "branch_code,scorer,item_code\nX1,张三,A1\n");
            CommandRun run = evaluate(scores);
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("standard.yaml：id: 缺少必填项（第 1 行）").contains("scores.csv");
        }
    }

    @Nested
    class WrongUsage {

        @Test
        void aMissingOptionIsWrongUsage() {
            CommandRun run = CommandRun.evaluate("--standard", "s.yaml");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("Missing required options");
        }

        @Test
        void aFileThatDoesNotExistIsWrongUsage() {
            CommandRun run = evaluate(directory.resolve("nowhere.csv"));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("用法错误：找不到文件 ");
        }

        @Test
        void aPopulationSmallerThanTheDeclaredBranchesIsWrongUsage() throws IOException {
            CommandRun run = CommandRun.evaluate("--standard", standard.toString(), "--declarations", declarations.toString(),
                    "--scores", scoresFile(fullScores(REFERENCE, "X1", "X2")).toString(), "--population", "1");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--population 1 少于申报支部数 2");
        }

        @Test
        void helpIsInChineseAndEnglish() {
            CommandRun run = CommandRun.evaluate("--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("按评分标准计算每个申报支部").contains("Computes every declared branch")
                    .contains("退出码 Exit codes");
        }
    }
}
