package org.xingping.standard.cli;

import java.util.ArrayList;
import java.util.List;

import org.xingping.standard.BranchResult;
import org.xingping.standard.Evaluation;
import org.xingping.standard.Honour;
import org.xingping.standard.Level;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;

/** The one-line Chinese summary every command prints. */
final class EvaluationSummary {

    private EvaluationSummary() {
    }

    static String of(RatingStandard standard, Evaluation evaluation, String destination) {
        List<String> levels = new ArrayList<>();
        for (Level level : standard.levelsHighestFirst()) {
            levels.add(level.stars() + " " + evaluation.countAt(level.stars()));
        }
        levels.add("未评定 " + evaluation.countAt(StarLevel.NOT_RATED));
        long ties = evaluation.branches().stream().filter(BranchResult::quotaTie).count();
        List<String> honours = new ArrayList<>();
        for (Honour honour : standard.honours()) {
            long proposed = evaluation.branches().stream().filter(b -> b.honours().contains(honour.code())).count();
            honours.add(honour.name() + " " + proposed + " 个");
        }
        return "评定完成：按“" + standard.name() + "”评定 " + evaluation.branches().size() + " 个申报支部，"
                + String.join("、", levels)
                + "；名额并列待定 " + ties + " 个"
                + (honours.isEmpty() ? "" : "；荣誉提名：" + String.join("、", honours))
                + "；结果" + destination + "。";
    }
}
