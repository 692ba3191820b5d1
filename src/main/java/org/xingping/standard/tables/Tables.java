package org.xingping.standard.tables;

import org.xingping.platform.table.Column;
import org.xingping.platform.table.TableSchema;

/**
 * The campaign's table files of interfaces.md that the commands read, with the Chinese headers
 * a file may use instead of the English ones. The contract gives Chinese names for declarations; for scores,
 * facts and history it gives none, so these are chosen here: 支部编码, 评分人, 指标编码, 分值;
 * 事实, 值; 年度, 星级.
 */
public final class Tables {

    public static final TableSchema DECLARATIONS = TableSchema.of("declarations", "申报",
            Column.required("branch_code", "支部编码"),
            Column.required("kind", "类型"),
            Column.optional("current_level", "现星级"),
            Column.required("target_level", "申报星级"),
            Column.optional("self_score", "自评分"),
            Column.optional("claims", "申报条件"));

    public static final TableSchema SCORES = TableSchema.of("scores", "评分",
            Column.required("branch_code", "支部编码"),
            Column.required("scorer", "评分人"),
            Column.required("item_code", "指标编码"),
            Column.required("value", "分值"));

    public static final TableSchema FACTS = TableSchema.of("facts", "认定事实",
            Column.required("branch_code", "支部编码"),
            Column.required("fact", "事实"),
            Column.required("value", "值"));

    public static final TableSchema HISTORY = TableSchema.of("history", "历年星级",
            Column.required("branch_code", "支部编码"),
            Column.required("year", "年度"),
            Column.required("stars", "星级"));

    private Tables() {
    }
}
