package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Standards that break the format are refused whole, with every problem named by its path in the file. */
class StandardLoaderRefusalTest {

    /** The smallest valid standard; each test breaks one thing in it. */
    private static final String VALID = """
            format: xingping-standard/1
            id: test-2024
            name: 测试标准
            issuer: 测试工委
            year: 2024
            conditions:
              innovation: {name: 有创新项目, kind: flag}
            sections:
              - code: A
                name: 基本组织
                items:
                  - {code: A1, name: 组织设置, max: 10, rule: {kind: points}}
                  - {code: A2, name: 按期换届, max: 5, rule: {kind: check}}
              - code: B
                name: 基本队伍
                items:
                  - {code: B1, name: 书记履职, max: 6, rule: {kind: grade, grades: {好: 6, 一般: 3, 差: 0}}}
                  - {code: B2, name: 党员培训, max: 4, rule: {kind: deduct, each: 1, unit: 人}}
            levels:
              - {stars: 5, name: 五星级, min: 24, requires: [innovation]}
              - {stars: 4, name: 四星级, min: 20}
              - {stars: 3, name: 三星级, min: 15}
            quotas:
              - {stars: 5, maxShare: 0.2, of: all-branches, mode: hard}
            """;

    private static List<String> problemsOf(String text) {
        StandardRefused refused = catchThrowableOfType(StandardRefused.class, () -> new StandardLoader().load(text));
        assertThat(refused).as("the file should have been refused").isNotNull();
        return refused.problems().stream().map(StandardProblem::describe).toList();
    }

    private static String breaking(String valid, String broken) {
        assertThat(VALID).contains(valid);
        return VALID.replace(valid, broken);
    }

    @Test
    void theValidBaseLoads() {
        assertThat(new StandardLoader().load(VALID).items()).hasSize(4);
    }

    @Nested
    class Items {

        @Test
        void refusesAnUnknownRuleKind() {
            assertThat(problemsOf(breaking("rule: {kind: check}", "rule: {kind: stars}")))
                    .containsExactly("sections[0].items[1].rule.kind: 未知的评分方式“stars”（可用：points、deduct、count、grade、check）（第 13 行）");
        }

        @Test
        void refusesGradePointsAboveTheItemsMaximum() {
            assertThat(problemsOf(breaking("{好: 6, 一般: 3, 差: 0}", "{好: 8, 一般: 3, 差: 0}")))
                    .containsExactly("sections[1].items[0].rule.grades.好: 等次分值 8 高于本项满分 6（第 17 行）");
        }

        @Test
        void refusesAnEachThatIsNotAboveZero() {
            assertThat(problemsOf(breaking("each: 1, unit: 人", "each: 0, unit: 人")))
                    .containsExactly("sections[1].items[1].rule.each: 必须大于 0（第 18 行）");
        }

        @Test
        void refusesDuplicateItemCodes() {
            assertThat(problemsOf(breaking("{code: B2,", "{code: A1,")))
                    .containsExactly("sections[1].items[1].code: 编码“A1”与 sections[0].items[0].code 重复（部分和指标的编码在文件中必须唯一）（第 18 行）");
        }

        @Test
        void refusesAMaximumThePointsStepCannotReach() {
            assertThat(problemsOf(breaking("max: 10, rule: {kind: points}", "max: 10, rule: {kind: points, step: 3}")))
                    .containsExactly("sections[0].items[0].rule.step: 满分 10 不是步长 3 的整数倍，满分无法打出（第 12 行）");
        }

        @Test
        void refusesAMissingMaximumAndAWrongType() {
            assertThat(problemsOf(breaking("name: 组织设置, max: 10,", "name: 组织设置, max: 十分,")))
                    .containsExactly("sections[0].items[0].max: 应为数字，而不是“十分”（第 12 行）");
            assertThat(problemsOf(breaking("name: 组织设置, max: 10,", "name: 组织设置,")))
                    .containsExactly("sections[0].items[0].max: 缺少必填项（第 12 行）");
        }

        @Test
        void refusesAnUnknownKeySoAMisspeltOneIsNotSilentlyDropped() {
            assertThat(problemsOf(breaking("{kind: deduct, each: 1, unit: 人}", "{kind: deduct, each: 1, unti: 人}")))
                    .containsExactly("sections[1].items[1].rule.unti: 未知的键（可用：kind、each、unit）（第 18 行）");
        }
    }

    @Nested
    class Names {

        @Test
        void refusesARequiresThatNamesNoCondition() {
            assertThat(problemsOf(breaking("requires: [innovation]", "requires: [innovaton]")))
                    .containsExactly("levels[0].requires[0]: 未定义的条件“innovaton”（已定义：innovation）（第 20 行）");
        }

