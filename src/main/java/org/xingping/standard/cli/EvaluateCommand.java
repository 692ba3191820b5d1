package org.xingping.standard.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.xingping.platform.table.CsvOutput;
import org.xingping.platform.table.TableProblem;
import org.xingping.platform.table.TableRefused;
import org.xingping.standard.BranchRecord;
import org.xingping.standard.Evaluation;
import org.xingping.standard.EvaluationRefused;
import org.xingping.standard.RatingEngine;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Reason;
import org.xingping.standard.StandardLoader;
import org.xingping.standard.StandardRefused;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate --standard S --declarations F --scores F [--facts F] [--history F] --population N
 * [--out F]}: computes every declared branch's result with no database at all and writes CSV.
 * Exit 0 done, 1 input refused (every bad row of every file listed on stderr, no output file
 * written), 2 wrong usage.
 *
 * <p>The CSV written to a file starts with a UTF-8 byte-order mark so that Excel opens the Chinese
 * text correctly; on standard output it has none, for scripts and pipes. When the CSV goes to
 * standard output, the summary line goes to standard error so the CSV stays clean.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false, version = "XingPing evaluate 0.1",
        resourceBundle = "org.xingping.standard.cli.EvaluateHelp",
        description = {
                "按评分标准计算每个申报支部的基础分、加分、扣分、总分、所得星级、最终星级、降级原因、名额并列和荣誉提名，不使用数据库，结果写成 CSV。",
                "Computes every declared branch's parts, total, earned and final stars, the reasons that lowered it, quota ties and proposed honours, with no database, and writes CSV.",
                ""},
        footer = {"",
                "表格文件可为 CSV（UTF-8 或 GB18030，可带 BOM）或 XLSX（第一个工作表），表头用英文列名或中文列名：",
                "Table files are CSV (UTF-8 or GB18030, BOM allowed) or XLSX (first sheet), with English or Chinese headers:",
                "  declarations: branch_code(支部编码), kind(类型), current_level(现星级),",
                "                target_level(申报星级), self_score(自评分), claims(申报条件)",
                "  scores:       branch_code(支部编码), scorer(评分人), item_code(指标编码),",
                "                value(分值)",
                "  facts:        branch_code(支部编码), fact(事实), value(值)",
                "  history:      branch_code(支部编码), year(年度), stars(星级)",
                "申报条件中的 flag 条件成立，除非认定事实对它填“否”。 A claimed flag condition holds unless the facts say 否.",
                "上一年度星级取历年星级，缺省时取申报表的现星级。 Last year's level is the history row, else the declared current level.",
                "",
                "退出码 Exit codes: 0 完成 done; 1 输入被拒绝 input refused; 2 用法错误 wrong usage."})
