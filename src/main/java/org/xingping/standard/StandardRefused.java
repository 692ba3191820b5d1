package org.xingping.standard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A standard file refused as a whole: "loading a file that breaks any rule is refused as a whole,
 * with every problem listed by its path in the file, and nothing of it is stored".
 */
public final class StandardRefused extends RuntimeException {

    private final List<StandardProblem> problems;

    public StandardRefused(List<StandardProblem> problems) {
        super(problems.stream().map(StandardProblem::describe)
                .collect(Collectors.joining("\n", "评分标准文件有 " + problems.size() + " 处问题，未载入：\n", "")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order of the file. */
    public List<StandardProblem> problems() {
        return problems;
    }
}
