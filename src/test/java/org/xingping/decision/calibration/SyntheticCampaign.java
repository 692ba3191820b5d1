package org.xingping.decision.calibration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.xingping.standard.Consolidation;

/**
 * A campaign whose groups' severities are known, for measuring how well calibration finds them
 * (issue 7, "Figures to reach"). Seeded: the same design and seed give the same campaign.
 *
 * <p>Each branch has a true quality per item. Each group has a true offset, and each member a
 * leniency of their own; both shift a member's item scores in proportion to the item's maximum, so
 * they add up to points on the total. Each item score also carries the member's noise, and is
 * rounded to the scorer's step. The group's total is the standard's plain sum of its members' mean
 * item scores, consolidated as the engine does (mean, 4 places) and rounded to 2 places.
 *
 * <p>A group's true severity is its offset plus its members' mean leniency, centred on the groups'
 * mean: that is what the data can tell, and what the offsets are compared with.
 *
 * <p>Scores are not capped at the item's maximum. A cap would shrink a lenient group's offset near
 * full marks, a real effect the additive model does not claim to capture; leaving it out keeps
 * these figures about the estimator.
 *
 * <p>Not modelled: units (a unit's branches seen in one block changes the plan, not the
 * calibration, which reads branches only), and anything the members of a group share on one visit
 * beyond their leniency, such as what the branch showed that day. Such an effect would add to a
 * group's total undiluted by the number of members, so the residual standard deviation of a real
 * campaign, which the calibration reports, is the figure to compare with these campaigns'.
 *
 * @param observations what each group saw of each branch
 * @param severities each group's true severity, centred, by group
 */
record SyntheticCampaign(List<BranchObservation> observations, Map<String, Double> severities) {

    /** The reference standard's 23 item maxima: 20 base items worth 100 points and 3 bonus items. */
    static final double[] REFERENCE_ITEMS = {5, 5, 5, 5, 6, 4, 6, 4, 10, 5, 3, 4, 3, 6, 4, 6, 4, 6, 4, 5, 6, 4, 3};

    /**
     * How a synthetic campaign is made.
     *
     * @param branches branches declared, each dealt to one group in turn
     * @param groups observation groups
     * @param members members per group
     * @param linkingPerGroup branches of each group seen again by another group
     *                        ({@code linking_branches_per_group})
     * @param items the items' maxima
     * @param offsetSpread standard deviation of the groups' true offsets, points on the total
     * @param leniencySpread standard deviation of a member's own leniency, points on the total
     * @param noise standard deviation of a member's noise on one item score, points
     * @param step the step a score is entered in ({@code points} items: 0.5); 0 for exact scores
     */
    record Design(int branches, int groups, int members, int linkingPerGroup, double[] items,
                  double offsetSpread, double leniencySpread, double noise, double step) {

        /**
         * The reference campaign (campaign-2021.yaml, 712 declared branches): five groups of four,
         * two linking branches per group, the reference standard's items. Groups differ by about
         * 1.5 points, members by 1; a member's item score strays by 0.1 points and is entered
         * exactly.
         */
        static Design reference() {
            return new Design(712, 5, 4, 2, REFERENCE_ITEMS, 1.5, 1.0, 0.1, 0);
        }

        Design withBranches(int branches) {
            return new Design(branches, groups, members, linkingPerGroup, items, offsetSpread, leniencySpread, noise, step);
        }

        Design withGroups(int groups, int members) {
            return new Design(branches, groups, members, linkingPerGroup, items, offsetSpread, leniencySpread, noise, step);
        }

        Design withLinkingPerGroup(int linkingPerGroup) {
            return new Design(branches, groups, members, linkingPerGroup, items, offsetSpread, leniencySpread, noise, step);
        }

        Design withItems(double... items) {
            return new Design(branches, groups, members, linkingPerGroup, items, offsetSpread, leniencySpread, noise, step);
        }

        Design withNoise(double noise, double step) {
            return new Design(branches, groups, members, linkingPerGroup, items, offsetSpread, leniencySpread, noise, step);
        }

        SyntheticCampaign generate(long seed) {
            return new Generator(this, new Random(seed)).campaign();
        }
    }

    private static final class Generator {

        private final Design design;
        private final Random random;
        private final double fullMarks;
        private final double[] offsets;
        private final double[][] leniency;
        private final BigDecimal step;
        /** I1, I2, …: made once, not once per score. */
        private final List<String> itemCodes;

