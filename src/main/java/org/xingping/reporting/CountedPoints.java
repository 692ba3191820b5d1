package org.xingping.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.xingping.scoring.ReviewedScores;

/**
 * Each branch's points per item as its group(s) counted them: the leader's consensus where set,
 * else the members' average; a branch two groups saw counts the average of both. The review report
 * and the branch profile read observed scores this one way, so their figures agree.
 */
public final class CountedPoints {

    private CountedPoints() {
    }

    /** Points by branch code and then by item code; an item nobody scored is absent. */
    public static Map<String, Map<String, BigDecimal>> byBranch(List<ReviewedScores> reviewed,
                                                                Collection<String> itemCodes) {
        Map<String, Map<String, List<BigDecimal>>> byGroup = new HashMap<>();
        for (ReviewedScores review : reviewed) {
            Map<String, List<BigDecimal>> branch = byGroup.computeIfAbsent(review.branchCode(), code -> new HashMap<>());
            for (String code : itemCodes) {
                BigDecimal counted = review.consensus().get(code);
                if (counted == null) {
                    List<BigDecimal> given = review.members().stream().map(member -> member.points().get(code))
                            .filter(Objects::nonNull).toList();
                    counted = given.isEmpty() ? null : mean(given);
                }
                if (counted != null) {
                    branch.computeIfAbsent(code, key -> new ArrayList<>()).add(counted);
                }
            }
        }
        Map<String, Map<String, BigDecimal>> points = new HashMap<>();
        byGroup.forEach((branch, items) -> {
            Map<String, BigDecimal> counted = new HashMap<>();
            items.forEach((item, values) -> counted.put(item, mean(values)));
            points.put(branch, counted);
        });
        return points;
    }

    /** The mean to six places, the precision every figure of the reports is rounded from. */
    public static BigDecimal mean(Collection<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 6, RoundingMode.HALF_UP);
    }
}
