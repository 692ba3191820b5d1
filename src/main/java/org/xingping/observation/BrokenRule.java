package org.xingping.observation;

import java.util.Objects;

/** One place where a plan breaks a hard rule, said in Chinese: the rule and what breaks it. */
public record BrokenRule(PlanRule rule, String detail) {

    public BrokenRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    /** "观摩员不得观摩本单位或须回避的支部：第 2 组 11-24 09:10 观摩 U012，组员 孟刚佳 须回避（本单位）". */
    public String describe() {
        return rule.label() + "：" + detail;
    }
}
