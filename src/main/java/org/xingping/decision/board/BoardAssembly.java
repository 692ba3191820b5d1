package org.xingping.decision.board;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingping.decision.AwaitingBranch;
import org.xingping.decision.BoardRow;
import org.xingping.decision.DecisionBoard;
import org.xingping.decision.Fact;
import org.xingping.decision.QuotaLine;
import org.xingping.decision.Settlement;
import org.xingping.decision.calibration.BranchObservation;
import org.xingping.decision.calibration.BranchTotals;
import org.xingping.decision.calibration.CalibrationResult;
import org.xingping.decision.calibration.Calibrator;
import org.xingping.decision.calibration.MemberScores;
import org.xingping.declaration.DeclarationRow;
import org.xingping.scoring.ReviewedScores;
import org.xingping.standard.BranchRecord;
import org.xingping.standard.BranchResult;
import org.xingping.standard.BranchScore;
import org.xingping.standard.Condition;
import org.xingping.standard.DeclaredTarget;
import org.xingping.standard.Evaluation;
import org.xingping.standard.EvaluationRefused;
import org.xingping.standard.Honour;
import org.xingping.standard.Level;
import org.xingping.standard.LevelHistory;
import org.xingping.standard.ObservedScores;
import org.xingping.standard.QuotaUse;
import org.xingping.standard.RatingEngine;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;
import org.xingping.standard.Veto;

/**
 * From what was recorded to the board. Each group's finalised scores of a branch are evaluated on
 * their own (the group's total, which calibration compares across groups); a branch two groups saw
 * is then evaluated on the consolidation of every observer's scores, as the standard consolidates
 * the scores of all who scored a branch (a group's consensus value standing for its members'). The
 * severity adjustment, when the committee chose it, is added to the total before rounding, so the
 * engine decides levels, quotas and honours on it; the part sums stay as observed.
 */
public final class BoardAssembly {

    private BoardAssembly() {
    }

