package org.xingping.standard.loading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.xingping.platform.yaml.YamlProblems;
import org.xingping.standard.StandardProblem;
import org.xingping.standard.StandardRefused;

/** The problems found while reading one file; reading goes on after each so all are listed at once. */
final class Problems implements YamlProblems {

    private final List<StandardProblem> found = new ArrayList<>();

    @Override
    public void add(String path, int line, String reason) {
        found.add(new StandardProblem(path, line, reason));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    /** Refuses the file when anything was found, listing the problems in the order of the file. */
    void throwIfAny() {
        if (!found.isEmpty()) {
            List<StandardProblem> ordered = new ArrayList<>(found);
            ordered.sort(Comparator.comparingInt(StandardProblem::line));
            throw new StandardRefused(ordered);
        }
    }
}
