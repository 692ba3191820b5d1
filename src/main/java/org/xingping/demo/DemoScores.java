package org.xingping.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.xingping.observation.ObservationGroup;
import org.xingping.observation.Observer;
import org.xingping.observation.Visit;
import org.xingping.standard.Item;
import org.xingping.standard.ItemRule;
import org.xingping.standard.RatingStandard;

/**
 * Simulated score sheets for the demo, written as the scores table (interfaces.md) so they enter
 * through the same import as typed-in paper sheets. Each branch has a true quality (higher for a
 * five-star application), each group a severity, each observer's every score some noise; all from
 * one seed, so every demo instance has the same sheets. They are demo data and say so.
 */
public final class DemoScores {

    static final long SEED = 20211123L;

    private final RatingStandard standard;
    private final Random random = new Random(SEED);
    private final Map<String, Double> quality = new HashMap<>();
    private final Map<Integer, Double> severity = new HashMap<>();

    public DemoScores(RatingStandard standard) {
        this.standard = standard;
    }

    /**
     * The scores table of every branch visit of the plan except those of {@code leftOpenUnit}:
     * one row per member of the visiting group and item.
     */
    public String table(List<Visit> visits, List<ObservationGroup> groups, Map<String, Integer> targetLevels,
            String leftOpenUnit) {
        Map<Integer, ObservationGroup> byNumber = new HashMap<>();
        groups.forEach(group -> byNumber.put(group.number(), group));
        StringBuilder csv = new StringBuilder("branch_code,scorer,item_code,value\n");
        for (Visit visit : visits) {
            if (visit.isBriefing() || visit.unitCode().equals(leftOpenUnit)) {
                continue;
            }
            double branchQuality = quality.computeIfAbsent(visit.branchCode(), branch ->
                    (targetLevels.getOrDefault(branch, 4) == 5 ? 0.86 : 0.78) + random.nextGaussian() * 0.06);
            double groupSeverity = severity.computeIfAbsent(visit.group(), group -> random.nextGaussian() * 0.03);
            for (Observer scorer : byNumber.get(visit.group()).everyone()) {
                for (Item item : standard.items()) {
                    double level = branchQuality - groupSeverity + random.nextGaussian() * 0.05;
                    csv.append(visit.branchCode()).append(',').append(scorer.name()).append(',').append(item.code())
                            .append(',').append(value(item, Math.max(0, Math.min(1, level)))).append('\n');
                }
            }
        }
        return csv.toString();
    }

    /** What a scorer enters for an item a branch meets to {@code level} (0 none, 1 fully), as its rule takes it. */
    public static String value(Item item, double level) {
        BigDecimal max = item.max();
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Points points) {
            BigDecimal steps = max.multiply(BigDecimal.valueOf(level)).divide(points.step(), 0, RoundingMode.HALF_UP);
            return steps.multiply(points.step()).min(max).stripTrailingZeros().toPlainString();
        }
        if (rule instanceof ItemRule.Grade grade) {
            BigDecimal wanted = max.multiply(BigDecimal.valueOf(level));
            return grade.grades().entrySet().stream()
                    .min((a, b) -> a.getValue().subtract(wanted).abs().compareTo(b.getValue().subtract(wanted).abs()))
                    .orElseThrow().getKey();
        }
        if (rule instanceof ItemRule.Check) {
            return level >= 0.6 ? "是" : "否";
        }
        if (rule instanceof ItemRule.Deduct deduct) {
            return max.multiply(BigDecimal.valueOf(1 - level)).divide(deduct.each(), 0, RoundingMode.HALF_UP)
                    .toPlainString();
        }
        ItemRule.Count count = (ItemRule.Count) rule;
        return max.multiply(BigDecimal.valueOf(level)).divide(count.each(), 0, RoundingMode.HALF_UP).toPlainString();
    }
}
