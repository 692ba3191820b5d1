package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One member's item scores of one branch, as the member's score sheet gives them: each value
 * already through the item's rule (what {@code Item.score} answers), by item code. An item the
 * member did not score is absent, and counts as a missing value in the agreement.
 *
 * @param member who scored, as the caller names observers (a name or an account id)
 * @param items item code → item score, in the order the sheet lists them (the standard's order)
 */
public record MemberScores(String member, Map<String, BigDecimal> items) {

    public MemberScores {
        Objects.requireNonNull(member, "member");
        // A copy that keeps the sheet's order: the agreement lists items in the order first met.
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        items.forEach((item, score) -> copy.put(Objects.requireNonNull(item, "item code"),
                Objects.requireNonNull(score, () -> member + " 的指标 " + item + " 没有分值")));
        items = Collections.unmodifiableMap(copy);
    }
}
