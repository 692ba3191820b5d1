package org.xingping.standard.cli;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRow;
import org.xingping.standard.IllegalScoreValue;
import org.xingping.standard.Item;
import org.xingping.standard.ObservedScores;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.tables.Cells;
import org.xingping.standard.tables.TableFiles;

/**
 * The scores table (评分): item scores by individual observers, "the value as the item's rule takes
 * it (a number; a grade label; 是/否 for check)". Refused: unknown branches or items, values outside
 * the rule, a scorer scoring one item of a branch twice, and a declared branch with an item nobody scored.
 */
final class ScoresTable {

    private ScoresTable() {
    }

    /** The observed scores of every declared branch, by branch code. */
    static Map<String, ObservedScores> read(TableFiles.TableFile file, RatingStandard standard, Map<String, ?> declared,
                                            boolean declarationsReadable) {
        TableProblems problems = file.problems();
        Map<String, ObservedScores.Builder> builders = new LinkedHashMap<>();
        declared.keySet().forEach(branch -> builders.put(branch, ObservedScores.builder(standard)));
        Map<String, Integer> firstLineOf = new HashMap<>();
        List<TableRow> rows = file.rows().orElse(List.of());
        for (TableRow row : rows) {
            Optional<String> branch = Cells.required(row, "branch_code", problems);
            Optional<String> scorer = Cells.required(row, "scorer", problems);
            Optional<Item> item = Cells.required(row, "item_code", problems).flatMap(code -> item(row, code, standard, problems));
            Optional<String> value = Cells.required(row, "value", problems);
            if (branch.isPresent() && !builders.containsKey(branch.get())) {
                if (declarationsReadable) {
                    problems.add(row, "branch_code", "支部 " + branch.get() + " 不在申报表中");
                }
                branch = Optional.empty();
            }
            if (item.isEmpty() || value.isEmpty()) {
                continue;
            }
            try {
                var score = item.get().score(value.get());
                if (branch.isEmpty() || scorer.isEmpty()) {
                    continue;
                }
                Integer earlier = firstLineOf.putIfAbsent(branch.get() + '\u0000' + scorer.get() + '\u0000' + item.get().code(), row.line());
                if (earlier != null) {
                    problems.add(row, "scorer", "评分人 " + scorer.get() + " 已在第 " + earlier + " 行为支部 " + branch.get()
                            + " 的指标 " + item.get().code() + " 评分，同一人不能重复评分");
                    continue;
                }
                builders.get(branch.get()).add(item.get().code(), score);
            } catch (IllegalScoreValue outsideRule) {
                problems.add(row, "value", "指标 " + item.get().code() + "（" + item.get().rule().kind() + "）：" + outsideRule.getMessage());
            }
        }
        Map<String, ObservedScores> scores = new LinkedHashMap<>();
        builders.forEach((branch, builder) -> scores.put(branch, builder.build()));
        if (file.rows().isPresent()) {
            refuseUnscoredItems(scores, standard, problems);
        }
        return scores;
    }

    private static Optional<Item> item(TableRow row, String code, RatingStandard standard, TableProblems problems) {
        Optional<Item> item = standard.item(code);
        if (item.isEmpty()) {
            problems.add(row, "item_code", "评分标准 " + standard.id() + " 中没有指标 " + code);
        }
        return item;
    }

    /** "Every item of every evaluated branch must have at least one score: a missing one is an input error." */
    private static void refuseUnscoredItems(Map<String, ObservedScores> scores, RatingStandard standard, TableProblems problems) {
        int itemCount = standard.items().size();
        scores.forEach((branch, observed) -> {
            List<String> unscored = observed.unscoredItems();
            if (unscored.size() == itemCount) {
                problems.addFile("支部 " + branch + " 已申报，但没有任何评分");
            } else if (!unscored.isEmpty()) {
                problems.addFile("支部 " + branch + " 的指标 " + String.join("、", unscored) + " 无人评分");
            }
        });
    }
}
