package org.xingping.platform.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Collects the problems of one table file, from the reader and from the import's own checks, so
 * that the refusal names every bad row at once. Not thread-safe: one collector per file and thread.
 *
 * <pre>{@code
 * TableProblems problems = new TableProblems("organizations.csv", ORGANIZATIONS);
 * List<TableRow> rows = reader.readAll(in, ORGANIZATIONS, problems);
 * for (TableRow row : rows) {
 *     if (!known(row.get("parent_code"))) {
 *         problems.add(row, "parent_code", "上级组织 " + row.get("parent_code") + " 不存在");
 *     }
 * }
 * problems.throwIfAny();
 * }</pre>
 */
public final class TableProblems {

    private final String file;
    private final TableSchema schema;
    private final List<TableProblem> problems = new ArrayList<>();

    /** Problems named by column only; prefer {@link #TableProblems(String, TableSchema)}. */
    public TableProblems(String file) {
        this(file, null);
    }

    /** The schema gives each problem's column its Chinese name. */
    public TableProblems(String file, TableSchema schema) {
        this.file = Objects.requireNonNull(file, "file");
        this.schema = schema;
    }

    public String file() {
        return file;
    }

    public void add(TableRow row, String column, String reason) {
        add(row.line(), column, reason);
    }

    /** A problem on a line; {@code column} may be null when the whole row is concerned. */
    public void add(int line, String column, String reason) {
        String chinese = column == null || schema == null ? null : schema.chineseNameOf(column);
        problems.add(new TableProblem(file, line, column, reason, chinese));
    }

    /** A problem of the whole file (line 0, no column). */
    public void addFile(String reason) {
        add(0, null, reason);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** The problems so far, in the order found. */
    public List<TableProblem> list() {
        return Collections.unmodifiableList(problems);
    }

    public void throwIfAny() throws TableRefused {
        if (!problems.isEmpty()) {
            throw refusal();
        }
    }

    /** Records a problem that leaves nothing more to read, and answers the refusal to throw. */
    TableRefused stop(int line, String reason) {
        add(line, null, reason);
        return refusal();
    }

    /** A refusal carrying every problem so far; there must be at least one. */
    public TableRefused refusal() {
        return new TableRefused(problems);
    }
}