public class EvaluateCommand implements Callable<Integer> {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--standard", required = true, paramLabel = "S",
            description = {"评分标准文件（YAML，格式 xingping-standard/1）", "the rating-standard file (YAML, format xingping-standard/1)"})
    Path standard;

    @Option(names = "--declarations", required = true, paramLabel = "F",
            description = {"申报表：每个申报支部一行", "declarations: one row per declared branch"})
    Path declarations;

    @Option(names = "--scores", required = true, paramLabel = "F",
            description = {"评分表：观摩人员对每个支部每个指标的评分", "scores: each observer's value for each item of each branch"})
    Path scores;

    @Option(names = "--facts", paramLabel = "F",
            description = {"认定事实：flag 条件、否决项（是/否）和测评分 appraisal（0–100）", "facts: flag conditions and vetoes (是/否), appraisal (0–100)"})
    Path facts;

    @Option(names = "--history", paramLabel = "F",
            description = {"历年星级", "history: the stars each branch held in past years"})
    Path history;

    @Option(names = "--population", required = true, paramLabel = "N",
            description = {"创建范围内的支部总数（按全部支部计算名额时的基数）", "every branch in the campaign's scope (the base of all-branches quotas)"})
    int population;

    @Option(names = "--out", paramLabel = "F",
            description = {"结果 CSV 文件（UTF-8 带 BOM）；省略时写到标准输出（不带 BOM）", "the result CSV (UTF-8 with BOM); standard output (no BOM) if omitted"})
    Path out;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = {"原因列的语言：zh（默认）或 en", "language of the reasons column: zh (default) or en"})
    String language;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> usageProblem = usageProblem();
        if (usageProblem.isPresent()) {
            err.println("用法错误：" + usageProblem.get());
            err.println("用 evaluate --help 查看用法。 See evaluate --help.");
            err.flush();
            return USAGE;
        }
        try {
            FutureTask<RatingStandard> loading = startLoadingTheStandard();
            CampaignFiles files = CampaignFiles.read(declarations, scores, Optional.ofNullable(facts), Optional.ofNullable(history));
            RatingStandard loaded;
            try {
                loaded = loaded(loading);
            } catch (StandardRefused refused) {
                // Rows cannot be checked against a refused standard; what the reader found still counts.
                List<String> problems = new ArrayList<>(describe(refused));
                files.tables().problems().forEach(problem -> problems.add(problem.describe()));
                return refuse(problems);
            }
            List<BranchRecord> records = CampaignRecords.read(loaded, files);
            if (population < records.size()) {
                err.println("用法错误：--population " + population + " 少于申报支部数 " + records.size() + "，它应是创建范围内的支部总数。");
                err.flush();
                return USAGE;
            }
            Evaluation evaluation = new RatingEngine(loaded).evaluate(records, population);
            String csv = ResultCsv.render(evaluation, loaded.rounding().scale(), locale());
            report(loaded, evaluation, csv);
            return DONE;
        } catch (TableRefused refused) {
            return refuse(refused.problems().stream().map(TableProblem::describe).toList());
        } catch (EvaluationRefused refused) {
            return refuse(refused.problems());
        }
    }

    /** The standard loads beside the table files: on two cores a cold start is then shorter. */
    private FutureTask<RatingStandard> startLoadingTheStandard() {
        FutureTask<RatingStandard> loading = new FutureTask<>(() -> new StandardLoader().load(standard));
        Thread loader = new Thread(loading, "standard-loader");
        loader.setDaemon(true);
        loader.start();
        return loading;
    }

    private List<String> describe(StandardRefused refused) {
        return refused.problems().stream().map(problem -> fileName(standard) + "：" + problem.describe()).toList();
    }

    private static RatingStandard loaded(FutureTask<RatingStandard> loading) {
        try {
            return loading.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refusedOrFailed) {
                throw refusedOrFailed;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the standard", e);
        }
    }

    private Optional<String> usageProblem() {
        for (Path file : new Path[] {standard, declarations, scores, facts, history}) {
            if (file != null && !Files.isRegularFile(file)) {
                return Optional.of("找不到文件 " + file);
            }
        }
        if (population <= 0) {
            return Optional.of("--population 应为正整数，而不是 " + population);
        }
        if (!language.equals("zh") && !language.equals("en")) {
            return Optional.of("--lang 应为 zh 或 en，而不是 " + language);
        }
        if (out != null && Files.isDirectory(out)) {
            return Optional.of("--out " + out + " 是目录，应为文件");
        }
        return Optional.empty();
    }

    private void report(RatingStandard loaded, Evaluation evaluation, String csv) {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Reason warning : evaluation.warnings()) {
            err.println("提示：" + warning.render(locale()));
        }
        if (out == null) {
            stdout.print(csv);
            stdout.flush();
            err.println(EvaluationSummary.of(loaded, evaluation, "已写到标准输出"));
        } else {
            CsvOutput.writeWithBom(out, csv);
            stdout.println(EvaluationSummary.of(loaded, evaluation, "已写入 " + out));
        }
        stdout.flush();
        err.flush();
    }

    private int refuse(List<String> problems) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("输入被拒绝，共 " + problems.size() + " 处问题，未写出结果：");
        problems.forEach(problem -> err.println("  " + problem));
        err.flush();
        return REFUSED;
    }

    private Locale locale() {
        return language.equals("en") ? Locale.ENGLISH : Locale.CHINESE;
    }

    private static String fileName(Path file) {
        return String.valueOf(file.getFileName());
    }
}
