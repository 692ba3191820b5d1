package org.xingping.standard;

import java.util.List;

import org.xingping.standard.engine.Evaluator;

/**
 * The evaluation engine: from what is recorded about a campaign's declared branches to each
 * branch's parts, rounded total, earned and final level, the reasons that lowered it, quota ties
 * and proposed honours, exactly as the standard file says. Plain Java, no Spring, exact decimals
 * from a score to a star; one engine per standard, safe to share between threads.
 *
 * <pre>
 * RatingEngine engine = new RatingEngine(standard);
 * Evaluation evaluation = engine.evaluate(records, population);
 * </pre>
 */
public final class RatingEngine {

    private final RatingStandard standard;
    private final Evaluator evaluator;

    public RatingEngine(RatingStandard standard) {
        this.standard = standard;
        this.evaluator = new Evaluator(standard);
    }

    public RatingStandard standard() {
        return standard;
    }

    /**
     * Evaluates every declared branch of a campaign; quotas and honours compare them with each
     * other, so all branches are evaluated together. The result does not depend on the order of
     * {@code records}; branches are listed in that order.
     *
     * @param population every branch in the campaign's scope (the base of {@code of: all-branches} quotas)
     * @throws EvaluationRefused listing every record that cannot be evaluated (an item nobody scored,
     *         a missing appraisal the standard uses, a branch given twice)
     * @throws IllegalArgumentException when the population is smaller than the number of records
     */
    public Evaluation evaluate(List<BranchRecord> records, int population) {
        if (population < records.size()) {
            throw new IllegalArgumentException("支部总数 " + population + " 少于参评支部数 " + records.size());
        }
        return evaluator.evaluate(records, population);
    }

    /**
     * One branch's scores and rounded total, before any level: what a page shows while scores come in.
     *
     * @throws EvaluationRefused when an item has no score or the formula cannot be computed
     */
    public BranchScore score(BranchRecord record) {
        return evaluator.scoring().score(record);
    }
}
