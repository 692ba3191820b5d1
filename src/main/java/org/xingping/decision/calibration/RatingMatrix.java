package org.xingping.decision.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One item's scores in one group: branches (rows) × members (columns), {@code null} where a member
 * did not score the branch. A member who scored none of the rows is no rater of the item.
 */
final class RatingMatrix {

    private final Double[][] cells;
    private final int[] raters;

    RatingMatrix(Double[][] cells) {
        this.cells = Arrays.stream(cells).map(Double[]::clone).toArray(Double[][]::new);
        int columns = Arrays.stream(cells).mapToInt(row -> row.length).max().orElse(0);
        this.raters = IntStream.range(0, columns)
                .filter(column -> Arrays.stream(cells).anyMatch(row -> column < row.length && row[column] != null)).toArray();
    }

    /** Members who scored at least one branch. */
    int raters() {
        return raters.length;
    }

    /** Branches with at least one score. */
    int scoredBranches() {
        return (int) Arrays.stream(cells).filter(row -> Arrays.stream(row).anyMatch(Objects::nonNull)).count();
    }

    /** The branches every rater scored, with the raters' scores in column order: what an ANOVA needs. */
    double[][] completeRows() {
        List<double[]> complete = new ArrayList<>();
        for (Double[] row : cells) {
            if (Arrays.stream(raters).allMatch(column -> column < row.length && row[column] != null)) {
                complete.add(Arrays.stream(raters).mapToDouble(column -> row[column]).toArray());
            }
        }
        return complete.toArray(double[][]::new);
    }

    /** Each branch's scores, the missing ones left out; branches nobody scored give empty rows. */
    List<double[]> scoresByBranch() {
        return Arrays.stream(cells).map(row -> Arrays.stream(row).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray()).toList();
    }
}
