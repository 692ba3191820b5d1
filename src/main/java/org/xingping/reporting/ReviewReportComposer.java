package org.xingping.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.xingping.decision.DecidedBranch;
import org.xingping.declaration.DeclarationOverview;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.Observer;
import org.xingping.observation.Visit;
import org.xingping.platform.YearOnYear;
import org.xingping.reporting.ReviewReport.Block;
import org.xingping.reporting.ReviewReport.Heading;
import org.xingping.reporting.ReviewReport.Part;
import org.xingping.reporting.ReviewReport.Table;
import org.xingping.reporting.ReviewReport.Text;
import org.xingping.scoring.Finding;
import org.xingping.scoring.GroupReviews.RecordedFinding;
import org.xingping.scoring.GroupSummary;
import org.xingping.scoring.ReviewedScores;
import org.xingping.standard.DeclarationKind;
import org.xingping.standard.Item;
import org.xingping.standard.Level;
import org.xingping.standard.RatingStandard;

/**
 * Words the review report from what the campaign recorded. The report is an official document and
 * always in Chinese, whatever the reader's language, so its sentences are written here as such
 * reports word them; the year-over-year wording is the one the application uses everywhere.
 */
final class ReviewReportComposer {

    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
            "十四", "十五", "十六", "十七", "十八", "十九", "二十"};
    /** How many items and units each ranking names, and how many examples a problem gets. */
    static final int TOP_ITEMS = 5;
    static final int TOP_UNITS = 10;
    static final int EXAMPLES = 3;
    static final int HIGHLIGHTS = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Everything the report is made of, read through the other modules' APIs. */
    record Inputs(int year, RatingStandard standard, int units, int branches, Map<String, String> unitNames,
                  DeclarationOverview.Overview overview, List<ObservationGroup> groups, List<Visit> visits,
                  List<DecidedBranch> results, List<ReviewedScores> reviewed, List<RecordedFinding> findings,
                  List<GroupSummary> summaries, Map<String, String> branchNames, LocalDate deadline,
                  Function<YearOnYear, String> yearOnYear, Function<Object[], String> levelSentence) {
    }

    private final Inputs in;
    private final ReviewReportRequest request;
    private final Map<String, Item> items = new LinkedHashMap<>();
    private final List<ItemFigures> itemFigures;
    private final Map<ReportSection, String> numerals = new HashMap<>();

    private ReviewReportComposer(Inputs in, ReviewReportRequest request) {
        this.in = in;
        this.request = request;
        // Only the base items say how well a branch works: a bonus not earned is no shortcoming.
        in.standard().sections().stream().filter(section -> section.part() == org.xingping.standard.Part.BASE)
                .flatMap(section -> section.items().stream()).forEach(item -> items.put(item.code(), item));
        this.itemFigures = itemFigures();
        int numbered = 0;
        for (ReportSection section : ReportSection.values()) {
            if (section != ReportSection.ANNEX && request.sections().contains(section)) {
                numerals.put(section, NUMERALS[numbered++]);
            }
        }
    }

    static ReviewReport compose(Inputs in, ReviewReportRequest request) {
        return new ReviewReportComposer(in, request).report();
    }

    private ReviewReport report() {
        List<Part> parts = new ArrayList<>();
        for (ReportSection section : ReportSection.values()) {
            if (section == ReportSection.ANNEX || !request.sections().contains(section)) {
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            request.paragraph(section).ifPresent(text -> text.lines().map(String::strip).filter(line -> !line.isEmpty())
                    .forEach(line -> blocks.add(new Text(line, true))));
            String title = switch (section) {
                case NUMBERS -> numbers(blocks);
                case ACHIEVEMENTS -> achievements(blocks);
                case PROBLEMS -> problems(blocks);
                case GROUPS_AND_UNITS -> groupsAndUnits(blocks);
                case RECTIFICATION -> rectification(blocks);
                case ANNEX -> throw new IllegalStateException();
            };
            parts.add(new Part(section, numerals.get(section) + "、" + title, blocks));
        }
        List<Part> annexes = new ArrayList<>();
        if (request.sections().contains(ReportSection.ANNEX)) {
            List<Block> blocks = new ArrayList<>();
            request.paragraph(ReportSection.ANNEX).ifPresent(text -> blocks.add(new Text(text, true)));
            blocks.add(annexTable());
            annexes.add(new Part(ReportSection.ANNEX, "附件：" + in.year() + "年度星级党支部评定结果", blocks));
        }
        String title = request.title().map(String::strip).filter(text -> !text.isEmpty())
                .orElse("关于" + in.year() + "年度星级党支部创建观摩活动情况的通报");
        return new ReviewReport(in.year(), in.standard().issuer(), title, request.date(), "各单位党组织：", opening(), parts,
                annexes);
    }

    private List<String> opening() {
        String period = observationPeriod().map(days -> "于" + date(days.get(0)) + "至" + date(days.get(days.size() - 1)))
                .orElse("");
        return List.of("根据《" + in.standard().name() + "》和" + in.year() + "年度星级党支部创建工作安排，工委" + period
                        + "组织开展了星级党支部创建观摩活动，并召开讲评会进行讲评。现将有关情况通报如下。");
    }

    // --- 一、the campaign in numbers -------------------------------------------------------------------------

    private String numbers(List<Block> blocks) {
        long declared = in.overview().total();
        Set<String> visitedUnits = new LinkedHashSet<>();
        Set<String> visitedBranches = new LinkedHashSet<>();
        in.visits().forEach(visit -> {
            visitedUnits.add(visit.unitCode());
            visit.branch().ifPresent(visitedBranches::add);
        });
        int days = observationPeriod().map(List::size).orElse(0);
        blocks.add(new Text("本年度共有" + in.units() + "个单位的" + in.branches() + "个党支部参加星级党支部创建，"
                + declared + "个党支部申报星级" + share(declared, in.branches()) + "。工委组建" + in.groups().size()
                + "个观摩组，用" + days + "天时间对" + visitedUnits.size() + "个单位的" + visitedBranches.size()
                + "个党支部进行了实地观摩。", false));
        List<String> sentences = in.overview().levels().stream()
                .map(level -> in.levelSentence().apply(new Object[] {level.level(), String.valueOf(level.declared()),
                        in.yearOnYear().apply(level.change())}))
                .toList();
        if (!sentences.isEmpty()) {
            blocks.add(new Text("从申报星级看，" + String.join("；", sentences) + "。", false));
        }
        List<List<String>> rows = new ArrayList<>();
        for (DeclarationOverview.LevelFigures level : in.overview().levels()) {
            rows.add(List.of(levelName(level.level()), String.valueOf(level.declared()),
                    count(level.byKind().get(DeclarationKind.KEEP)), count(level.byKind().get(DeclarationKind.PROMOTE)),
                    count(level.byKind().get(DeclarationKind.FIRST)), level.lastYear().map(String::valueOf).orElse("—"),
                    in.yearOnYear().apply(level.change())));
        }
        rows.add(List.of("合计", String.valueOf(declared), count(byKind(DeclarationKind.KEEP)),
                count(byKind(DeclarationKind.PROMOTE)), count(byKind(DeclarationKind.FIRST)), "", ""));
        blocks.add(new Table("表1  " + in.year() + "年度申报情况", List.of("申报星级", "申报数", "保持", "晋升", "首次", "上年申报", "与上年比较"),
                rows, new float[] {22, 10, 9, 9, 9, 11, 30}));

        Map<Integer, Long> rated = ratedByStars();
        long ratedTotal = rated.entrySet().stream().filter(entry -> entry.getKey() > 0).mapToLong(Map.Entry::getValue).sum();
        String byLevel = in.standard().levelsHighestFirst().stream()
                .map(level -> level.name() + rated.getOrDefault(level.stars().stars(), 0L) + "个")
                .collect(Collectors.joining("、"));
        blocks.add(new Text("经观摩评分、工委评定，" + in.results().size() + "个申报党支部中" + ratedTotal
                + "个评定为星级党支部，其中" + byLevel + "；" + rated.getOrDefault(0, 0L) + "个党支部未评定星级。", false));
        List<List<String>> resultRows = new ArrayList<>();
        Map<Integer, Long> declaredByLevel = new HashMap<>();
        in.overview().levels().forEach(level -> declaredByLevel.put(level.level(), level.declared()));
        for (Level level : in.standard().levelsHighestFirst()) {
            int stars = level.stars().stars();
            long count = rated.getOrDefault(stars, 0L);
            resultRows.add(List.of(level.name(), String.valueOf(declaredByLevel.getOrDefault(stars, 0L)),
                    String.valueOf(count), percent(count, in.results().size())));
        }
        resultRows.add(List.of("未评定星级", "—", String.valueOf(rated.getOrDefault(0, 0L)),
                percent(rated.getOrDefault(0, 0L), in.results().size())));
        resultRows.add(List.of("合计", String.valueOf(declared), String.valueOf(in.results().size()), "100%"));
        blocks.add(new Table("表2  " + in.year() + "年度评定结果", List.of("等次", "申报数", "评定数", "占比"), resultRows,
                new float[] {34, 22, 22, 22}));
        return "本年度创建观摩活动基本情况";
    }

    private long byKind(DeclarationKind kind) {
        return in.overview().levels().stream().mapToLong(level -> level.byKind().getOrDefault(kind, 0L)).sum();
    }

    private Map<Integer, Long> ratedByStars() {
        Map<Integer, Long> rated = new TreeMap<>();
        in.results().forEach(result -> rated.merge(result.stars(), 1L, Long::sum));
        return rated;
    }

    // --- 二、achievements --------------------------------------------------------------------------------------

    private String achievements(List<Block> blocks) {
        int sub = 0;
        List<ItemFigures> strongest = itemFigures.stream()
                .sorted(Comparator.comparing(ItemFigures::share).reversed().thenComparing(figures -> figures.item().code()))
                .limit(TOP_ITEMS).toList();
        blocks.add(new Heading(sub(sub++) + "得分率较高的指标"));
        if (strongest.isEmpty()) {
            blocks.add(new Text("观摩组尚无定稿的评分。", false));
        } else {
            blocks.add(new Text("从观摩评分看，" + strongest.stream().map(figures -> figures.item().name())
                    .collect(Collectors.joining("、")) + "等指标得分率较高，各党支部在这些方面基础扎实、工作规范。", false));
            blocks.add(itemTable("表" + tableNumber("strong") + "  得分率较高的指标", strongest, false));
        }

        blocks.add(new Heading(sub(sub++) + "成绩突出的单位"));
        List<UnitFigures> units = unitFigures().stream().filter(unit -> unit.results() > 0)
                .sorted(Comparator.comparing(UnitFigures::averageTotal).reversed().thenComparing(UnitFigures::code))
                .limit(TOP_UNITS).toList();
        if (!units.isEmpty()) {
            blocks.add(new Text(units.stream().limit(5).map(UnitFigures::name).collect(Collectors.joining("、"))
                    + "等单位党支部平均得分较高，创建工作扎实有效。", false));
            List<Level> levels = in.standard().levelsHighestFirst();
            List<String> header = new ArrayList<>(List.of("单位", "参评支部", "平均总分"));
            levels.forEach(level -> header.add(shortName(level)));
            List<List<String>> rows = units.stream().map(unit -> {
                List<String> row = new ArrayList<>(List.of(unit.name(), String.valueOf(unit.results()),
                        plain(unit.averageTotal())));
                levels.forEach(level -> row.add(String.valueOf(unit.byStars().getOrDefault(level.stars().stars(), 0L))));
                return row;
            }).toList();
            blocks.add(new Table("表" + tableNumber("units") + "  平均得分较高的单位", header, rows, null));
        }

        blocks.add(new Heading(sub(sub++) + "观摩组发现的亮点"));
        List<String> highlights = new ArrayList<>();
        in.findings().stream().filter(finding -> finding.kind() == Finding.Kind.HIGHLIGHT)
                .forEach(finding -> highlights.add(where(finding) + "：" + finding.text()));
        in.summaries().stream().filter(summary -> !blank(summary.highlights()))
                .forEach(summary -> highlights.add(summaryName(summary) + "：" + summary.highlights().strip()));
        List<String> distinct = highlights.stream().distinct().toList();
        if (distinct.isEmpty()) {
            blocks.add(new Text("观摩组未记录亮点。", false));
        } else {
            distinct.stream().limit(HIGHLIGHTS).forEach(text -> blocks.add(new Text(text, false)));
            if (distinct.size() > HIGHLIGHTS) {
                blocks.add(new Text("（另有" + (distinct.size() - HIGHLIGHTS) + "条亮点记录，略。）", false));
            }
        }
        return "创建工作取得的成效";
    }

    // --- 三、common problems ---------------------------------------------------------------------------------

    private String problems(List<Block> blocks) {
        List<ItemFigures> weakest = weakestItems();
        if (weakest.isEmpty()) {
            blocks.add(new Text("观摩组尚无定稿的评分。", false));
        } else {
            blocks.add(new Text("从各观摩组评分看，失分较多的指标集中在" + weakest.stream().map(figures -> figures.item().name())
                    .collect(Collectors.joining("、")) + "等方面。", false));
        }
        int sub = 0;
        for (ItemFigures figures : weakest) {
            blocks.add(new Heading(sub(sub++) + figures.item().name() + "方面"));
            blocks.add(new Text("该指标分值" + plain(figures.item().max()) + "分，" + figures.branches() + "个党支部平均得分"
                    + plain(figures.average()) + "分，得分率" + plain(figures.share()) + "%，合计失分" + plain(figures.lost())
                    + "分，" + figures.shortOf() + "个党支部未得满分。", false));
            List<String> examples = in.findings().stream()
                    .filter(finding -> finding.kind() == Finding.Kind.PROBLEM && figures.item().code().equals(finding.itemCode()))
                    .map(finding -> finding.text() + "（" + where(finding) + "）").distinct().limit(EXAMPLES).toList();
            if (!examples.isEmpty()) {
                blocks.add(new Text("如：" + String.join("；", examples) + "。", false));
            }
        }
        List<String> summaryProblems = in.summaries().stream().filter(summary -> !blank(summary.problems()))
                .map(summary -> summaryName(summary) + "：" + summary.problems().strip()).distinct().toList();
        if (!summaryProblems.isEmpty()) {
            blocks.add(new Heading(sub(sub++) + "观摩组汇总中指出的问题"));
            summaryProblems.forEach(text -> blocks.add(new Text(text, false)));
        }
        if (!itemFigures.isEmpty()) {
            List<ItemFigures> ranked = itemFigures.stream()
                    .sorted(Comparator.comparing(ItemFigures::lost).reversed().thenComparing(figures -> figures.item().code()))
                    .limit(TOP_UNITS).toList();
            blocks.add(itemTable("表" + tableNumber("lost") + "  失分较多的指标", ranked, true));
        }
        return "存在的共性问题";
    }

    private List<ItemFigures> weakestItems() {
        return itemFigures.stream().filter(figures -> figures.lost().signum() > 0)
                .sorted(Comparator.comparing(ItemFigures::lost).reversed().thenComparing(figures -> figures.item().code()))
                .limit(TOP_ITEMS).toList();
    }

    private Table itemTable(String caption, List<ItemFigures> rows, boolean lost) {
        List<String> header = lost ? List.of("指标", "分值", "平均得分", "得分率", "合计失分", "未得满分支部")
                : List.of("指标", "分值", "平均得分", "得分率");
        return new Table(caption, header, rows.stream().map(figures -> {
            List<String> row = new ArrayList<>(List.of(figures.item().code() + " " + figures.item().name(),
                    plain(figures.item().max()), plain(figures.average()), plain(figures.share()) + "%"));
            if (lost) {
                row.add(plain(figures.lost()));
                row.add(String.valueOf(figures.shortOf()));
            }
            return row;
        }).toList(), lost ? new float[] {34, 10, 12, 12, 14, 18} : new float[] {46, 18, 18, 18});
    }

    // --- 四、groups and units ----------------------------------------------------------------------------------

    private String groupsAndUnits(List<Block> blocks) {
        blocks.add(new Heading(sub(0) + "各观摩组观摩情况"));
        for (ObservationGroup group : in.groups()) {
            Set<String> units = new LinkedHashSet<>();
            Set<String> branches = new LinkedHashSet<>();
            in.visits().stream().filter(visit -> visit.group() == group.number()).forEach(visit -> {
                units.add(visit.unitCode());
                visit.branch().ifPresent(branches::add);
            });
            String members = group.members().stream().map(Observer::name).collect(Collectors.joining("、"));
            blocks.add(new Text(ObservationGroup.label(group.number()).replace(" ", "") + "：组长" + group.leader().name()
                    + (members.isEmpty() ? "" : "，成员" + members) + "；观摩" + units.size() + "个单位、" + branches.size()
                    + "个党支部" + (units.isEmpty() ? "" : "（" + units.stream().map(this::unitName)
                    .collect(Collectors.joining("、")) + "）") + "。", false));
            in.summaries().stream().filter(summary -> summary.group() == group.number() && summary.wholeGroup())
                    .findFirst().ifPresent(summary -> {
                        if (!blank(summary.impression())) {
                            blocks.add(new Text("总体印象：" + summary.impression().strip(), false));
                        }
                        if (!blank(summary.highlights())) {
                            blocks.add(new Text("主要亮点：" + summary.highlights().strip(), false));
                        }
                        if (!blank(summary.problems())) {
                            blocks.add(new Text("主要问题：" + summary.problems().strip(), false));
                        }
                    });
        }
        blocks.add(new Heading(sub(1) + "各单位评定情况"));
        List<Level> levels = in.standard().levelsHighestFirst();
        List<String> header = new ArrayList<>(List.of("单位", "申报"));
        levels.forEach(level -> header.add(shortName(level)));
        header.add("未评定");
        header.add("问题");
        List<List<String>> rows = new ArrayList<>();
        for (UnitFigures unit : unitFigures()) {
            List<String> row = new ArrayList<>(List.of(unit.name(), String.valueOf(unit.declared())));
            levels.forEach(level -> row.add(String.valueOf(unit.byStars().getOrDefault(level.stars().stars(), 0L))));
            row.add(String.valueOf(unit.byStars().getOrDefault(0, 0L)));
            row.add(String.valueOf(unit.problems()));
            rows.add(row);
        }
        blocks.add(new Table("表" + tableNumber("byUnit") + "  各单位申报和评定情况", header, rows, null));
        return "各观摩组和各单位情况";
    }

    // --- 五、rectification -------------------------------------------------------------------------------------

    private String rectification(List<Block> blocks) {
        String common = numerals.containsKey(ReportSection.PROBLEMS)
                ? "本通报第" + numerals.get(ReportSection.PROBLEMS) + "部分指出的共性问题" : "观摩中发现的共性问题";
        blocks.add(new Text("各单位党组织要对照" + common + "和观摩组指出的具体问题，逐个支部分析，逐条落实，整改提升。"
                + "整改工作于" + date(in.deadline()) + "前完成（自本通报印发之日起" + ReviewReports.DEADLINE_WORKING_DAYS
                + "个工作日内），整改情况经单位党委审核后书面报送工委。", false));
        List<List<String>> rows = new ArrayList<>();
        Set<String> unitsWithProblems = new LinkedHashSet<>();
        Map<String, List<String[]>> byUnit = new TreeMap<>();
        in.findings().stream().filter(finding -> finding.kind() == Finding.Kind.PROBLEM).forEach(finding ->
                byUnit.computeIfAbsent(finding.unitCode(), code -> new ArrayList<>()).add(new String[] {
                        branchName(finding.branchCode()), itemName(finding.itemCode()), finding.text(),
                        severity(finding.severity())}));
        in.summaries().stream().filter(summary -> !summary.wholeGroup() && !blank(summary.problems())).forEach(summary ->
                byUnit.computeIfAbsent(summary.unitCode(), code -> new ArrayList<>()).add(new String[] {
                        "（单位）", "—", summary.problems().strip(), "—"}));
        byUnit.forEach((unit, problems) -> {
            unitsWithProblems.add(unit);
            Set<String> seen = new LinkedHashSet<>();
            for (String[] problem : problems) {
                if (seen.add(String.join("\u0000", problem))) {
                    rows.add(List.of(unitName(unit), problem[0], problem[1], problem[2], problem[3], date(in.deadline())));
                }
            }
        });
        if (rows.isEmpty()) {
            blocks.add(new Text("观摩组未记录需整改的具体问题，各单位对照" + common + "开展自查整改。", false));
        } else {
            blocks.add(new Text("观摩中记录的具体问题共" + rows.size() + "条，涉及" + unitsWithProblems.size()
                    + "个单位，逐条列表如下；其余单位对照" + common + "开展自查整改。", false));
            blocks.add(new Table("表" + tableNumber("rectification") + "  各单位需整改的问题", List.of("单位", "党支部", "指标", "问题",
                    "程度", "整改时限"), rows, new float[] {16, 18, 14, 30, 8, 14}));
        }
        return "整改要求";
    }

    // --- annex -------------------------------------------------------------------------------------------------

    private Table annexTable() {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (DecidedBranch result : in.results()) {
            rows.add(List.of(String.valueOf(number++), result.unitName(), result.branchName(),
                    result.rated() ? result.levelName() : "未评定星级", result.total() == null ? "" : plain(result.total()),
                    String.join("、", result.honourNames())));
        }
        return new Table(in.year() + "年度星级党支部评定结果（按单位、等次）", List.of("序号", "单位", "党支部", "评定等次", "总分", "荣誉"),
                rows, new float[] {7, 22, 31, 16, 10, 14});
    }

    // --- figures -----------------------------------------------------------------------------------------------

    /** An item across the reviewed branches: average points, share of its maximum, points lost, branches short of it. */
    record ItemFigures(Item item, int branches, BigDecimal average, BigDecimal share, BigDecimal lost, int shortOf) {
    }

    /**
     * Each branch's points per item as its group(s) counted them: the leader's consensus where set,
     * else the members' average; a branch two groups saw counts the average of both.
     */
    private List<ItemFigures> itemFigures() {
        Map<String, Map<String, BigDecimal>> byBranch = CountedPoints.byBranch(in.reviewed(), items.keySet());
        List<ItemFigures> figures = new ArrayList<>();
        for (Item item : items.values()) {
            List<BigDecimal> points = byBranch.values().stream().map(branch -> branch.get(item.code()))
                    .filter(Objects::nonNull).toList();
            if (points.isEmpty() || item.max().signum() <= 0) {
                continue;
            }
            BigDecimal average = mean(points).setScale(2, RoundingMode.HALF_UP);
            BigDecimal share = mean(points).multiply(HUNDRED).divide(item.max(), 1, RoundingMode.HALF_UP);
            BigDecimal lost = points.stream().map(value -> item.max().subtract(value).max(BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
            int shortOf = (int) points.stream().filter(value -> value.compareTo(item.max()) < 0).count();
            figures.add(new ItemFigures(item, points.size(), average, share, lost, shortOf));
        }
        return figures;
    }

    /** A unit's declarations, results by level, average total and the problems recorded there. */
    record UnitFigures(String code, String name, long declared, int results, BigDecimal averageTotal,
                       Map<Integer, Long> byStars, long problems) {
    }

    private List<UnitFigures> unitFigures() {
        Map<String, List<DecidedBranch>> results = new TreeMap<>();
        in.results().forEach(result -> results.computeIfAbsent(result.unitCode(), code -> new ArrayList<>()).add(result));
        Map<String, Long> declared = new HashMap<>();
        in.overview().units().forEach(unit -> declared.put(unit.key(), unit.total()));
        Map<String, Long> problems = new HashMap<>();
        in.findings().stream().filter(finding -> finding.kind() == Finding.Kind.PROBLEM)
                .forEach(finding -> problems.merge(finding.unitCode(), 1L, Long::sum));
        Set<String> codes = new java.util.TreeSet<>(declared.keySet());
        codes.addAll(results.keySet());
        List<UnitFigures> units = new ArrayList<>();
        for (String code : codes) {
            List<DecidedBranch> decided = results.getOrDefault(code, List.of());
            Map<Integer, Long> byStars = new TreeMap<>();
            decided.forEach(result -> byStars.merge(result.stars(), 1L, Long::sum));
            List<BigDecimal> totals = decided.stream().map(DecidedBranch::total).filter(Objects::nonNull).toList();
            units.add(new UnitFigures(code, unitName(code), declared.getOrDefault(code, 0L), decided.size(),
                    totals.isEmpty() ? BigDecimal.ZERO : mean(totals).setScale(2, RoundingMode.HALF_UP), byStars,
                    problems.getOrDefault(code, 0L)));
        }
        return units;
    }

    // --- wording helpers ---------------------------------------------------------------------------------------

    /** Tables are numbered in the order they appear, whichever parts were chosen. */
    private final Map<String, Integer> tables = new HashMap<>();

    private int tableNumber(String name) {
        // 表1 and 表2 belong to the numbers part; the others follow.
        return tables.computeIfAbsent(name, key -> tables.size() + (request.sections().contains(ReportSection.NUMBERS) ? 3 : 1));
    }

    private Optional<List<LocalDate>> observationPeriod() {
        List<LocalDate> days = in.visits().stream().map(Visit::date).distinct().sorted().toList();
        return days.isEmpty() ? Optional.empty() : Optional.of(days);
    }

    private String levelName(int stars) {
        return in.standard().levelsHighestFirst().stream().filter(level -> level.stars().stars() == stars).findFirst()
                .map(Level::name).orElse(stars + "星级");
    }

    /** "五星级" for "五星级党支部": a table's column heading. */
    private static String shortName(Level level) {
        return level.name().replace("党支部", "");
    }

    private String unitName(String code) {
        return in.unitNames().getOrDefault(code, code);
    }

    private String branchName(String code) {
        return in.branchNames().getOrDefault(code, code);
    }

    private String itemName(String code) {
        return code == null ? "—" : in.standard().item(code).map(Item::name).orElse(code);
    }

    private String where(RecordedFinding finding) {
        return unitName(finding.unitCode()) + branchName(finding.branchCode());
    }

    private String summaryName(GroupSummary summary) {
        return summary.wholeGroup() ? ObservationGroup.label(summary.group()).replace(" ", "") + "汇总"
                : unitName(summary.unitCode()) + "（" + ObservationGroup.label(summary.group()).replace(" ", "") + "汇总）";
    }

    private static String severity(Finding.Severity severity) {
        if (severity == null) {
            return "—";
        }
        return switch (severity) {
            case MINOR -> "一般";
            case MODERATE -> "较重";
            case SERIOUS -> "严重";
        };
    }

    static String sub(int index) {
        return "（" + NUMERALS[index % NUMERALS.length] + "）";
    }

    static String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "" : "，占" + percent(part, whole);
    }

    private static String percent(long part, long whole) {
        if (whole == 0) {
            return "—";
        }
        return plain(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP))
                + "%";
    }

    private static String count(Long value) {
        return value == null ? "0" : String.valueOf(value);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return CountedPoints.mean(values);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
