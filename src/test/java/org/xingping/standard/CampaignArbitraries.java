package org.xingping.standard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random campaigns under a standard for the property tests: declared branches with what each
 * observer entered for each item (mostly high, as in a real campaign, so levels and quotas bind),
 * appraisals, flags, recorded vetoes and last year's level.
 */
final class CampaignArbitraries {

    /** One declared branch as its files would record it; entries are per item, one value per observer. */
    record BranchSpec(String code, DeclaredTarget declaration, List<List<String>> entries, String appraisal,
                      Set<String> flags, Set<String> vetoes, int lastYear) {

        BranchRecord record(RatingStandard standard) {
            ObservedScores.Builder scores = ObservedScores.builder(standard);
            for (int i = 0; i < entries.size(); i++) {
                Item item = standard.items().get(i);
                for (String value : entries.get(i)) {
                    scores.add(i, item.score(value));
                }
            }
            Map<Integer, StarLevel> history = new HashMap<>();
            history.put(standard.year() - 1, StarLevel.of(lastYear));
            return new BranchRecord(code, declaration, scores.build(), Optional.of(new BigDecimal(appraisal)),
                    flags, vetoes, new LevelHistory(history));
        }

        BranchSpec withEntries(List<List<String>> changed) {
            return new BranchSpec(code, declaration, changed, appraisal, flags, vetoes, lastYear);
        }

        BranchSpec withVeto(String veto) {
            Set<String> more = new HashSet<>(vetoes);
            more.add(veto);
            return new BranchSpec(code, declaration, entries, appraisal, flags, more, lastYear);
        }
    }

    private CampaignArbitraries() {
    }

    static Arbitrary<List<BranchSpec>> campaigns(RatingStandard standard) {
        return branches(standard).list().ofMinSize(1).ofMaxSize(30).map(CampaignArbitraries::numbered);
    }

    static List<BranchSpec> numbered(List<BranchSpec> branches) {
        List<BranchSpec> numbered = new ArrayList<>();
        for (int i = 0; i < branches.size(); i++) {
            BranchSpec b = branches.get(i);
            numbered.add(new BranchSpec("B" + i, b.declaration(), b.entries(), b.appraisal(), b.flags(), b.vetoes(), b.lastYear()));
        }
        return numbered;
    }

    static List<BranchRecord> records(RatingStandard standard, List<BranchSpec> branches) {
        return branches.stream().map(b -> b.record(standard)).toList();
    }

    private static Arbitrary<BranchSpec> branches(RatingStandard standard) {
        Arbitrary<Integer> observers = Arbitraries.integers().between(1, 6);
        // Half the branches are flawless, so totals tie and quotas bind; the rest lose points here and there.
        Arbitrary<List<List<String>>> entries = observers.flatMap(count -> Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(flawless(standard, count))),
                Tuple.of(2, Combinators.combine(
                        standard.items().stream().map(item -> entry(item).list().ofSize(count)).toList()).as(lists -> lists))));
        Arbitrary<String> appraisal = Arbitraries.integers().between(50, 100).map(String::valueOf);
        Arbitrary<Set<String>> flags = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(Set.copyOf(flagCodes(standard)))),
                Tuple.of(1, Arbitraries.of(flagCodes(standard)).set().ofMaxSize(flagCodes(standard).size())));
        Arbitrary<Set<String>> vetoes = Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Set.<String>of())),
                Tuple.of(1, Arbitraries.of(vetoCodes(standard)).set().ofMaxSize(1)));
        return Combinators.combine(declarations(), entries, appraisal, flags, vetoes, Arbitraries.integers().between(0, 5))
                .as((declaration, values, figure, flagSet, vetoSet, lastYear) ->
                        new BranchSpec("?", declaration, values, figure, flagSet, vetoSet, lastYear));
    }

    private static List<List<String>> flawless(RatingStandard standard, int observers) {
        return standard.items().stream().map(item -> Collections.nCopies(observers, Scores.fullEntry(item))).toList();
    }

    /** Half the branches aim at five stars from four or five, as in the reference campaign. */
    private static Arbitrary<DeclaredTarget> declarations() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(DeclaredTarget.keep(StarLevel.of(5)),
                        DeclaredTarget.promote(StarLevel.of(4), StarLevel.of(5)))),
                Tuple.of(1, anyDeclaration()));
    }

    private static Arbitrary<DeclaredTarget> anyDeclaration() {
        return Arbitraries.integers().between(0, 4).flatMap(current -> Arbitraries.integers().between(Math.max(1, current), 5)
                .map(target -> target.equals(current)
                        ? DeclaredTarget.keep(StarLevel.of(current))
                        : current == 0 ? DeclaredTarget.first(StarLevel.of(target))
                        : DeclaredTarget.promote(StarLevel.of(current), StarLevel.of(target))));
    }

    /** What one observer enters for an item: full marks most of the time. */
    static Arbitrary<String> entry(Item item) {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(Scores.fullEntry(item))),
                Tuple.of(2, anyEntry(item)));
    }

    /** Any value the item's rule takes. */
    static Arbitrary<String> anyEntry(Item item) {
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Points points) {
            int steps = item.max().divide(points.step()).intValueExact();
            return Arbitraries.integers().between(0, steps).map(k -> points.step().multiply(BigDecimal.valueOf(k)).toPlainString());
        }
        if (rule instanceof ItemRule.Deduct || rule instanceof ItemRule.Count) {
            return Arbitraries.integers().between(0, 4).map(String::valueOf);
        }
        if (rule instanceof ItemRule.Grade grade) {
            return Arbitraries.of(List.copyOf(grade.grades().keySet()));
        }
        return Arbitraries.of("是", "否");
    }

    private static List<String> flagCodes(RatingStandard standard) {
        List<String> codes = standard.conditions().values().stream()
                .filter(Condition.Flag.class::isInstance).map(Condition::code).toList();
        return codes.isEmpty() ? List.of("none") : codes;
    }

    private static List<String> vetoCodes(RatingStandard standard) {
        List<String> codes = standard.vetoes().stream().map(Veto::code).toList();
        return codes.isEmpty() ? List.of("none") : codes;
    }
}