        @Test
        void refusesAFormulaWithUnknownNames() {
            assertThat(problemsOf(VALID + "formula: \"base * 0.7 + satisfaction * 0.3\"\n"))
                    .containsExactly("formula: 未知的名称 satisfaction（可用：base、bonus、deduction、appraisal、A、B）（第 25 行）");
        }

        @Test
        void refusesAFormulaWithUnbalancedParentheses() {
            assertThat(problemsOf(VALID + "formula: \"(base - deduction * 0.7\"\n"))
                    .containsExactly("formula: 表达式“(base - deduction * 0.7”第 1 个字符处：括号不配对：这个“(”缺少对应的“)”（第 25 行）");
        }

        @Test
        void refusesAVetoWhenComparingAnUnknownName() {
            assertThat(problemsOf(VALID + "vetoes:\n  - {code: V1, name: 满意度低, effect: {maxStars: 2}, when: \"satisfaction < 60\"}\n"))
                    .containsExactly("vetoes[0].when: 未知的名称 satisfaction（可用：base、bonus、deduction、appraisal、A、B、total）（第 26 行）");
        }

        @Test
        void refusesASectionNamedLikeAFormulaVariable() {
            assertThat(problemsOf(breaking("  - code: B\n", "  - code: bonus\n")))
                    .containsExactly("sections[1].code: “bonus”是公式中的保留字，不能作为部分编码（保留字：base、bonus、deduction、appraisal、total、min、max）（第 14 行）");
        }
    }

    @Nested
    class ConditionsVetoesAndHonours {

        @Test
        void refusesAnUnknownConditionKindAndAnIncompleteHistory() {
            String broken = breaking("innovation: {name: 有创新项目, kind: flag}",
                    "innovation: {name: 有创新项目, kind: wish}\n  five: {name: 上年五星, kind: history, stars: 5}");
            assertThat(problemsOf(broken)).containsExactly(
                    "conditions.innovation.kind: 未知的条件类型“wish”（可用：flag、history、expr）（第 7 行）",
                    "conditions.five.yearsBack: 缺少必填项（第 8 行）");
        }

        @Test
        void refusesAnExprConditionThatIsNotAComparison() {
            assertThat(problemsOf(breaking("innovation: {name: 有创新项目, kind: flag}",
                    "innovation: {name: 满意度高, kind: expr, expr: \"appraisal * 2\"}")))
                    .containsExactly("conditions.innovation.expr: 表达式“appraisal * 2”第 14 个字符处：缺少比较运算符（>=、<=、>、<、==、!=）（第 7 行）");
        }

        @Test
        void refusesAVetoWithoutAKnownEffect() {
            assertThat(problemsOf(VALID + "vetoes:\n  - {code: V1, name: 违纪, effect: demoted}\n  - {code: V2, name: 涣散, effect: {maxStars: 5}}\n"))
                    .containsExactly("vetoes[0].effect: 应为 notRated 或 {maxStars: n}（第 26 行）",
                            "vetoes[1].effect.maxStars: 应为 1 到 4 之间的整数（不予评定请写 effect: notRated），而不是 5（第 27 行）");
        }

        @Test
        void refusesAnHonourNoDefinedLevelCanReach() {
            String threeStarsAtMost = breaking("  - {stars: 5, name: 五星级, min: 24, requires: [innovation]}\n  - {stars: 4, name: 四星级, min: 20}\n", "")
                    .replace("  - {stars: 5, maxShare: 0.2, of: all-branches, mode: hard}\n", "");
            assertThat(problemsOf(threeStarsAtMost.replace("quotas:\n", "") + "honours:\n  - {code: red, name: 红旗, requiresStars: 5}\n"))
                    .containsExactly("honours[0].requiresStars: 标准未定义 5 星或更高的星级，没有支部能获此荣誉（第 22 行）");
        }
    }

    @Nested
    class Levels {

        @Test
        void refusesTwoLevelsWithTheSameStars() {
            assertThat(problemsOf(breaking("{stars: 3, name: 三星级, min: 15}", "{stars: 4, name: 三星级, min: 15}")))
                    .containsExactly("levels[2].stars: 4 星重复定义（levels[1].stars 已定义），星级区间重叠（第 22 行）");
        }

        @Test
        void refusesTwoLevelsWithTheSameThreshold() {
            assertThat(problemsOf(breaking("{stars: 3, name: 三星级, min: 15}", "{stars: 3, name: 三星级, min: 20}")))
                    .containsExactly("levels[2].min: 3星的分数线与4星相同（20），分数区间重叠（第 22 行）");
        }

        @Test
        void refusesALowerLevelWithAHigherThreshold() {
            assertThat(problemsOf(breaking("{stars: 4, name: 四星级, min: 20}", "{stars: 4, name: 四星级, min: 25}")))
                    .containsExactly("levels[1].min: 4星的分数线 25 高于5星的分数线 24，分数区间重叠（第 21 行）");
        }

