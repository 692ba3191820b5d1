package org.xingping.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.xingping.standard.CampaignArbitraries.BranchSpec;

/**
 * What must hold for any campaign under any standard: more points never cost a level, a hard quota
 * holds but for marked ties, a veto never helps, and the order of the rows does not matter.
 */
class EvaluationProperties {

    /** Standards whose items all count toward the total positively (no deduction section). */
    private static final List<RatingStandard> WITHOUT_DEDUCTIONS = List.of(
            Standards.reference(), Standards.hundredTenPoints(), Standards.appraisalVeto(), Standards.threeToFiveStars());
    private static final List<RatingStandard> WITH_HARD_QUOTAS = List.of(Standards.reference(), Standards.seventyThirtyAppraisal());
    private static final List<RatingStandard> ALL = List.of(Standards.reference(), Standards.hundredTenPoints(),
            Standards.seventyThirtyAppraisal(), Standards.appraisalVeto(), Standards.threeToFiveStars());

    record Campaign(RatingStandard standard, List<BranchSpec> branches, int population) {

        Evaluation evaluate() {
            return new RatingEngine(standard).evaluate(CampaignArbitraries.records(standard, branches), population);
        }

        Campaign with(List<BranchSpec> changed) {
            return new Campaign(standard, changed, population);
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void raisingAnyItemScoreNeverLowersALevel(@ForAll("withoutDeductions") Campaign campaign,
                                              @ForAll("positions") Tuple.Tuple2<Integer, Integer> where) {
        int branch = where.get1() % campaign.branches().size();
        int item = where.get2() % campaign.standard().items().size();
        BranchSpec before = campaign.branches().get(branch);
        // Every observer's score of the item goes to full marks; the item's score can only rise.
        List<List<String>> raised = new ArrayList<>(before.entries());
        String full = Scores.fullEntry(campaign.standard().items().get(item));
        raised.set(item, Collections.nCopies(raised.get(item).size(), full));
        List<BranchSpec> changed = new ArrayList<>(campaign.branches());
        changed.set(branch, before.withEntries(raised));

        BranchResult resultBefore = campaign.evaluate().branches().get(branch);
        BranchResult resultAfter = campaign.with(changed).evaluate().branches().get(branch);
        StarLevel levelBefore = resultBefore.finalLevel();
        StarLevel levelAfter = resultAfter.finalLevel();
        Statistics.collect(levelAfter.isAbove(levelBefore) ? "level rose"
                : resultAfter.total().compareTo(resultBefore.total()) > 0 ? "total rose, level kept" : "nothing changed");
        assertThat(levelAfter).isGreaterThanOrEqualTo(levelBefore);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void aHardQuotaIsNeverExceededExceptByMarkedTies(@ForAll("withHardQuotas") Campaign campaign) {
        Evaluation evaluation = campaign.evaluate();
        for (QuotaUse use : evaluation.quotas()) {
            if (!use.quota().isHard()) {
                continue;
            }
            StarLevel level = use.quota().stars();
            Statistics.label("hard quota").collect(use.ties() > 0 ? "tie at the cut" : use.fallen() > 0 ? "branches fell" : "not reached");
            long atLevel = evaluation.countAt(level);
            long ties = evaluation.branches().stream().filter(b -> b.finalLevel().equals(level) && b.quotaTie()).count();
            assertThat(atLevel).isLessThanOrEqualTo(use.cap() + ties);
            if (atLevel > use.cap()) {
                assertThat(ties).isGreaterThan(0);
            }
        }
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aVetoNeverRaisesALevel(@ForAll("any") Campaign campaign, @ForAll("positions") Tuple.Tuple2<Integer, Integer> where) {
        List<Veto> vetoes = campaign.standard().vetoes();
        if (vetoes.isEmpty()) {
            return;
        }
        int branch = where.get1() % campaign.branches().size();
        Veto veto = vetoes.get(where.get2() % vetoes.size());
        List<BranchSpec> changed = new ArrayList<>(campaign.branches());
        changed.set(branch, changed.get(branch).withVeto(veto.code()));

        StarLevel levelBefore = campaign.evaluate().branches().get(branch).finalLevel();
        StarLevel levelAfter = campaign.with(changed).evaluate().branches().get(branch).finalLevel();
        Statistics.collect(levelAfter.isBelow(levelBefore) ? "level fell" : "level kept");
        assertThat(levelAfter).isLessThanOrEqualTo(levelBefore);
        assertThat(levelAfter).isLessThanOrEqualTo(campaign.standard().highestDefinedAtMost(veto.effect().cap()));
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void theResultDoesNotDependOnRowOrder(@ForAll("any") Campaign campaign, @ForAll long seed) {
        Random random = new Random(seed);
        List<BranchSpec> shuffled = new ArrayList<>();
        for (BranchSpec branch : campaign.branches()) {
            List<List<String>> entries = new ArrayList<>();
            for (List<String> values : branch.entries()) {
                List<String> reordered = new ArrayList<>(values);
                Collections.shuffle(reordered, random);
                entries.add(reordered);
            }
            shuffled.add(branch.withEntries(entries));
        }
        Collections.shuffle(shuffled, random);

        assertThat(outcomes(campaign.with(shuffled).evaluate())).isEqualTo(outcomes(campaign.evaluate()));
    }

    private static Map<String, String> outcomes(Evaluation evaluation) {
        return evaluation.branches().stream().collect(Collectors.toMap(BranchResult::branchCode,
                b -> b.total().toPlainString() + " " + b.earned() + " " + b.finalLevel() + " " + b.quotaTie()
                        + " " + b.honours() + " " + b.reasons() + " " + b.vetoes(), (a, b) -> a));
    }

    @Provide
    Arbitrary<Campaign> withoutDeductions() {
        return campaignsUnder(WITHOUT_DEDUCTIONS);
    }

    @Provide
    Arbitrary<Campaign> withHardQuotas() {
        return campaignsUnder(WITH_HARD_QUOTAS);
    }

    @Provide
    Arbitrary<Campaign> any() {
        return campaignsUnder(ALL);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Integer, Integer>> positions() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        return Combinators.combine(index, index).as(Tuple::of);
    }

    /** A campaign whose scope is its declared branches plus up to as many others, so quotas bind. */
    private static Arbitrary<Campaign> campaignsUnder(List<RatingStandard> standards) {
        return Arbitraries.of(standards).flatMap(standard -> CampaignArbitraries.campaigns(standard)
                .flatMap(branches -> Arbitraries.integers().between(branches.size(), branches.size() * 2)
                        .map(population -> new Campaign(standard, branches, population))));
    }
}
