package org.xingping.standard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} on the reference files: the 2021 standard, the 712 reference declarations and
 * the 65,504 generated score rows (4 observers × 23 items × 712 branches), over the 921 branches
 * of the reference organisations. A few branches are checked against the arithmetic a careful
 * person does by hand with standard-format.md.
 */
class ReferenceEvaluationEndToEndTest {

    private static final int REFERENCE_BRANCHES = 921;

    @TempDir
    static Path directory;
    static Path standard;
    static Path declarations;
    static Path scores;

    @BeforeAll
    static void referenceFiles() throws IOException {
        standard = copy("/demo/standard-2021.yaml");
        declarations = copy("/demo/declarations-2021.csv");
        scores = directory.resolve("scores-2021.csv");
        assertThat(new ReferenceScoresGenerator(ReferenceScoresGenerator.DEFAULT_SEED).write(scores)).isEqualTo(65_504);
    }

    @Test
    void evaluatesEveryDeclaredBranchAsAPersonWouldByHand() throws IOException {
        Path out = directory.resolve("result.csv");
        CommandRun run = CommandRun.evaluate("--standard", standard.toString(), "--declarations", declarations.toString(),
                "--scores", scores.toString(), "--population", String.valueOf(REFERENCE_BRANCHES), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("评定完成：").contains("712 个申报支部").contains("5星 177、4星 534、3星 1");
        assertThat(run.err()).contains("提示：4星超出指导名额：534 个支部，指导上限 414");
        Map<String, String> lines = resultLines(out);
        assertThat(lines).hasSize(712);

        // U022-B10 (晋升 3 → 4, no claims). Means of the four observers, rounded to 4 places:
        // A 2.5 + 0 + 5 + 4.75 = 12.25 (A1 deductions 1,2,0,2 × 2 → 5 − 3 = 2.5; A2 否 × 4)
        // B 3 + 3.75 + 6 + 3.75 = 16.5 (B1 一般,一般,一般,好 → (2+2+2+6)/4)
        // C 10 + 5 + 0.75 + 3.875 + 2.875 = 22.5 (C3 否,否,是,否 → 3/4)
        // D 2 + 3 + 4.5 + 3.75 = 13.25; E 6 + 4 + 3.5 = 13.5 (E3 deductions 2,0,2,2 → (3+5+3+3)/4)
        // base 78; bonus F 0.75 + 0 + 0.75 = 1.5 (under its cap of 10); total 79.50:
        // below the 4-star line of 85, so 3 stars, with that reason.
        assertThat(lines.get("U022-B10")).isEqualTo("U022-B10,78.00,1.50,0.00,79.50,3,3,否,,总分79.50未达到4星分数线85");
        // 晋升 4 → 5 claiming innovation: 100 + 3.25 ≥ 95 with the prerequisite.
        assertThat(lines.get("U001-B01")).isEqualTo("U001-B01,100.00,3.25,0.00,103.25,5,5,否,,");
        // 晋升 4 → 5 without innovation: 99.25 reaches the five-star line but not its prerequisite.
        assertThat(lines.get("U001-B10")).isEqualTo("U001-B10,99.00,0.25,0.00,99.25,4,4,否,,缺少条件：有经工委认定的党建创新项目或支部品牌");
        // 晋升 2 → 4 claiming a municipal honour, which lets it skip a level.
        assertThat(lines.get("U021-B32")).isEqualTo("U021-B32,92.625,4.75,0.00,97.38,4,4,否,,");
        // 保持 5: five stars last year (its current level), among the 15 highest: proposed for the red flag.
        assertThat(lines.get("U021-B31")).isEqualTo("U021-B31,100.00,4.25,0.00,104.25,5,5,否,red-flag,");
        assertThat(lines.values().stream().filter(line -> line.contains("red-flag")).count()).isEqualTo(15);
    }

    @Test
    void factsRefuseAClaimAndRecordAVeto() throws IOException {
        Path facts = directory.resolve("facts.csv");
        Files.writeString(facts, "支部编码,事实,值\nU001-B01,V1,是\nU001-B10,innovation,是\nU021-B32,municipal_honour,否\n",
                StandardCharsets.UTF_8);
        Path out = directory.resolve("result-with-facts.csv");
        CommandRun run = CommandRun.evaluate("--standard", standard.toString(), "--declarations", declarations.toString(),
                "--scores", scores.toString(), "--facts", facts.toString(), "--population", "921", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> lines = resultLines(out);
        assertThat(lines.get("U001-B01")).endsWith(",5,3,否,,否决项 V1 限定最高3星");
        assertThat(lines.get("U001-B10")).endsWith(",5,5,否,,");
        assertThat(lines.get("U021-B32")).endsWith(",4,3,否,,晋升每次最多1级");
    }

    private static Map<String, String> resultLines(Path out) throws IOException {
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("branch_code,base,bonus,deduction,total,earned_stars,final_stars,quota_tie,honours,reasons");
        Map<String, String> byBranch = new LinkedHashMap<>();
        lines.subList(1, lines.size()).forEach(line -> byBranch.put(line.substring(0, line.indexOf(',')), line));
        return byBranch;
    }

    private static Path copy(String resource) throws IOException {
        Path target = directory.resolve(resource.substring(resource.lastIndexOf('/') + 1));
        try (InputStream in = ReferenceEvaluationEndToEndTest.class.getResourceAsStream(resource)) {
            Files.copy(in, target);
        }
        return target;
    }
}
