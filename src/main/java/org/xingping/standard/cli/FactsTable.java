package org.xingping.standard.cli;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRow;
import org.xingping.standard.Condition;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.tables.Cells;
import org.xingping.standard.tables.TableFiles;

/**
 * The facts table (认定事实), what the committee confirmed for a branch: "a condition name of kind
 * flag or a veto code with 是/否, or appraisal with a 0–100 number".
 */
final class FactsTable {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** What the committee confirmed for one branch. {@code flags} maps a flag condition to 是 (true) or 否. */
    record Confirmed(Map<String, Boolean> flags, Set<String> vetoes, Optional<BigDecimal> appraisal) {

        static final Confirmed NOTHING = new Confirmed(Map.of(), Set.of(), Optional.empty());
    }

    private FactsTable() {
    }

    static Map<String, Confirmed> read(TableFiles.TableFile file, RatingStandard standard, Map<String, ?> declared,
                                       boolean declarationsReadable) {
        TableProblems problems = file.problems();
        Map<String, Map<String, Boolean>> flags = new LinkedHashMap<>();
        Map<String, Set<String>> vetoes = new HashMap<>();
        Map<String, BigDecimal> appraisals = new HashMap<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        Set<String> vetoCodes = new HashSet<>();
        standard.vetoes().forEach(veto -> vetoCodes.add(veto.code()));
        for (TableRow row : file.rows().orElse(List.of())) {
            Optional<String> branch = Cells.required(row, "branch_code", problems);
            Optional<String> fact = Cells.required(row, "fact", problems);
            if (branch.isPresent() && !declared.containsKey(branch.get())) {
                if (declarationsReadable) {
                    problems.add(row, "branch_code", "支部 " + branch.get() + " 不在申报表中");
                }
                continue;
            }
            if (branch.isEmpty() || fact.isEmpty()) {
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(branch.get() + '\u0000' + fact.get(), row.line());
            if (earlier != null) {
                problems.add(row, "fact", "支部 " + branch.get() + " 的“" + fact.get() + "”已在第 " + earlier + " 行认定");
                continue;
            }
            String name = fact.get();
            if (RatingStandard.APPRAISAL.equals(name)) {
                Cells.decimal(row, "value", BigDecimal.ZERO, HUNDRED, problems).ifPresent(figure -> appraisals.put(branch.get(), figure));
            } else if (vetoCodes.contains(name)) {
                Cells.yesNo(row, "value", problems).filter(Boolean::booleanValue)
                        .ifPresent(yes -> vetoes.computeIfAbsent(branch.get(), b -> new HashSet<>()).add(name));
            } else if (standard.condition(name).filter(Condition.Flag.class::isInstance).isPresent()) {
                Cells.yesNo(row, "value", problems)
                        .ifPresent(holds -> flags.computeIfAbsent(branch.get(), b -> new HashMap<>()).put(name, holds));
            } else if (standard.condition(name).isPresent()) {
                problems.add(row, "fact", "条件“" + name + "”是 " + standard.condition(name).get().kind() + " 类，由系统判定，不能直接认定");
            } else {
                problems.add(row, "fact", "评分标准中没有名为“" + name + "”的 flag 条件或否决项，也不是 appraisal（测评分）");
            }
        }
        Map<String, Confirmed> confirmed = new HashMap<>();
        for (String branch : declared.keySet()) {
            confirmed.put(branch, new Confirmed(flags.getOrDefault(branch, Map.of()), vetoes.getOrDefault(branch, Set.of()),
                    Optional.ofNullable(appraisals.get(branch))));
        }
        return confirmed;
    }
}
