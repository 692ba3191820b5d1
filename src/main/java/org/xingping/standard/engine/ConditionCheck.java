package org.xingping.standard.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.xingping.standard.BranchRecord;
import org.xingping.standard.BranchScore;
import org.xingping.standard.Comparison;
import org.xingping.standard.Condition;
import org.xingping.standard.EvaluationRefused;
import org.xingping.standard.RatingStandard;

/**
 * Whether the standard's conditions hold for one branch: a {@code flag} when the committee
 * recorded it, a {@code history} condition from the levels the branch held before the standard's
 * year, an {@code expr} by its comparison over the branch's variables. Each is decided once.
 */
final class ConditionCheck {

    private final RatingStandard standard;
    private final BranchRecord record;
    private final BranchScore score;
    private final Map<String, Boolean> decided = new HashMap<>();
    private Map<String, BigDecimal> variables;

    ConditionCheck(RatingStandard standard, BranchRecord record, BranchScore score) {
        this.standard = standard;
        this.record = record;
        this.score = score;
    }

    boolean holds(String code) {
        return decided.computeIfAbsent(code, this::decide);
    }

    boolean allHold(List<String> codes) {
        for (String code : codes) {
            if (!holds(code)) {
                return false;
            }
        }
        return true;
    }

    boolean anyHolds(List<String> codes) {
        for (String code : codes) {
            if (holds(code)) {
                return true;
            }
        }
        return false;
    }

    /** A veto's {@code when}, or an {@code expr} condition's comparison. */
    boolean holds(Comparison comparison) {
        try {
            return comparison.holds(variables());
        } catch (ArithmeticException divisionByZero) {
            throw new EvaluationRefused(List.of("支部 " + record.branchCode() + "：表达式“" + comparison.text() + "”中出现除以零"));
        }
    }

    /** Every condition of the standard that holds for the branch, by code. */
    Set<String> held() {
        Set<String> held = new TreeSet<>();
        for (String code : standard.conditions().keySet()) {
            if (holds(code)) {
                held.add(code);
            }
        }
        return held;
    }

    private boolean decide(String code) {
        Condition condition = standard.condition(code)
                .orElseThrow(() -> new IllegalArgumentException("评分标准 " + standard.id() + " 中没有条件 " + code));
        if (condition instanceof Condition.Flag flag) {
            return record.flags().contains(flag.code());
        }
        if (condition instanceof Condition.History history) {
            return record.history().heldAtLeast(history.stars(), history.yearsBack(), standard.year());
        }
        return holds(((Condition.Expr) condition).expr());
    }

    private Map<String, BigDecimal> variables() {
        if (variables == null) {
            variables = BranchScoring.comparisonVariables(record, score);
        }
        return variables;
    }
}
