package org.xingping.platform.table;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Turns the raw records of either format into rows: the first non-blank record is the header,
 * blank records are skipped, cells are keyed by canonical column, and what is wrong in a row is
 * recorded while reading goes on. Problems that leave nothing sensible to read stop it.
 */
final class RowAssembler {

    /** Something the format parser noticed about one cell of a record, such as a formula. */
    record CellNote(int index, String reason) {
    }

    private final TableSchema schema;
    private final TableProblems problems;
    private final TableLimits limits;
    private final Consumer<TableRow> sink;
    /** How messages name a column position: "第3列" in CSV, "C列" in XLSX. */
    private final IntFunction<String> columnTitle;

    private RowCells.Layout layout;
    /** For each header position, the slot of its column in the layout, or -1 when ignored. */
    private int[] slots;
    private int width;
    private int rows;

    RowAssembler(TableSchema schema, TableProblems problems, TableLimits limits, Consumer<TableRow> sink,
            IntFunction<String> columnTitle) {
        this.schema = schema;
        this.problems = problems;
        this.limits = limits;
        this.sink = sink;
        this.columnTitle = columnTitle;
    }

    /** One record; {@code cells[i]} may be null for a cell the file leaves out. */
    void accept(int line, String[] cells, int count, List<CellNote> notes) {
        if (blank(cells, count)) {
            return;
        }
        if (layout == null) {
            header(line, cells, count, notes);
        } else {
            row(line, cells, count, notes);
        }
    }

    /** After the last record: a file needs a header and at least one data row. */
    void finish() {
        if (layout == null) {
            stop("文件为空");
        }
        if (rows == 0) {
            stop("文件没有数据行");
        }
    }

    /** Records a problem of the whole file and refuses it with everything found so far. */
    TableRefused stop(String reason) {
        throw problems.stop(0, reason);
    }

    /** Records a problem at a line and refuses the file with everything found so far. */
    TableRefused stop(int line, String reason) {
        throw problems.stop(line, reason);
    }

    private void header(int line, String[] cells, int count, List<CellNote> notes) {
        int problemsBefore = problems.size();
        for (CellNote note : notes) {
            problems.add(line, null, "表头" + columnTitle.apply(note.index()) + note.reason());
        }
        width = count;
        while (width > 0 && Text.isBlank(cells[width - 1])) {
            width--;
        }
        String[] keys = new String[width];
        int[] positions = new int[width];
        slots = new int[width];
        int columns = 0;
        for (int i = 0; i < width; i++) {
            slots[i] = -1;
            String column = Text.isBlank(cells[i]) ? null : schema.resolve(cells[i]);
            if (column == null) {
                continue;
            }
            int earlier = indexOf(keys, columns, column);
            if (earlier >= 0) {
                int first = positions[earlier];
                problems.add(line, column, "表头重复：" + columnTitle.apply(first) + "“" + Text.trim(cells[first]) + "”和"
                        + columnTitle.apply(i) + "“" + Text.trim(cells[i]) + "”是同一列");
                continue;
            }
            keys[columns] = column;
            positions[columns] = i;
            slots[i] = columns++;
        }
        for (Column column : schema.columns()) {
            if (column.required() && indexOf(keys, columns, column.name()) < 0) {
                problems.add(line, column.name(),
                        "表头缺少必填列，应有一列名为“" + column.chineseName() + "”或“" + column.name() + "”");
            }
        }
        if (problems.size() > problemsBefore) {
            throw problems.refusal();
        }
        layout = new RowCells.Layout(Arrays.copyOf(keys, columns));
    }

    private void row(int line, String[] cells, int count, List<CellNote> notes) {
        if (++rows > limits.maxRows()) {
            stop("数据行数超过上限 " + limits.maxRowsText() + " 行，请分成几个文件导入");
        }
        String[] values = new String[layout.size()];
        Arrays.fill(values, "");
        for (int i = 0; i < Math.min(count, width); i++) {
            if (slots[i] >= 0 && cells[i] != null) {
                values[slots[i]] = cells[i];
            }
        }
        for (int i = width; i < count; i++) {
            if (!Text.isBlank(cells[i])) {
                problems.add(line, null, columnTitle.apply(i) + "有内容“" + Text.excerpt(cells[i])
                        + "”，但表头没有这一列（表头只到" + columnTitle.apply(width - 1) + "）");
                break;
            }
        }
        for (CellNote note : notes) {
            if (note.index() < width && slots[note.index()] >= 0) {
                problems.add(line, layout.keyAt(slots[note.index()]), note.reason());
            }
        }
        sink.accept(new TableRow(line, new RowCells(layout, values)));
    }

    private static boolean blank(String[] cells, int count) {
        for (int i = 0; i < count; i++) {
            if (!Text.isBlank(cells[i])) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(String[] keys, int count, String key) {
        for (int i = 0; i < count; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
