package org.xingping.standard.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xingping.standard.BranchRecord;
import org.xingping.standard.BranchScore;
import org.xingping.standard.EvaluationRefused;
import org.xingping.standard.ObservedScores;
import org.xingping.standard.Part;
import org.xingping.standard.Parts;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Section;

/**
 * From item scores to the rounded total: each item's observers' scores consolidated (or the
 * consensus value), each section the sum of its items up to its cap, each part the sum of its
 * sections, and the total by the formula or as {@code base + bonus − deduction}.
 */
public final class BranchScoring {

    private final RatingStandard standard;
    private final int[] sectionEnds;
    private final Part[] sectionParts;
    private final String[] sectionCodes;
    private final boolean appraisalInFormula;

    public BranchScoring(RatingStandard standard) {
        this.standard = standard;
        List<Section> sections = standard.sections();
        this.sectionEnds = new int[sections.size()];
        this.sectionParts = new Part[sections.size()];
        this.sectionCodes = new String[sections.size()];
        this.appraisalInFormula = standard.formula().map(f -> f.names().contains(RatingStandard.APPRAISAL)).orElse(false);
        int end = 0;
        for (int s = 0; s < sections.size(); s++) {
            end += sections.get(s).items().size();
            sectionEnds[s] = end;
            sectionParts[s] = sections.get(s).part();
            sectionCodes[s] = sections.get(s).code();
        }
    }

    /**
     * Scores one branch.
     *
     * @throws EvaluationRefused when an item has no score, the appraisal the standard uses is
     *         missing, or the formula divides by zero
     */
    public BranchScore score(BranchRecord record) {
        if (appraisalInFormula && record.appraisal().isEmpty()) {
            throw new EvaluationRefused(List.of(Problems.appraisalMissing(record)));
        }
        ObservedScores observed = record.scores();
        int itemCount = standard.items().size();
        BigDecimal[] consolidated = new BigDecimal[itemCount];
        BigDecimal[] itemScores = new BigDecimal[itemCount];
        BigDecimal[] sectionScores = new BigDecimal[sectionEnds.length];
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        BigDecimal deduction = BigDecimal.ZERO;
        int item = 0;
        for (int s = 0; s < sectionEnds.length; s++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (; item < sectionEnds[s]; item++) {
                if (!observed.hasScores(item) && observed.consensus(item).isEmpty()) {
                    throw new EvaluationRefused(List.of(Problems.unscored(record, standard.items().get(item).code())));
                }
                consolidated[item] = observed.hasScores(item) ? observed.consolidated(item) : null;
                itemScores[item] = observed.consensus(item).orElse(consolidated[item]);
                sum = sum.add(itemScores[item]);
            }
            sectionScores[s] = standard.sections().get(s).score(sum);
            switch (sectionParts[s]) {
                case BASE -> base = base.add(sectionScores[s]);
                case BONUS -> bonus = bonus.add(sectionScores[s]);
                case DEDUCTION -> deduction = deduction.add(sectionScores[s]);
            }
        }
        Parts parts = new Parts(base, bonus, deduction);
        BigDecimal total = (standard.formula().isPresent()
                ? formulaTotal(record, parts, sectionScores)
                : parts.plainTotal()).add(record.adjustment());
        return new BranchScore(standard, consolidated, itemScores, sectionScores, parts, total);
    }

    private BigDecimal formulaTotal(BranchRecord record, Parts parts, BigDecimal[] sectionScores) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (int s = 0; s < sectionCodes.length; s++) {
            values.put(sectionCodes[s], sectionScores[s]);
        }
        putPartsAndAppraisal(values, record, parts);
        try {
            return standard.formula().orElseThrow().evaluate(values);
        } catch (ArithmeticException divisionByZero) {
            throw new EvaluationRefused(List.of("支部 " + record.branchCode() + "：公式“"
                    + standard.formula().orElseThrow().text() + "”中出现除以零"));
        }
    }

    /** The variables conditions and vetoes compare: "the variables of formula and the rounded total". */
    static Map<String, BigDecimal> comparisonVariables(BranchRecord record, BranchScore score) {
        Map<String, BigDecimal> values = new HashMap<>(score.sections());
        putPartsAndAppraisal(values, record, score.parts());
        values.put(RatingStandard.TOTAL, score.total());
        return values;
    }

    /** The part names and {@code appraisal}, which formulas and comparisons read besides section codes. */
    private static void putPartsAndAppraisal(Map<String, BigDecimal> values, BranchRecord record, Parts parts) {
        for (Part part : Part.values()) {
            values.put(part.code(), parts.of(part));
        }
        record.appraisal().ifPresent(appraisal -> values.put(RatingStandard.APPRAISAL, appraisal));
    }
}
