package org.xingping.decision;

import java.util.List;
import java.util.Optional;

import org.xingping.decision.calibration.CalibrationResult;
import org.xingping.standard.Reason;
import org.xingping.standard.RatingStandard;

/**
 * 评定: every declared branch of a campaign ranked, with the calibration behind the adjusted totals,
 * the committee's choice of totals, quota use, the branches not ready to rank, and the
 * confirmation once given.
 *
 * @param population  every branch in the campaign's scope, the base of the quotas of all branches
 * @param calibration empty while no group has finalised a review
 * @param warnings    the engine's warnings that concern no single branch (a guidance quota exceeded)
 */
public record DecisionBoard(int year, RatingStandard standard, int population, Optional<CalibrationResult> calibration,
                            CalibrationChoice choice, List<BoardRow> rows, List<QuotaLine> quotas,
                            List<AwaitingBranch> awaiting, List<Reason> warnings, Optional<Confirmation> confirmation) {

    public DecisionBoard {
        rows = List.copyOf(rows);
        quotas = List.copyOf(quotas);
        awaiting = List.copyOf(awaiting);
        warnings = List.copyOf(warnings);
    }

    public List<BoardRow> openTies() {
        return rows.stream().filter(BoardRow::openTie).toList();
    }

    public List<BoardRow> reopened() {
        return rows.stream().filter(row -> row.status() == BoardRow.Status.REOPENED).toList();
    }

    public Optional<BoardRow> row(String branchCode) {
        return rows.stream().filter(row -> row.branchCode().equals(branchCode)).findFirst();
    }

    public boolean confirmed() {
        return confirmation.isPresent();
    }

    /** Nothing stands in the way of a confirmation: every branch ranked, every tie settled, not confirmed yet. */
    public boolean readyToConfirm() {
        return !confirmed() && awaiting.isEmpty() && openTies().isEmpty() && !rows.isEmpty();
    }

    public long countAt(int stars) {
        return rows.stream().filter(row -> row.finalStars() == stars).count();
    }
}