        Generator(Design design, Random random) {
            this.design = design;
            this.step = BigDecimal.valueOf(design.step());
            this.itemCodes = IntStream.range(0, design.items().length).mapToObj(SyntheticCampaign::itemCode).toList();
            this.random = random;
            this.fullMarks = Arrays.stream(design.items()).sum();
            this.offsets = IntStream.range(0, design.groups()).mapToDouble(group -> design.offsetSpread() * random.nextGaussian()).toArray();
            this.leniency = IntStream.range(0, design.groups())
                    .mapToObj(group -> IntStream.range(0, design.members()).mapToDouble(member -> design.leniencySpread() * random.nextGaussian()).toArray())
                    .toArray(double[][]::new);
        }

        SyntheticCampaign campaign() {
            List<BranchObservation> observations = new ArrayList<>();
            for (int branch = 0; branch < design.branches(); branch++) {
                double[] quality = quality();
                // Branches are dealt to the groups in turn; the first rounds are the linking ones.
                int group = branch % design.groups();
                int round = branch / design.groups();
                observations.add(observe(branch, group, quality));
                if (round < design.linkingPerGroup() && design.groups() > 1) {
                    // Round k sends the branch to the group k + 1 places on, so five groups with two
                    // links each are linked pair by pair, every pair once.
                    observations.add(observe(branch, (group + 1 + round % (design.groups() - 1)) % design.groups(), quality));
                }
            }
            return new SyntheticCampaign(observations, severities());
        }

        /** The branch's true item scores: a branch-wide level around 88 %, each item a little off it. */
        private double[] quality() {
            double level = 0.88 + 0.05 * random.nextGaussian();
            return Arrays.stream(design.items()).map(max -> max * Math.min(1, Math.max(0, level + 0.05 * random.nextGaussian()))).toArray();
        }

        private BranchObservation observe(int branch, int group, double[] quality) {
            List<MemberScores> sheets = new ArrayList<>();
            BigDecimal[][] byItem = new BigDecimal[quality.length][design.members()];
            for (int member = 0; member < design.members(); member++) {
                Map<String, BigDecimal> items = new LinkedHashMap<>();
                double shift = offsets[group] + leniency[group][member];
                for (int item = 0; item < quality.length; item++) {
                    double score = quality[item] + shift * design.items()[item] / fullMarks + design.noise() * random.nextGaussian();
                    byItem[item][member] = entered(score);
                    items.put(itemCodes.get(item), byItem[item][member]);
                }
                sheets.add(new MemberScores(memberName(group, member), items));
            }
            BigDecimal total = Arrays.stream(byItem).map(scores -> Consolidation.MEAN.consolidate(scores, scores.length))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
            return new BranchObservation(branchCode(branch), groupName(group), total, sheets);
        }

        /**
         * The score as entered: to 4 places, or to the nearest step. Rounded in binary by
         * {@code Math.round}, which differs from decimal half-up only on exact ties, and is several
         * times faster than going through {@code Double.toString}.
         */
        private BigDecimal entered(double score) {
            if (design.step() == 0) {
                return BigDecimal.valueOf(Math.round(score * 10_000), 4);
            }
            return BigDecimal.valueOf(Math.round(score / design.step())).multiply(step);
        }

        private Map<String, Double> severities() {
            double[] severity = IntStream.range(0, design.groups())
                    .mapToDouble(group -> offsets[group] + Arrays.stream(leniency[group]).average().orElse(0)).toArray();
            double mean = Arrays.stream(severity).average().orElse(0);
            Map<String, Double> byGroup = new LinkedHashMap<>();
            for (int group = 0; group < design.groups(); group++) {
                byGroup.put(groupName(group), severity[group] - mean);
            }
            return byGroup;
        }
    }

    static String groupName(int group) {
        return "第" + (group + 1) + "组";
    }

    private static String memberName(int group, int member) {
        return groupName(group) + "观摩员" + (member + 1);
    }

    private static String branchCode(int branch) {
        return String.format("B%05d", branch + 1);
    }

    private static String itemCode(int item) {
        return "I" + (item + 1);
    }

    /** How far each group's estimated offset is from its true severity, in points, by group. */
    Map<String, Double> errors(CalibrationResult result) {
        Map<String, Double> errors = new LinkedHashMap<>();
        result.severities().forEach(severity -> errors.put(severity.group(), severity.offset().doubleValue() - severities.get(severity.group())));
        return errors;
    }
}
