package org.xingping.standard;

import java.util.List;

/**
 * Branch records the engine cannot evaluate: an item nobody scored, a missing appraisal where the
 * standard uses it ("an input error, never a zero"), a branch given twice, a division by zero in the
 * formula. Each problem names its branch, in Chinese.
 */
public final class EvaluationRefused extends IllegalArgumentException {

    private final List<String> problems;

    public EvaluationRefused(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
