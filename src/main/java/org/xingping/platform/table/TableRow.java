package org.xingping.platform.table;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One data row of a table file.
 *
 * @param line  where the row stands in the file, as {@link TableProblem#line()} counts
 * @param cells the cells as written (untrimmed), keyed by canonical English column name; only the
 *              schema's columns that the header has are present, unknown columns are left out
 */
public record TableRow(int line, Map<String, String> cells) {

    public TableRow {
        Objects.requireNonNull(cells, "cells");
        if (!(cells instanceof RowCells)) {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }
    }

    /** The trimmed value, "" when the column is absent from the file or the cell is empty. */
    public String get(String column) {
        String value = cells.get(column);
        return value == null ? "" : Text.trim(value);
    }

    /**
     * The cells of one column family, keyed by what follows the prefix and sorted by it: with
     * {@code level_2020} and {@code level_2021} in the header, {@code family("level")} answers
     * {"2020" → "4", "2021" → ""}. Values are trimmed; empty cells stay in, so that a caller can
     * tell "no level that year" from "no such year in the file".
     */
    public Map<String, String> family(String familyPrefix) {
        String prefix = familyPrefix.endsWith("_") ? familyPrefix : familyPrefix + "_";
        Map<String, String> members = new TreeMap<>();
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            String key = cell.getKey();
            if (key.length() > prefix.length() && key.startsWith(prefix)) {
                members.put(key.substring(prefix.length()), Text.trim(cell.getValue()));
            }
        }
        return Collections.unmodifiableMap(members);
    }
}
