package org.xingping.standard.engine;

import org.xingping.standard.BranchRecord;

/** The words of the engine's input problems, so every step says them alike. */
final class Problems {

    private Problems() {
    }

    static String unscored(BranchRecord record, String itemCode) {
        return "支部 " + record.branchCode() + " 的指标 " + itemCode + " 无人评分";
    }

    static String appraisalMissing(BranchRecord record) {
        return "支部 " + record.branchCode() + " 没有测评分（appraisal）：本标准的公式、条件或否决项用到它，缺少时不能按 0 分计算";
    }

    static String duplicate(BranchRecord record) {
        return "支部 " + record.branchCode() + " 重复出现";
    }
}
