package org.xingping.standard.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.xingping.platform.table.CsvOutput;
import org.xingping.standard.BranchResult;
import org.xingping.standard.Evaluation;

/**
 * The result table of {@code evaluate}, with exactly the columns of the contract: {@code branch_code,
 * base, bonus, deduction, total, earned_stars, final_stars, quota_tie (是/否), honours (;-separated
 * codes), reasons}. Reasons are joined by "；" (a Chinese semicolon, which the reasons never contain).
 */
final class ResultCsv {

    static final List<String> COLUMNS = List.of("branch_code", "base", "bonus", "deduction", "total",
            "earned_stars", "final_stars", "quota_tie", "honours", "reasons");

    private ResultCsv() {
    }

    /** The CSV text, lines ending in CRLF as RFC 4180 and Excel expect. */
    static String render(Evaluation evaluation, int scale, Locale language) {
        StringBuilder csv = new StringBuilder(evaluation.branches().size() * 96);
        csv.append(String.join(",", COLUMNS)).append("\r\n");
        for (BranchResult branch : evaluation.branches()) {
            List<String> cells = List.of(
                    branch.branchCode(),
                    decimal(branch.parts().base(), scale),
                    decimal(branch.parts().bonus(), scale),
                    decimal(branch.parts().deduction(), scale),
                    branch.total().toPlainString(),
                    String.valueOf(branch.earned().stars()),
                    String.valueOf(branch.finalLevel().stars()),
                    branch.quotaTie() ? "是" : "否",
                    String.join(";", branch.honours()),
                    branch.reasons().stream().map(reason -> reason.render(language)).collect(Collectors.joining("；")));
            csv.append(CsvOutput.row(cells));
        }
        return csv.toString();
    }

    /** A part sum as exact as it is, but with at least the total's decimal places: 83.25, 80.00, 83.3333. */
    static String decimal(BigDecimal value, int scale) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.setScale(Math.max(scale, stripped.scale())).toPlainString();
    }
}
