package org.xingping.observation;

import java.util.List;

/**
 * A campaign that cannot be planned, known before any search, with every reason in Chinese and
 * its figures ("工作量 8,950 分钟 > 可用 8,400 分钟：需增加一天或一个观摩组").
 */
public class PlanningImpossible extends RuntimeException {

    private final transient List<String> reasons;

    public PlanningImpossible(List<String> reasons) {
        super(String.join("\n", reasons));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("Impossible needs a reason");
        }
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
