package org.xingping.standard.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.xingping.standard.BranchRecord;
import org.xingping.standard.BranchResult;
import org.xingping.standard.BranchScore;
import org.xingping.standard.Reason;
import org.xingping.standard.StarLevel;

/** One branch while the steps run: its level so far and what each step recorded. */
final class Standing {

    final BranchRecord record;
    final BranchScore score;
    final ConditionCheck conditions;
    final List<Reason> reasons = new ArrayList<>();
    final List<String> vetoes = new ArrayList<>();
    final List<String> honours = new ArrayList<>();
    StarLevel earned = StarLevel.NOT_RATED;
    StarLevel level = StarLevel.NOT_RATED;
    boolean quotaTie;

    Standing(BranchRecord record, BranchScore score, ConditionCheck conditions) {
        this.record = record;
        this.score = score;
        this.conditions = conditions;
    }

    BigDecimal total() {
        return score.total();
    }

    String branchCode() {
        return record.branchCode();
    }

    /** Lowers the level to {@code capped} for {@code reason}, if that is lower than the level so far. */
    void capAt(StarLevel capped, Reason reason) {
        if (capped.isBelow(level)) {
            level = capped;
            reasons.add(reason);
        }
    }

    BranchResult result() {
        return new BranchResult(record.branchCode(), score, earned, level, reasons, quotaTie, honours, vetoes,
                conditions.held());
    }
}
