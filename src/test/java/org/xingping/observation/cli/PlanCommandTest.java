package org.xingping.observation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xingping.observation.cli.PlanFiles.CAMPAIGN;
import static org.xingping.observation.cli.PlanFiles.DECLARATIONS;
import static org.xingping.observation.cli.PlanFiles.OBSERVERS;
import static org.xingping.observation.cli.PlanFiles.UNITS;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.Observer;
import org.xingping.observation.PlanVerifier;
import org.xingping.observation.PlanningProblem;
import org.xingping.observation.ReferencePlanning;
import org.xingping.observation.Visit;

class PlanCommandTest {

    /**
     * {@code plan} on the reference files, and the plan it writes checked rule by rule by the
     * verifier, which knows nothing of the solver: read back from the CSV, with the groups as the
     * CSV names them.
     */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnTheReferenceFiles {

        PlanRun run;
        List<String> lines;

        @BeforeAll
        void plan() throws IOException {
            Path folder = Files.createTempDirectory("plan-2021");
            PlanFiles files = PlanFiles.referenceIn(folder);
            Path out = folder.resolve("plan-2021.csv");
            run = PlanRun.plan(files.arguments("--seconds", "6", "--out", out.toString()));
            byte[] bytes = Files.readAllBytes(out);
            assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
            try (var written = Files.list(folder)) {
                for (Path file : written.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }

        @Test
        void writesTheColumnsOfTheContract() {
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(lines.get(0)).isEqualTo("group,observer_names,date,start,end,unit_code,branch_code,linking");
        }

        @Test
        void everyHardRuleHolds() {
            PlanningProblem problem = PlanningProblem.of(ReferencePlanning.campaign(), ReferencePlanning.units(), groupsOf(lines));

            assertThat(new PlanVerifier(problem).verify(visitsOf(lines))).isEmpty();
        }

        @Test
        void aBriefingIsARowWithoutBranch() {
            List<String[]> rows = lines.stream().skip(1).map(line -> line.split(",", -1)).toList();
            assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(8));
            assertThat(rows.stream().filter(row -> row[6].isEmpty()).count()).isEqualTo(105);
            assertThat(rows.stream().filter(row -> row[7].equals("是")).count()).isEqualTo(10);
            assertThat(rows).hasSize(105 + 712 + 10);
        }

        @Test
        void saysWhatThePlanCosts() {
            assertThat(run.out()).startsWith("规划完成：可行，用 4 天，路程 ").contains("工作量最长 第 ", "最短 第 ",
                    "5 个组共 827 次观摩（含联系支部 10 次）", "结果已写入 ");
        }

        @Test
        void eachGroupFollowsTheObserversTable() {
            Map<Integer, List<String>> groups = namesByGroup(lines);
            assertThat(groups).hasSize(5);
            assertThat(groups.values()).allSatisfy(names -> assertThat(names).hasSize(4));
            assertThat(groups.values()).extracting(names -> names.get(0)).containsExactly("熊杰明", "陆强艳", "钱勇", "乔海", "萧勇强");
        }
    }

    static List<Visit> visitsOf(List<String> lines) {
        List<Visit> visits = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            visits.add(new Visit(Integer.parseInt(cells[0]), LocalDate.parse(cells[2]), LocalTime.parse(cells[3]),
                    LocalTime.parse(cells[4]), cells[5], cells[6].isEmpty() ? null : cells[6], cells[7].equals("是")));
        }
        return visits;
    }

