package org.xingping.decision.calibration;

import java.util.Arrays;

/** Rating matrices written as the textbooks print them: one line per row, {@code .} for a missing score. */
final class Ratings {

    private Ratings() {
    }

    /** One line per branch, one column per member. */
    static RatingMatrix byBranch(String... lines) {
        return new RatingMatrix(Arrays.stream(lines).map(Ratings::cells).toArray(Double[][]::new));
    }

    /** One line per member (coder), one column per branch (unit): Krippendorff's layout. */
    static RatingMatrix byMember(String... lines) {
        Double[][] coders = Arrays.stream(lines).map(Ratings::cells).toArray(Double[][]::new);
        Double[][] units = new Double[coders[0].length][coders.length];
        for (int coder = 0; coder < coders.length; coder++) {
            for (int unit = 0; unit < coders[coder].length; unit++) {
                units[unit][coder] = coders[coder][unit];
            }
        }
        return new RatingMatrix(units);
    }

    private static Double[] cells(String line) {
        return Arrays.stream(line.trim().split("\\s+")).map(cell -> cell.equals(".") ? null : Double.valueOf(cell)).toArray(Double[]::new);
    }
}
