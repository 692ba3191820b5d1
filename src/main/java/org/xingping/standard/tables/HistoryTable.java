package org.xingping.standard.tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xingping.platform.table.TableProblems;
import org.xingping.platform.table.TableRow;
import org.xingping.standard.StarLevel;

/** The history table (历年星级): the level each branch held in past years. Branches not declared are allowed. */
public final class HistoryTable {

    private HistoryTable() {
    }

    /** Levels by branch code and year. */
    public static Map<String, Map<Integer, StarLevel>> read(TableFiles.TableFile file) {
        TableProblems problems = file.problems();
        Map<String, Map<Integer, StarLevel>> history = new HashMap<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (TableRow row : file.rows().orElse(List.of())) {
            Optional<String> branch = Cells.required(row, "branch_code", problems);
            Optional<Integer> year = Cells.integer(row, "year", 1900, 9999, problems);
            Optional<Integer> stars = Cells.integer(row, "stars", 0, StarLevel.HIGHEST, problems);
            if (branch.isEmpty() || year.isEmpty() || stars.isEmpty()) {
                continue;
            }
            Integer earlier = firstLineOf.putIfAbsent(branch.get() + '\u0000' + year.get(), row.line());
            if (earlier != null) {
                problems.add(row, "year", "支部 " + branch.get() + " 的 " + year.get() + " 年星级已在第 " + earlier + " 行给出");
                continue;
            }
            history.computeIfAbsent(branch.get(), b -> new HashMap<>()).put(year.get(), StarLevel.of(stars.get()));
        }
        return history;
    }
}