        @Test
        void refusesAStandardWithoutLevels() {
            String withoutLevels = VALID.substring(0, VALID.indexOf("levels:")) ;
            assertThat(problemsOf(withoutLevels)).containsExactly("levels: 缺少必填项（第 1 行）");
            assertThat(problemsOf(withoutLevels + "levels: []\n")).containsExactly("levels: 至少要定义一个星级（第 19 行）");
        }

        @Test
        void refusesALevelWithoutAThreshold() {
            assertThat(problemsOf(breaking("{stars: 4, name: 四星级, min: 20}", "{stars: 4, name: 四星级}")))
                    .containsExactly("levels[1].min: 缺少必填项（第 21 行）");
        }

        @Test
        void allowsGapsInTheStarsAndALowestThresholdAboveZero() {
            RatingStandard standard = new StandardLoader().load(breaking("  - {stars: 4, name: 四星级, min: 20}\n", ""));
            assertThat(standard.levels()).extracting(l -> l.stars().stars()).containsExactly(5, 3);
        }
    }

    @Nested
    class Quotas {

        @Test
        void refusesAShareAboveOne() {
            assertThat(problemsOf(breaking("maxShare: 0.2", "maxShare: 1.2")))
                    .containsExactly("quotas[0].maxShare: 名额比例应大于 0 且不超过 1（如 0.20 表示 20%），而不是 1.2（第 24 行）");
        }

        @Test
        void refusesAQuotaOnALevelTheStandardDoesNotDefine() {
            assertThat(problemsOf(breaking("{stars: 5, maxShare", "{stars: 2, maxShare")))
                    .containsExactly("quotas[0].stars: 标准未定义 2 星，无法设名额（第 24 行）");
        }
    }

    @Nested
    class Text {

        @Test
        void refusesAYamlSyntaxErrorNamingItsLine() {
            assertThat(problemsOf(breaking("name: 基本队伍\n", "name: 基本队伍\n   bad: indentation\n")))
                    .singleElement().asString()
                    .isEqualTo("YAML 语法错误：第 4 列：缩进不齐（此处的缩进与上文的层级对不上）（第 16 行）");
            assertThat(problemsOf(breaking("name: 基本队伍\n", "name: 基本队伍: 组织\n")))
                    .containsExactly("YAML 语法错误：第 15 列：此处不能出现“键: 值”（常见原因：缩进不齐，或值中有未加引号的冒号）（第 15 行）");
        }

        @Test
        void refusesTextThatIsNotUtf8() {
            byte[] gb18030 = VALID.getBytes(Charset.forName("GB18030"));
            StandardRefused refused = catchThrowableOfType(StandardRefused.class, () -> new StandardLoader().load(gb18030));
            assertThat(refused.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(3);
                assertThat(problem.reason()).startsWith("文件不是 UTF-8 编码").contains("GB18030");
            });
        }

        @Test
        void acceptsAByteOrderMark() {
            byte[] withBom = ("\uFEFF" + VALID).getBytes(StandardCharsets.UTF_8);
            assertThat(new StandardLoader().load(withBom).id()).isEqualTo("test-2024");
        }

        @Test
        void refusesAnEmptyFile() {
            assertThat(problemsOf("")).containsExactly("文件为空");
        }

        @Test
        void refusesAWrongFormat() {
            assertThat(problemsOf(breaking("format: xingping-standard/1", "format: xingping-standard/2")))
                    .containsExactly("format: 应为 xingping-standard/1，而不是“xingping-standard/2”（第 1 行）");
        }

        @Test
        void neverInstantiatesATaggedClass() {
            assertThat(problemsOf(VALID + "notice: !!java.util.Date {}\n"))
                    .containsExactly("YAML 语法错误：第 9 列：不允许使用 YAML 标签 tag:yaml.org,2002:java.util.Date（第 25 行）");
            assertThat(problemsOf(VALID + "notice: !holiday {days: 5}\n"))
                    .containsExactly("不允许使用 YAML 标签 !holiday（第 25 行）");
        }
    }

    @Test
    void listsEveryProblemOfAFileAtOnceInTheOrderOfTheFile() {
        String broken = VALID
                .replace("year: 2024", "year: 二〇二四")
                .replace("rule: {kind: check}", "rule: {kind: stars}")
                .replace("{好: 6, 一般: 3, 差: 0}", "{好: 8, 一般: 3, 差: 0}")
                .replace("requires: [innovation]", "requires: [innovaton]")
                .replace("maxShare: 0.2", "maxShare: 1.2");
        assertThat(problemsOf(broken)).extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactly("year", "sections[0].items[1].rule.kind", "sections[1].items[0].rule.grades.好",
                        "levels[0].requires[0]", "quotas[0].maxShare");
    }
}
