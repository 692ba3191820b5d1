package org.xingping.declaration.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.xingping.campaign.Campaign;
import org.xingping.declaration.DeclarationRow;
import org.xingping.platform.web.Flash;
import org.xingping.platform.web.XlsxDownload;

/** The declarations list as a sheet: the committee's overview and a unit's pre-review queue write the same columns. */
final class DeclarationSheet {

    private DeclarationSheet() {
    }

    static void send(HttpServletResponse response, Flash flash, Campaign campaign, List<DeclarationRow> rows)
            throws IOException {
        List<String> headers = List.of("branchCode", "branch", "unitCode", "unit", "category", "kind", "currentLevel",
                "targetLevel", "selfScore").stream().map(column -> flash.text("export.declarations." + column))
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        headers.add(flash.text("declaration.statusHeader"));
        XlsxDownload.send(response, flash.text("declaration.exportFile", campaign.getYear()) + ".xlsx",
                flash.text("menu.declarations"), headers, sheet -> rows.forEach(row -> sheet.add(List.of(
                        row.branchCode(), row.branchName(), row.unitCode(), row.unitName(), row.unitCategory(),
                        row.kind().label(), row.currentLevel(), row.targetLevel(),
                        row.selfScore() == null ? "" : row.selfScore().stripTrailingZeros().toPlainString(),
                        flash.text(row.status().messageKey())))));
    }
}
