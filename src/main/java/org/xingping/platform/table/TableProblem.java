package org.xingping.platform.table;

import java.util.Objects;

/**
 * One reason a table file is refused, located by file, line and column.
 *
 * @param file          the file name as the user knows it
 * @param line          CSV: the physical line where the record starts (the header is line 1);
 *                      XLSX: the sheet row number; 0 for the whole file
 * @param column        the canonical English column name, or {@code null} when the problem is not
 *                      about one column
 * @param reason        why, in Chinese
 * @param chineseColumn the column's Chinese name for {@link #describe()}, or {@code null}
 */
public record TableProblem(String file, int line, String column, String reason, String chineseColumn) {

    public TableProblem {
        Objects.requireNonNull(reason, "reason");
        if (line < 0) {
            throw new IllegalArgumentException("line must not be negative: " + line);
        }
    }

    public TableProblem(String file, int line, String column, String reason) {
        this(file, line, column, reason, null);
    }

    /** For example "organizations.csv 第12行 parent_code（上级组织编码）：上级组织 U999-P 不存在". */
    public String describe() {
        StringBuilder where = new StringBuilder(file == null ? "" : file);
        if (line > 0) {
            separate(where).append('第').append(line).append('行');
        }
        if (column != null) {
            separate(where).append(column);
            if (chineseColumn != null && !chineseColumn.equals(column)) {
                where.append('（').append(chineseColumn).append('）');
            }
        }
        return where.length() == 0 ? reason : where + "：" + reason;
    }

    private static StringBuilder separate(StringBuilder where) {
        return where.length() == 0 ? where : where.append(' ');
    }
}
