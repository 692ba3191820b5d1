package org.xingping.standard.loading;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.xingping.platform.yaml.YamlNode;
import org.xingping.standard.Comparison;
import org.xingping.standard.Formula;
import org.xingping.standard.Part;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.expression.ExpressionSyntaxException;

/**
 * Reads the {@code formula} and the comparisons of {@code expr} conditions and veto {@code when},
 * refusing any name the standard does not define ("a formula with unknown names").
 */
final class ExpressionReader {

    private final Set<String> formulaNames = new LinkedHashSet<>();
    private final Set<String> comparisonNames = new LinkedHashSet<>();
    private final Problems problems;

    /** @param sectionCodes the codes of the standard's sections, which formulas may read */
    ExpressionReader(List<String> sectionCodes, Problems problems) {
        this.problems = problems;
        formulaNames.addAll(List.of(Part.BASE.code(), Part.BONUS.code(), Part.DEDUCTION.code(), RatingStandard.APPRAISAL));
        formulaNames.addAll(sectionCodes);
        comparisonNames.addAll(formulaNames);
        comparisonNames.add(RatingStandard.TOTAL);
    }

    /** The formula: "an arithmetic expression over the part names, the section codes, and appraisal". */
    Optional<Formula> formula(YamlNode node) {
        return node.asText().flatMap(text -> parse(node, text, Formula::parse))
                .filter(formula -> knowsAll(node, formula.names(), formulaNames));
    }

    /** A comparison "over the variables of formula and the rounded total". */
    Optional<Comparison> comparison(YamlNode node) {
        return node.asText().flatMap(text -> parse(node, text, Comparison::parse))
                .filter(comparison -> knowsAll(node, comparison.names(), comparisonNames));
    }

    private <T> Optional<T> parse(YamlNode node, String text, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (ExpressionSyntaxException refused) {
            problems.add(node, "表达式“" + text + "”第 " + refused.position() + " 个字符处：" + refused.reason());
            return Optional.empty();
        }
    }

    private boolean knowsAll(YamlNode node, Set<String> used, Set<String> known) {
        Set<String> unknown = new TreeSet<>(used);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            problems.add(node, "未知的名称 " + String.join("、", unknown) + "（可用：" + String.join("、", known) + "）");
        }
        return unknown.isEmpty();
    }
}
