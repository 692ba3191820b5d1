package org.xingping.platform.table;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table file is refused whole: nothing of it may be stored. Carries every problem found; the
 * message lists them described, one per line, ready to show to the user.
 */
public final class TableRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<TableProblem> problems;

    public TableRefused(List<TableProblem> problems) {
        super(describeAll(problems));
        this.problems = List.copyOf(problems);
    }

    public List<TableProblem> problems() {
        return problems;
    }

    private static String describeAll(List<TableProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal needs at least one problem");
        }
        return problems.stream().map(TableProblem::describe).collect(Collectors.joining("\n"));
    }
}
