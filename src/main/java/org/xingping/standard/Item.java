package org.xingping.standard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One scored indicator (指标) of a section: its code (unique in the standard), name, maximum
 * points, rule, and what an observer needs to score it: the {@code guide} (what to check), the
 * {@code evidence} (records to look at) and the {@code methods} (查阅资料, 实地查看, 个别访谈 …).
 */
public record Item(String code, String name, BigDecimal max, ItemRule rule,
                   Optional<String> guide, List<String> evidence, List<String> methods) {

    public Item {
        evidence = List.copyOf(evidence);
        methods = List.copyOf(methods);
    }

    /**
     * The item score one scorer gives by entering {@code entered}: a number, a grade label or
     * 是/否, as the rule takes it.
     *
     * @throws IllegalScoreValue when the rule does not take the value
     */
    public BigDecimal score(String entered) {
        return rule.score(entered, max);
    }
}
