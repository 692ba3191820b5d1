package org.xingping.standard.loading;

import java.util.List;
import java.util.regex.Pattern;

import org.xingping.platform.yaml.YamlNode;
import org.xingping.standard.Part;
import org.xingping.standard.RatingStandard;

/** The names a standard gives its sections, items, conditions, vetoes and honours, and those it may not. */
final class Names {

    /** A code: no blanks, and no {@code ;} (claims and honours are {@code ;}-separated in table files). */
    static final Pattern CODE = Pattern.compile("[^\\s;]+");

    /** A name an expression can use: a letter or underscore, then letters, digits or underscores. */
    static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");

    /** Words the expressions already give a meaning to, so no section may be called so. */
    static final List<String> RESERVED = List.of(Part.BASE.code(), Part.BONUS.code(), Part.DEDUCTION.code(),
            RatingStandard.APPRAISAL, RatingStandard.TOTAL, "min", "max");

    private Names() {
    }

    /** Checks a code; reports a problem and answers false when it is not one. */
    static boolean isCode(YamlNode node, String code, Problems problems) {
        if (!CODE.matcher(code).matches()) {
            problems.add(node, "“" + code + "”不能含空白或“;”");
            return false;
        }
        return true;
    }
}