    static Map<Integer, List<String>> namesByGroup(List<String> lines) {
        Map<Integer, List<String>> names = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            names.putIfAbsent(Integer.parseInt(cells[0]), List.of(cells[1].split(";")));
        }
        return names;
    }

    /** The groups as the CSV names them, each person as the observers table describes them. */
    static List<ObservationGroup> groupsOf(List<String> lines) {
        Map<String, Observer> byName = new LinkedHashMap<>();
        ReferencePlanning.observers().forEach(observer -> byName.put(observer.name(), observer));
        List<ObservationGroup> groups = new ArrayList<>();
        namesByGroup(lines).forEach((number, names) -> groups.add(new ObservationGroup(number, byName.get(names.get(0)),
                names.subList(1, names.size()).stream().map(byName::get).toList())));
        return groups;
    }

    @Nested
    class RefusedInput {

        @TempDir
        Path folder;

        @Test
        void everyProblemOfEveryFileAtOnceAndNothingWritten() {
            PlanFiles files = PlanFiles.referenceIn(folder)
                    .replacing(CAMPAIGN, "  - {from: \"14:30\", to: \"18:00\"}", "  - {from: \"11:30\", to: \"18:00\"}")
                    .replacing(CAMPAIGN, "  unit_briefing_minutes: 15", "  unit_briefing_minutes: -15")
                    .replacing(CAMPAIGN, "groups: 5", "groups: 5\nteams: 5")
                    .replacing(UNITS, "U002,市委办公室,市直,市委大院,33.0052,114.0226", "U002,市委办公室,市直,市委大院,,")
                    .replacing(DECLARATIONS, "U001-B01,晋升,4,5,98.6,innovation", "U001-B99,晋升,4,5,98.6,innovation")
                    .replacing(OBSERVERS, "毛兰娜,观摩员,U061,否", "毛兰娜,观摩员,U961,否");
            Path out = folder.resolve("plan.csv");

            PlanRun run = PlanRun.plan(files.arguments("--out", out.toString()));

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("输入被拒绝，共 7 处问题，未写出结果：").contains(
                    "campaign-2021.yaml 第10行 hours[1]：与 hours[0] 重叠（08:30–12:00 与 11:30–18:00）",
                    "campaign-2021.yaml 第12行 teams：未知的键",
                    "campaign-2021.yaml 第15行 visit.unit_briefing_minutes：不能为负数（-15）",
                    "units.csv 第3行 latitude（纬度）：缺少坐标：路程按坐标计算，每个单位都要有经纬度",
                    "units.csv 第3行 longitude（经度）：缺少坐标",
                    "declarations-2021.csv 第2行 branch_code（支部编码）：党组织表中没有党支部 U001-B99",
                    "observers.csv 第7行 home_unit_code（所在单位编码）：单位表中没有单位 U961（本单位以外的人员此栏留空）");
            assertThat(out).doesNotExist();
        }

        @Test
        void moreGroupsThanPeopleWhoMayLead() {
            PlanFiles files = PlanFiles.referenceIn(folder).replacing(CAMPAIGN, "groups: 5", "groups: 6");

            PlanRun run = PlanRun.plan(files.arguments());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("observers.csv：观摩组 6 个，可任组长的只有 5 人（活动文件 groups: 6）");
        }

        @Test
        void aCampaignWithoutDays() {
            PlanFiles files = PlanFiles.referenceIn(folder)
                    .replacing(CAMPAIGN, "days: [2021-11-23, 2021-11-24, 2021-11-25, 2021-11-26]", "days: []");

            PlanRun run = PlanRun.plan(files.arguments());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("campaign-2021.yaml 第7行 days：至少要有一个观摩日期");
        }

        @Test
        void aLevelTheCampaignGivesNoMinutesFor() {
            PlanFiles files = PlanFiles.referenceIn(folder).replacing(CAMPAIGN, "branch_minutes: {5: 8, 4: 6}", "branch_minutes: {5: 8}");

            PlanRun run = PlanRun.plan(files.arguments());

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("declarations-2021.csv 第3行 target_level（申报星级）：活动文件的 visit.branch_minutes 没有 4 星支部的观摩分钟数");
        }
    }

    @Nested
    class NoPlanKeepsEveryRule {

        @TempDir
        Path folder;

        @Test
        void tooMuchWorkForTheDaysSaysHowMuchAndWritesNothing() {
            PlanFiles files = PlanFiles.referenceIn(folder)
                    .replacing(CAMPAIGN, "days: [2021-11-23, 2021-11-24, 2021-11-25, 2021-11-26]", "days: [2021-11-23, 2021-11-24, 2021-11-25]");
            Path out = folder.resolve("plan.csv");

            PlanRun run = PlanRun.plan(files.arguments("--out", out.toString()));

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("无法排出满足全部规则的观摩安排，未写出结果：\n"
                    + "  工作量 6,351 分钟 > 可用 6,300 分钟：需增加一天或一个观摩组\n");
            assertThat(out).doesNotExist();
        }

        @Test
        void aUnitEveryGroupIsRecusedFrom() {
            PlanFiles files = PlanFiles.referenceIn(folder)
                    .replacing(OBSERVERS, "熊杰明,书记,,是", "熊杰明,书记,U012,是")
                    .replacing(OBSERVERS, "陆强艳,副书记,,是", "陆强艳,副书记,U012,是")
                    .replacing(OBSERVERS, "钱勇,委员,,是", "钱勇,委员,U012,是")
                    .replacing(OBSERVERS, "乔海,委员,,是", "乔海,委员,U012,是")
                    .replacing(OBSERVERS, "萧勇强,委员,,是", "萧勇强,委员,U012,是");

            PlanRun run = PlanRun.plan(files.arguments());

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).contains("  U012 无可观摩的组：每组都有本单位人员");
        }
    }

    @Nested
    class WrongUsage {

        @TempDir
        Path folder;

        @Test
        void aMissingOption() {
            PlanRun run = PlanRun.plan("--campaign", "campaign.yaml");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).contains("--units");
        }

        @Test
        void aFileThatIsNotThere() {
            PlanFiles files = PlanFiles.referenceIn(folder);
            String[] arguments = files.arguments();
            arguments[1] = folder.resolve("nowhere.yaml").toString();

            PlanRun run = PlanRun.plan(arguments);

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("用法错误：找不到文件 ");
        }

        @Test
        void secondsThatAreNoTime() {
            PlanRun run = PlanRun.plan(PlanFiles.referenceIn(folder).arguments("--seconds", "0"));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("用法错误：--seconds 应为正整数，而不是 0");
        }

        @Test
        void helpInChineseAndEnglishNamesTheExitCodes() {
            PlanRun run = PlanRun.plan("--help");

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("排出观摩安排", "Plans the observation visits", "--seconds=N",
                    "3 无法排出满足全部规则的安排", "no plan keeps every rule");
        }
    }
}
