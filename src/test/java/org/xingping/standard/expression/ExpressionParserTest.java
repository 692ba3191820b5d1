package org.xingping.standard.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

    private static final Variables PARTS = name -> Map.of(
            "base", new BigDecimal("90"), "bonus", new BigDecimal("4.5"), "deduction", new BigDecimal("2"),
            "appraisal", new BigDecimal("80"), "A", new BigDecimal("18.25")).get(name);

    private static BigDecimal value(String formula) {
        return ExpressionParser.arithmetic(formula).evaluate(PARTS);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "base + bonus - deduction          | 92.5",
            "(base - deduction) * 0.7 + appraisal * 0.3 | 85.6",
            "base - deduction * 2              | 86",
            "(base - deduction) * 2            | 176",
            "-deduction + base                 | 88",
            "- -2                              | 2",
            "min(base, 85) + max(bonus, 5)     | 90",
            "min(max(A, 20), 19)               | 19",
            "base / 4                          | 22.5",
            "10 - 4 - 3                        | 3",
            "24 / 4 / 2                        | 3",
            ".5 + 1.                           | 1.5",
            "base − deduction                  | 88",
    })
    void computesWithTheUsualPrecedenceAndLeftAssociativity(String formula, String expected) {
        assertThat(value(formula)).isEqualByComparingTo(expected);
    }

    @Test
    void divisionIsExactWhenItTerminates() {
        assertThat(value("1 / 8")).isEqualTo(new BigDecimal("0.125"));
        assertThat(value("1 / 1099511627776").toPlainString()).hasSize(42);
    }

    @Test
    void divisionKeeps34SignificantDigitsWhenItDoesNotTerminate() {
        assertThat(value("2 / 3")).isEqualTo(new BigDecimal("0.6666666666666666666666666666666667"));
        assertThat(value("A / 3").precision()).isEqualTo(34);
    }

    @Test
    void divisionByZeroIsAnArithmeticError() {
        assertThatThrownBy(() -> value("base / (bonus - 4.5)")).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', value = {
            "appraisal >= 80 | true", "appraisal > 80 | false", "appraisal <= 79.99 | false",
            "appraisal < 80.01 | true", "appraisal == 80.00 | true", "appraisal != 80 | false",
            "base + bonus >= 94.5 | true",
    })
    void comparesByNumericValue(String comparison, boolean expected) {
        assertThat(ExpressionParser.comparison(comparison).holds(PARTS)).isEqualTo(expected);
    }

    @Test
    void collectsTheNamesAnExpressionReads() {
        Set<String> names = new TreeSet<>();
        ExpressionParser.comparison("min(A, base) * 2 >= appraisal").collectNames(names);
        assertThat(names).containsExactly("A", "appraisal", "base");
    }

    @ParameterizedTest(name = "“{0}” → {1} at {2}")
    @CsvSource(delimiter = '|', value = {
            "(base - deduction * 0.7               | 括号不配对：这个“(”缺少对应的“)” | 1",
            "base - deduction) * 0.7               | 括号不配对：多余的“)”           | 17",
            "((base)                               | 括号不配对：这个“(”缺少对应的“)” | 1",
            "base +                                | 表达式不完整：此处应为数字、名称或“(” | 7",
            "base * * 2                            | 此处应为数字、名称或“(”，而不是“*” | 8",
            "base 2                                | 多余的内容“2”，是否缺少运算符？ | 6",
            "sqrt(base)                            | 未知的函数“sqrt”（只能用 min、max） | 1",
            "min(base)                             | 函数 min 需要两个参数，用“,”分隔 | 9",
            "max(base, bonus, 3)                   | 函数 max 只能有两个参数 | 16",
            "base ^ 2                              | 无法识别的字符“^” | 6",
            "base % 2                              | 无法识别的字符“%” | 6",
            "1.2.3                                 | 数字“1.2”后面不能紧跟“.” | 4",
            "2base                                 | 数字“2”后面不能紧跟“b” | 2",
            "base >= 90                            | 公式中不能有比较运算符“>=” | 6",
    })
    void refusesAFormulaItCannotReadSayingWhereAndWhy(String formula, String reason, int position) {
        assertThatThrownBy(() -> ExpressionParser.arithmetic(formula))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.position()).isEqualTo(position);
                });
    }

    @ParameterizedTest(name = "“{0}” → {1}")
    @CsvSource(delimiter = '|', value = {
            "appraisal                 | 缺少比较运算符（>=、<=、>、<、==、!=）",
            "appraisal = 60            | “=”应写作“==”",
            "appraisal ! 60            | “!”应写作“!=”",
            "50 < appraisal < 60       | 只能有一个比较运算符",
            "appraisal >=              | 表达式不完整：此处应为数字、名称或“(”",
            "appraisal >= 60;          | 无法识别的字符“;”",
    })
    void refusesAComparisonItCannotRead(String comparison, String reason) {
        assertThatThrownBy(() -> ExpressionParser.comparison(comparison))
                .isInstanceOfSatisfying(ExpressionSyntaxException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void refusesAnEmptyExpression() {
        assertThatThrownBy(() -> ExpressionParser.arithmetic("  ")).hasMessageContaining("表达式为空");
    }
}
