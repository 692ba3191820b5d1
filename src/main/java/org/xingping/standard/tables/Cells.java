package org.xingping.standard.tables;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRow;

/** Reading typed cells of a table row; a cell that does not read is a problem of its row and column. */
public final class Cells {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Set<String> YES = Set.of("是", "yes", "y", "true");
    private static final Set<String> NO = Set.of("否", "no", "n", "false");

    private Cells() {
    }

    /** A non-empty cell, or a problem. */
    public static Optional<String> required(TableRow row, String column, TableProblems problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(row, column, "不能为空");
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** An integer within [min, max]; empty when the cell is empty and {@code optional}. */
    public static Optional<Integer> integer(TableRow row, String column, int min, int max, TableProblems problems) {
        String value = row.get(column);
        if (!INTEGER.matcher(value).matches() || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
            problems.add(row, column, "应为 " + min + " 到 " + max + " 之间的整数，而不是“" + value + "”");
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(value));
    }

    public static Optional<BigDecimal> decimal(TableRow row, String column, BigDecimal min, BigDecimal max, TableProblems problems) {
        String value = row.get(column);
        if (!DECIMAL.matcher(value).matches()) {
            problems.add(row, column, "应为数字，而不是“" + value + "”");
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            problems.add(row, column, "应在 " + min.toPlainString() + " 到 " + max.toPlainString() + " 之间，而不是 " + value);
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** 是 or 否 (yes/no and true/false are taken too). */
    public static Optional<Boolean> yesNo(TableRow row, String column, TableProblems problems) {
        String value = row.get(column).toLowerCase(Locale.ROOT);
        if (YES.contains(value)) {
            return Optional.of(true);
        }
        if (NO.contains(value)) {
            return Optional.of(false);
        }
        problems.add(row, column, "应填“是”或“否”，而不是“" + row.get(column) + "”");
        return Optional.empty();
    }
}
