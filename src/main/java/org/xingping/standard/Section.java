package org.xingping.standard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A section of the indicator tree (一级指标, such as 基本组织): its items, the part of the total it
 * counts toward, and an optional cap: "its score is the smaller of its items' sum and the cap".
 */
public record Section(String code, String name, Part part, Optional<BigDecimal> cap, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }

    /** The section score from its items' sum: the sum, or the cap when the sum is above it. */
    public BigDecimal score(BigDecimal itemSum) {
        return cap.isPresent() ? itemSum.min(cap.get()) : itemSum;
    }

    /** The most this section can give: its items' maxima added up, or the cap if smaller. */
    public BigDecimal maxScore() {
        return score(items.stream().map(Item::max).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
