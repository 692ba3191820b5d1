package org.xingping.standard;

import java.util.List;

/**
 * 逐级晋升: "never more than {@code maxStep} above the branch's current level, unless one of the
 * {@code skipWith} conditions holds; a branch with no current level counts as 0 stars".
 */
public record Promotion(int maxStep, List<String> skipWith) {

    public Promotion {
        skipWith = List.copyOf(skipWith);
    }
}
