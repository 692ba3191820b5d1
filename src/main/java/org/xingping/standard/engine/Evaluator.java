package org.xingping.standard.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.xingping.standard.BranchRecord;
import org.xingping.standard.BranchResult;
import org.xingping.standard.Evaluation;
import org.xingping.standard.EvaluationRefused;
import org.xingping.standard.QuotaUse;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Reason;

/** Runs the steps of the format over a campaign's declared branches, in the format's order. */
public final class Evaluator {

    private final RatingStandard standard;
    private final BranchScoring scoring;
    private final LevelSteps levelSteps;
    private final QuotaAllocation quotas;
    private final HonourNomination honours;

    public Evaluator(RatingStandard standard) {
        this.standard = standard;
        this.scoring = new BranchScoring(standard);
        this.levelSteps = new LevelSteps(standard);
        this.quotas = new QuotaAllocation(standard, levelSteps);
        this.honours = new HonourNomination(standard);
    }

    public BranchScoring scoring() {
        return scoring;
    }

    /**
     * @param population every branch in the campaign's scope, the base of {@code all-branches} quotas
     * @throws EvaluationRefused listing every record that cannot be evaluated
     */
    public Evaluation evaluate(List<BranchRecord> records, int population) {
        refuseIncomplete(records);
        List<Standing> branches = new ArrayList<>(records.size());
        for (BranchRecord record : records) {
            var score = scoring.score(record);
            Standing branch = new Standing(record, score, new ConditionCheck(standard, record, score));
            levelSteps.apply(branch);
            branches.add(branch);
        }
        List<Reason> warnings = new ArrayList<>();
        List<QuotaUse> quotaUses = quotas.apply(branches, population, warnings);
        honours.apply(branches);
        List<BranchResult> results = new ArrayList<>(branches.size());
        for (Standing branch : branches) {
            results.add(branch.result());
        }
        return new Evaluation(results, quotaUses, warnings);
    }

    /** Every item scored, the appraisal recorded where the standard uses it, each branch once. */
    private void refuseIncomplete(List<BranchRecord> records) {
        List<String> problems = new ArrayList<>();
        boolean appraisalNeeded = standard.usesAppraisal();
        Set<String> seen = new HashSet<>();
        for (BranchRecord record : records) {
            if (!seen.add(record.branchCode())) {
                problems.add(Problems.duplicate(record));
            }
            if (record.scores().standard() != standard) {
                throw new IllegalArgumentException("the scores of " + record.branchCode() + " were built for another standard");
            }
            record.scores().unscoredItems().forEach(item -> problems.add(Problems.unscored(record, item)));
            if (appraisalNeeded && record.appraisal().isEmpty()) {
                problems.add(Problems.appraisalMissing(record));
            }
        }
        if (!problems.isEmpty()) {
            throw new EvaluationRefused(problems);
        }
    }
}
