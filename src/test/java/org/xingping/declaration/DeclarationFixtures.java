package org.xingping.declaration;

import java.time.Instant;

import org.xingping.standard.DeclarationKind;
import org.xingping.standard.Item;
import org.xingping.standard.ItemRule;
import org.xingping.standard.RatingStandard;

/** Declarations as the tests speak of them. */
public final class DeclarationFixtures {

    private DeclarationFixtures() {
    }

    /** A four-star branch applying for five stars, nothing assessed yet. */
    public static Declaration promotionToFiveStars() {
        return declaration(DeclarationKind.PROMOTE, 4, 5);
    }

    public static Declaration declaration(DeclarationKind kind, int current, int target) {
        return Declaration.start(1, 1, 1, kind, current, target, Instant.parse("2021-10-20T02:00:00Z"), "u001-b01");
    }

    /** Every item assessed at its best: full points, no shortfall, the top grade, yes. */
    public static void assessEverythingFully(Declaration declaration, RatingStandard standard) {
        for (Item item : standard.items()) {
            declaration.assess(new SelfAssessmentEntry(item.code(), bestValue(item), null));
        }
    }

    /** What a branch enters for an item it fully meets. */
    public static String bestValue(Item item) {
        ItemRule rule = item.rule();
        if (rule instanceof ItemRule.Grade grade) {
            return grade.grades().keySet().iterator().next();
        }
        if (rule instanceof ItemRule.Check) {
            return "是";
        }
        if (rule instanceof ItemRule.Deduct) {
            return "0";
        }
        if (rule instanceof ItemRule.Count count) {
            return item.max().divide(count.each(), 0, java.math.RoundingMode.CEILING).toPlainString();
        }
        return item.max().toPlainString();
    }
}