    public static DecisionBoard assemble(BoardInputs inputs) {
        RatingStandard standard = inputs.standard();
        RatingEngine engine = new RatingEngine(standard);
        Map<String, List<ReviewedScores>> reviewed = new LinkedHashMap<>();
        inputs.reviewed().forEach(review -> reviewed.computeIfAbsent(review.branchCode(), code -> new ArrayList<>()).add(review));

        List<AwaitingBranch> awaiting = new ArrayList<>();
        List<BranchObservation> observations = new ArrayList<>();
        Map<String, Ready> ready = new LinkedHashMap<>();
        for (DeclarationRow declaration : inputs.declarations()) {
            String code = declaration.branchCode();
            List<ReviewedScores> reviews = reviewed.getOrDefault(code, List.of());
            Map<String, Fact> facts = inputs.facts().getOrDefault(code, Map.of());
            if (reviews.isEmpty()) {
                awaiting.add(awaiting(declaration, "尚无观摩组定稿评分"));
                continue;
            }
            Optional<BigDecimal> appraisal = Optional.ofNullable(facts.get(RatingStandard.APPRAISAL)).map(fact -> new BigDecimal(fact.value()));
            if (standard.usesAppraisal() && appraisal.isEmpty()) {
                awaiting.add(awaiting(declaration, "尚未录入考核评价分"));
                continue;
            }
            BranchRecord base = new BranchRecord(code, target(declaration), ObservedScores.builder(standard).build(), appraisal,
                    heldFlags(standard, facts), recordedVetoes(standard, facts), history(inputs, code));
            try {
                List<BranchObservation> seen = new ArrayList<>();
                ObservedScores.Builder pooled = ObservedScores.builder(standard);
                for (ReviewedScores review : reviews) {
                    BranchScore groupScore = engine.score(withScores(base, groupScores(standard, review)));
                    seen.add(new BranchObservation(code, String.valueOf(review.group()), groupScore.total(),
                            review.members().stream().map(member -> new MemberScores(member.observer(), member.points())).toList()));
                    // Every observer who scored the branch counts, as the standard says; a group's
                    // consensus stands in for each of its members' scores of that item.
                    review.members().forEach(member -> member.points().forEach((item, points) ->
                            pooled.add(item, review.consensus().getOrDefault(item, points))));
                }
                ObservedScores scores = reviews.size() == 1 ? groupScores(standard, reviews.get(0)) : pooled.build();
                engine.score(withScores(base, scores));
                observations.addAll(seen);
                ready.put(code, new Ready(declaration, withScores(base, scores),
                        reviews.stream().map(ReviewedScores::group).sorted().toList()));
            } catch (EvaluationRefused refused) {
                awaiting.add(awaiting(declaration, String.join("；", refused.problems())));
            }
        }

        Optional<CalibrationResult> calibration = observations.isEmpty() ? Optional.empty()
                : Optional.of(Calibrator.calibrate(observations));
        Map<String, BranchTotals> totals = new HashMap<>();
        calibration.ifPresent(result -> result.branches().forEach(branch -> totals.put(branch.branch(), branch)));

        List<BranchRecord> records = new ArrayList<>();
        ready.forEach((code, branch) -> {
            BigDecimal adjustment = inputs.choice().useAdjusted()
                    ? totals.get(code).adjusted().computed().map(adjusted -> adjusted.subtract(totals.get(code).raw())).orElse(BigDecimal.ZERO)
                    : BigDecimal.ZERO;
            BranchRecord record = branch.record();
            records.add(new BranchRecord(code, record.declaration(), record.scores(), record.appraisal(), record.flags(),
                    record.recordedVetoes(), record.history(), adjustment));
        });
        Evaluation evaluation = records.isEmpty()
                ? new Evaluation(List.of(), List.of(), List.of())
                : engine.evaluate(records, Math.max(inputs.population(), records.size()));

        List<BoardRow> rows = new ArrayList<>();
        for (BranchResult result : evaluation.branches()) {
            Ready branch = ready.get(result.branchCode());
            rows.add(row(inputs, branch, result, totals.get(result.branchCode())));
        }
        rows.sort(Comparator.comparing(BoardRow::total).reversed().thenComparing(BoardRow::branchCode));
        List<BoardRow> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BoardRow row = rows.get(i);
            int rank = i > 0 && rows.get(i - 1).total().compareTo(row.total()) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(withRank(row, rank));
        }
        return new DecisionBoard(inputs.year(), standard, inputs.population(), calibration, inputs.choice(), ranked,
                quotas(standard, evaluation.quotas(), ranked), awaiting, evaluation.warnings(), inputs.confirmation());
    }

    private record Ready(DeclarationRow declaration, BranchRecord record, List<Integer> groups) {
    }

    private static BoardRow row(BoardInputs inputs, Ready branch, BranchResult result, BranchTotals totals) {
        DeclarationRow declaration = branch.declaration();
        String code = declaration.branchCode();
        Map<String, Settlement> settlements = inputs.settlements().getOrDefault(code, Map.of());
        // A settled tie holds only while the tie does: a veto or a fact recorded since outranks it.
        // An override is the committee's word whatever the engine says.
        Optional<Settlement> level = Optional.ofNullable(settlements.get(Settlement.LEVEL))
                .filter(settlement -> settlement.kind() == Settlement.Kind.OVERRIDE || result.quotaTie());
        int finalStars = level.flatMap(Settlement::stars).orElse(result.finalLevel().stars());
        List<String> honours = decidedHonours(inputs.standard(), result.honours(), settlements, finalStars);
        BigDecimal total = result.total();
        BoardRow.Status status = BoardRow.Status.PENDING;
        BoardInputs.Frozen frozen = inputs.frozen().get(code);
        if (frozen != null) {
            status = frozen.reopened() ? BoardRow.Status.REOPENED : BoardRow.Status.CONFIRMED;
            if (!frozen.reopened()) {
                // A confirmed result stands as it was confirmed, whatever changed around it since.
                finalStars = frozen.finalStars();
                total = frozen.total();
                honours = frozen.honours();
            }
        }
        return new BoardRow(0, code, declaration.branchName(), declaration.unitCode(), declaration.unitName(), branch.groups(),
                declaration.kind(), declaration.currentLevel(), declaration.targetLevel(), declaration.selfScore(),
                totals.raw(), totals.adjusted().computed(), total, result.parts(), result.earned().stars(),
                result.finalLevel().stars(), finalStars, result.reasons(), result.quotaTie(), level, result.honours(), honours,
                inputs.claims().getOrDefault(code, Set.of()), result.conditionsHeld(), result.vetoes(), status);
    }

    private static BoardRow withRank(BoardRow row, int rank) {
        return new BoardRow(rank, row.branchCode(), row.branchName(), row.unitCode(), row.unitName(), row.groups(), row.kind(),
                row.currentLevel(), row.targetLevel(), row.selfScore(), row.rawTotal(), row.adjustedTotal(), row.total(),
                row.parts(), row.earnedStars(), row.engineStars(), row.finalStars(), row.reasons(), row.quotaTie(),
                row.levelSettlement(), row.proposedHonours(), row.honours(), row.claims(), row.conditionsHeld(), row.vetoes(),
                row.status());
    }

    /** The proposed honours, with the committee's grants and withdrawals, and none above the level decided. */
    private static List<String> decidedHonours(RatingStandard standard, List<String> proposed, Map<String, Settlement> settlements,
                                               int finalStars) {
        Set<String> decided = new LinkedHashSet<>(proposed);
        settlements.values().forEach(settlement -> settlement.honourCode().ifPresent(honour -> {
            if (settlement.granted().orElse(false)) {
                decided.add(honour);
            } else {
                decided.remove(honour);
            }
        }));
        return standard.honours().stream().map(Honour::code).filter(decided::contains)
                .filter(code -> standard.honours().stream().filter(honour -> honour.code().equals(code))
                        .allMatch(honour -> honour.requiresStars().stars() <= finalStars))
                .toList();
    }

    private static List<QuotaLine> quotas(RatingStandard standard, List<QuotaUse> uses, List<BoardRow> rows) {
        List<QuotaLine> lines = new ArrayList<>();
        for (QuotaUse use : uses) {
            int stars = use.quota().stars().stars();
            List<BoardRow> at = rows.stream().filter(row -> row.finalStars() == stars).toList();
            Optional<BigDecimal> cut = at.stream().map(BoardRow::total).min(Comparator.naturalOrder());
            int openTies = (int) rows.stream().filter(row -> row.engineStars() == stars && row.openTie()).count();
            lines.add(new QuotaLine(use.quota(), standard.level(use.quota().stars()).map(Level::name).orElse(""),
                    use.population(), use.cap(), at.size(), cut, openTies, use.fallen()));
        }
        return lines;
    }

    private static ObservedScores groupScores(RatingStandard standard, ReviewedScores review) {
        ObservedScores.Builder scores = ObservedScores.builder(standard);
        review.members().forEach(member -> member.points().forEach(scores::add));
        review.consensus().forEach(scores::consensus);
        return scores.build();
    }

    private static BranchRecord withScores(BranchRecord record, ObservedScores scores) {
        return new BranchRecord(record.branchCode(), record.declaration(), scores, record.appraisal(), record.flags(),
                record.recordedVetoes(), record.history());
    }

    private static DeclaredTarget target(DeclarationRow declaration) {
        return new DeclaredTarget(declaration.kind(), StarLevel.of(declaration.currentLevel()), StarLevel.of(declaration.targetLevel()));
    }

    private static Set<String> heldFlags(RatingStandard standard, Map<String, Fact> facts) {
        Set<String> flags = new LinkedHashSet<>();
        facts.values().stream().filter(Fact::holds)
                .filter(fact -> standard.condition(fact.fact()).filter(condition -> condition instanceof Condition.Flag).isPresent())
                .forEach(fact -> flags.add(fact.fact()));
        return flags;
    }

    private static Set<String> recordedVetoes(RatingStandard standard, Map<String, Fact> facts) {
        Set<String> vetoes = new LinkedHashSet<>();
        standard.vetoes().stream().map(Veto::code)
                .filter(code -> Optional.ofNullable(facts.get(code)).filter(Fact::holds).isPresent())
                .forEach(vetoes::add);
        return vetoes;
    }

    private static LevelHistory history(BoardInputs inputs, String branchCode) {
        Map<Integer, StarLevel> byYear = new HashMap<>();
        inputs.levels().getOrDefault(branchCode, Map.of()).forEach((year, stars) -> {
            if (year < inputs.year()) {
                byYear.put(year, StarLevel.of(stars));
            }
        });
        return new LevelHistory(byYear);
    }

    private static AwaitingBranch awaiting(DeclarationRow declaration, String reason) {
        return new AwaitingBranch(declaration.branchCode(), declaration.branchName(), declaration.unitCode(),
                declaration.unitName(), reason);
    }
}
