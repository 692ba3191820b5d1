package org.xingping.decision.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;

/**
 * One item's scores in one group: branches (rows) × members (columns), {@code null} where a member
 * did not score the branch. A member who scored none of the rows is no rater of the item. Read
 * once on construction into the two shapes the coefficients need.
 */
final class RatingMatrix {

    private final int raters;
    private final List<double[]> scoresByBranch = new ArrayList<>();
    private final List<double[]> completeRows = new ArrayList<>();

    RatingMatrix(Double[][] cells) {
        int columns = 0;
        for (Double[] row : cells) {
            columns = Math.max(columns, row.length);
        }
        boolean[] rated = new boolean[columns];
        for (Double[] row : cells) {
            double[] scores = new double[row.length];
            int count = 0;
            for (int column = 0; column < row.length; column++) {
                if (row[column] != null) {
                    rated[column] = true;
                    scores[count++] = row[column];
                }
            }
            scoresByBranch.add(Arrays.copyOf(scores, count));
        }
        int raters = 0;
        for (boolean column : rated) {
            raters += column ? 1 : 0;
        }
        this.raters = raters;
        for (int row = 0; row < cells.length; row++) {
            // Complete: every rater's score is there, so the row's scores are the raters' in column order.
            if (scoresByBranch.get(row).length == raters && raters > 0) {
                completeRows.add(scoresByBranch.get(row));
            }
        }
    }

    /** Members who scored at least one branch. */
    int raters() {
        return raters;
    }

    /** Branches with at least one score. */
    int scoredBranches() {
        return (int) scoresByBranch.stream().filter(scores -> scores.length > 0).count();
    }

    /** The branches every rater scored, with the raters' scores in column order: what an ANOVA needs. */
    List<double[]> completeRows() {
        return Collections.unmodifiableList(completeRows);
    }

    /**
     * The one score all the rows' scores share, if they share one: then there is no variance and
     * every coefficient is 0/0. Compared exactly on the scores, not judged from sums of squares,
     * which rounding can leave a hair above zero.
     */
    static OptionalDouble constant(List<double[]> rows) {
        double first = Double.NaN;
        for (double[] row : rows) {
            for (double score : row) {
                if (Double.isNaN(first)) {
                    first = score;
                } else if (score != first) {
                    return OptionalDouble.empty();
                }
            }
        }
        return Double.isNaN(first) ? OptionalDouble.empty() : OptionalDouble.of(first);
    }

    /** Each branch's scores, the missing ones left out; branches nobody scored give empty rows. */
    List<double[]> scoresByBranch() {
        return Collections.unmodifiableList(scoresByBranch);
    }
}
