package org.xingping.standard.loading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import org.xingping.platform.yaml.YamlMap;
import org.xingping.platform.yaml.YamlNode;
import org.xingping.standard.Comparison;
import org.xingping.standard.Condition;
import org.xingping.standard.Honour;
import org.xingping.standard.Level;
import org.xingping.standard.Promotion;
import org.xingping.standard.Quota;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.StarLevel;
import org.xingping.standard.Veto;
import org.xingping.standard.VetoEffect;

/**
 * Reads what turns a total into a level: {@code conditions}, {@code levels}, {@code vetoes},
 * {@code promotion}, {@code quotas} and {@code honours}, and checks that every name they use is
 * defined.
 *
 * <p>Levels, since a standard "may define only some of the levels 1–5": a level is <em>missing</em>
 * when {@code levels} is absent or empty, or an entry lacks {@code stars}, {@code name} or
 * {@code min}; levels <em>overlap</em> when two entries have the same {@code stars}, or when their
 * thresholds do not strictly rise with the stars (an equal {@code min} gives one score band to two
 * levels; a lower level with a higher {@code min} crosses the bands). Gaps in the stars (a scheme of
 * three to five stars) and a lowest {@code min} above zero (below it: not rated) are allowed.
 */
final class RatingRulesReader {

    private static final List<String> CONDITION_KEYS = List.of("name", "kind", "stars", "yearsBack", "expr");
    private static final List<String> LEVEL_KEYS = List.of("stars", "name", "min", "requires");
    private static final List<String> VETO_KEYS = List.of("code", "name", "effect", "when");
    private static final List<String> PROMOTION_KEYS = List.of("maxStep", "skipWith");
    private static final List<String> QUOTA_KEYS = List.of("stars", "maxShare", "of", "mode");
    private static final List<String> HONOUR_KEYS = List.of("code", "name", "requiresStars", "requires", "maxCount");
    private static final String NOT_RATED = "notRated";

    private final Problems problems;
    private final ExpressionReader expressions;
    /** Condition codes of the file, also those whose definition was refused, so references are judged once. */
    private final Set<String> conditionCodes;

    RatingRulesReader(Problems problems, ExpressionReader expressions, Set<String> conditionCodes) {
        this.problems = problems;
        this.expressions = expressions;
        this.conditionCodes = conditionCodes;
    }

    // ---- conditions ----

    Map<String, Condition> conditions(YamlMap map) {
        Map<String, Condition> conditions = new LinkedHashMap<>();
        for (String code : map.keys()) {
            YamlNode node = map.optional(code).orElse(null);
            if (node == null) {
                problems.add(map.self().child(code), map.self().line(), "缺少条件的定义（name、kind）");
                continue;
            }
            if (!Names.IDENTIFIER.matcher(code).matches()) {
                problems.add(node, "条件名“" + code + "”只能由字母、数字和下划线组成，且不以数字开头");
            } else if (RatingStandard.APPRAISAL.equals(code)) {
                problems.add(node, "“appraisal”是认定事实中的测评分，不能作为条件名");
            }
            node.asMap().flatMap(definition -> condition(code, definition)).ifPresent(c -> conditions.put(code, c));
        }
        return conditions;
    }

    private Optional<Condition> condition(String code, YamlMap map) {
        map.allowOnly(CONDITION_KEYS);
        Optional<String> name = map.required("name", YamlNode::asText);
        Optional<String> kind = map.required("kind", YamlNode::asText);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return switch (kind.get()) {
            case "flag" -> {
                refuseKeys(map, "flag", "stars", "yearsBack", "expr");
                yield name.map(n -> new Condition.Flag(code, n));
            }
            case "history" -> {
                refuseKeys(map, "history", "expr");
                Optional<Integer> stars = map.required("stars", node -> node.asInteger(1, StarLevel.HIGHEST));
                Optional<Integer> yearsBack = map.required("yearsBack", node -> node.asInteger(1, 100));
                if (name.isEmpty() || stars.isEmpty() || yearsBack.isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(new Condition.History(code, name.get(), StarLevel.of(stars.get()), yearsBack.get()));
            }
            case "expr" -> {
                refuseKeys(map, "expr", "stars", "yearsBack");
                Optional<Comparison> expr = map.required("expr").flatMap(expressions::comparison);
                if (name.isEmpty() || expr.isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(new Condition.Expr(code, name.get(), expr.get()));
            }
            default -> {
                problems.add(map.self().child("kind"), map.self().line(), "未知的条件类型“" + kind.get() + "”（可用：flag、history、expr）");
                yield Optional.empty();
            }
        };
    }

    private void refuseKeys(YamlMap map, String kind, String... keys) {
        for (String key : keys) {
            map.optional(key).ifPresent(node -> problems.add(node, "kind: " + kind + " 的条件不用此键"));
        }
    }

    // ---- levels ----

    List<Level> levels(YamlNode node) {
        List<Level> levels = new ArrayList<>();
        Optional<List<YamlNode>> elements = node.asList();
        if (elements.isEmpty()) {
            return levels;
        }
        if (elements.get().isEmpty()) {
            problems.add(node, "至少要定义一个星级");
            return levels;
        }
        Map<Integer, YamlNode> starsSeen = new HashMap<>();
        Map<Level, YamlNode> minNodes = new HashMap<>();
        for (YamlNode element : elements.get()) {
            element.asMap().flatMap(map -> level(map, starsSeen, minNodes)).ifPresent(levels::add);
        }
        refuseOverlappingThresholds(levels, minNodes);
        return levels;
    }

    private Optional<Level> level(YamlMap map, Map<Integer, YamlNode> starsSeen, Map<Level, YamlNode> minNodes) {
        map.allowOnly(LEVEL_KEYS);
        Optional<YamlNode> starsNode = map.required("stars");
        Optional<Integer> stars = starsNode.flatMap(node -> node.asInteger(1, StarLevel.HIGHEST));
        if (stars.isPresent() && starsSeen.containsKey(stars.get())) {
            problems.add(starsNode.get(), stars.get() + " 星重复定义（" + starsSeen.get(stars.get()).path() + " 已定义），星级区间重叠");
            stars = Optional.empty();
        }
        stars.ifPresent(s -> starsSeen.put(s, starsNode.get()));
        Optional<String> name = map.required("name", YamlNode::asText);
        Optional<YamlNode> minNode = map.required("min");
        Optional<BigDecimal> min = minNode.flatMap(YamlNode::asNumber);
        List<String> requires = map.optional("requires").map(this::conditionReferences).orElse(List.of());
        if (stars.isEmpty() || name.isEmpty() || min.isEmpty()) {
            return Optional.empty();
        }
        Level level = new Level(StarLevel.of(stars.get()), name.get(), min.get(), requires);
        minNodes.put(level, minNode.get());
        return Optional.of(level);
    }

    /** Each level's min must lie strictly above the min of the next defined level below it. */
    private void refuseOverlappingThresholds(List<Level> levels, Map<Level, YamlNode> minNodes) {
        List<Level> ascending = new ArrayList<>(levels);
        ascending.sort(Comparator.comparing(Level::stars));
        for (int i = 0; i + 1 < ascending.size(); i++) {
            Level lower = ascending.get(i);
            Level higher = ascending.get(i + 1);
            int order = lower.min().compareTo(higher.min());
            if (order == 0) {
                problems.add(minNodes.get(lower), lower.stars() + "的分数线与" + higher.stars() + "相同（"
                        + higher.min().toPlainString() + "），分数区间重叠");
            } else if (order > 0) {
                problems.add(minNodes.get(lower), lower.stars() + "的分数线 " + lower.min().toPlainString() + " 高于"
                        + higher.stars() + "的分数线 " + higher.min().toPlainString() + "，分数区间重叠");
            }
        }
    }

    // ---- vetoes ----

    List<Veto> vetoes(YamlNode node, Map<String, YamlNode> codesSeen) {
        List<Veto> vetoes = new ArrayList<>();
        node.asList().ifPresent(list -> list.forEach(element ->
                element.asMap().flatMap(map -> veto(map, codesSeen)).ifPresent(vetoes::add)));
        return vetoes;
    }

    private Optional<Veto> veto(YamlMap map, Map<String, YamlNode> codesSeen) {
        map.allowOnly(VETO_KEYS);
        Optional<String> code = uniqueCode(map, codesSeen, "否决项");
        if (code.isPresent() && (conditionCodes.contains(code.get()) || RatingStandard.APPRAISAL.equals(code.get()))) {
            problems.add(map.optional("code").orElseThrow(), "否决项编码“" + code.get() + "”与条件名相同，认定事实无法区分");
            code = Optional.empty();
        }
        Optional<String> name = map.required("name", YamlNode::asText);
        Optional<VetoEffect> effect = map.required("effect").flatMap(this::vetoEffect);
        Optional<YamlNode> whenNode = map.optional("when");
        Optional<Comparison> when = whenNode.flatMap(expressions::comparison);
        if (code.isEmpty() || name.isEmpty() || effect.isEmpty() || (whenNode.isPresent() && when.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new Veto(code.get(), name.get(), effect.get(), when));
    }

    /** {@code effect: {maxStars: n}} or {@code effect: notRated}. */
    private Optional<VetoEffect> vetoEffect(YamlNode node) {
        if (node.isMapping()) {
            return node.asMap().flatMap(map -> {
                map.allowOnly(List.of("maxStars"));
                return map.required("maxStars", this::maxStars);
            });
        }
        if (node.isScalar() && NOT_RATED.equals(node.asText().orElse(""))) {
            return Optional.of(new VetoEffect.NotRated());
        }
        problems.add(node, "应为 notRated 或 {maxStars: n}");
        return Optional.empty();
    }

    /** A cap of 1 to 4 stars: 0 is written notRated, and 5 would cap nothing. */
    private Optional<VetoEffect> maxStars(YamlNode node) {
        Optional<Integer> stars = node.asInteger();
        if (stars.isPresent() && (stars.get() < 1 || stars.get() >= StarLevel.HIGHEST)) {
            problems.add(node, "应为 1 到 4 之间的整数（不予评定请写 effect: notRated），而不是 " + stars.get());
            return Optional.empty();
        }
        return stars.map(n -> new VetoEffect.MaxStars(StarLevel.of(n)));
    }

    // ---- promotion, quotas, honours ----

    Optional<Promotion> promotion(YamlMap map) {
        map.allowOnly(PROMOTION_KEYS);
        Optional<Integer> maxStep = map.required("maxStep", node -> node.asInteger(1, StarLevel.HIGHEST - 1));
        List<String> skipWith = map.optional("skipWith").map(this::conditionReferences).orElse(List.of());
        return maxStep.map(step -> new Promotion(step, skipWith));
    }

    List<Quota> quotas(YamlNode node, List<Level> levels) {
        List<Quota> quotas = new ArrayList<>();
        Map<Integer, String> starsSeen = new TreeMap<>();
        node.asList().ifPresent(list -> list.forEach(element ->
                element.asMap().flatMap(map -> quota(map, levels, starsSeen)).ifPresent(quotas::add)));
        return quotas;
    }

    private Optional<Quota> quota(YamlMap map, List<Level> levels, Map<Integer, String> starsSeen) {
        map.allowOnly(QUOTA_KEYS);
        Optional<Integer> stars = map.required("stars").flatMap(node -> quotaStars(node, levels, starsSeen));
        Optional<YamlNode> shareNode = map.required("maxShare");
        Optional<BigDecimal> share = shareNode.flatMap(YamlNode::asNumber);
        if (share.isPresent() && (share.get().signum() <= 0 || share.get().compareTo(BigDecimal.ONE) > 0)) {
            problems.add(shareNode.get(), "名额比例应大于 0 且不超过 1（如 0.20 表示 20%），而不是 " + share.get().toPlainString());
            share = Optional.empty();
        }
        Optional<Quota.Population> of = map.required("of", node -> node.asWord(Quota.Population.values(), Quota.Population::code, "名额基数"));
        Optional<Quota.Mode> mode = map.required("mode", node -> node.asWord(Quota.Mode.values(), Quota.Mode::code, "名额方式"));
        if (stars.isEmpty() || share.isEmpty() || of.isEmpty() || mode.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Quota(StarLevel.of(stars.get()), share.get(), of.get(), mode.get()));
    }

    private Optional<Integer> quotaStars(YamlNode node, List<Level> levels, Map<Integer, String> starsSeen) {
        Optional<Integer> stars = node.asInteger(1, StarLevel.HIGHEST);
        if (stars.isEmpty()) {
            return stars;
        }
        if (levels.stream().noneMatch(l -> l.stars().stars() == stars.get())) {
            problems.add(node, "标准未定义 " + stars.get() + " 星，无法设名额");
            return Optional.empty();
        }
        if (starsSeen.containsKey(stars.get())) {
            problems.add(node, stars.get() + " 星的名额重复（" + starsSeen.get(stars.get()) + " 已设）");
            return Optional.empty();
        }
        starsSeen.put(stars.get(), node.path());
        return stars;
    }

    List<Honour> honours(YamlNode node, List<Level> levels, Map<String, YamlNode> codesSeen) {
        List<Honour> honours = new ArrayList<>();
        node.asList().ifPresent(list -> list.forEach(element ->
                element.asMap().flatMap(map -> honour(map, levels, codesSeen)).ifPresent(honours::add)));
        return honours;
    }

    private Optional<Honour> honour(YamlMap map, List<Level> levels, Map<String, YamlNode> codesSeen) {
        map.allowOnly(HONOUR_KEYS);
        Optional<String> code = uniqueCode(map, codesSeen, "荣誉");
        Optional<String> name = map.required("name", YamlNode::asText);
        Optional<Integer> stars = map.required("requiresStars").flatMap(node -> honourStars(node, levels));
        List<String> requires = map.optional("requires").map(this::conditionReferences).orElse(List.of());
        Optional<Integer> maxCount = map.optional("maxCount", n -> n.asInteger(1, Integer.MAX_VALUE));
        if (code.isEmpty() || name.isEmpty() || stars.isEmpty()) {
            return Optional.empty();
        }
        OptionalInt count = maxCount.map(OptionalInt::of).orElse(OptionalInt.empty());
        return Optional.of(new Honour(code.get(), name.get(), StarLevel.of(stars.get()), requires, count));
    }

    private Optional<Integer> honourStars(YamlNode node, List<Level> levels) {
        Optional<Integer> stars = node.asInteger(1, StarLevel.HIGHEST);
        if (stars.isPresent() && levels.stream().noneMatch(l -> l.stars().stars() >= stars.get())) {
            problems.add(node, "标准未定义 " + stars.get() + " 星或更高的星级，没有支部能获此荣誉");
            return Optional.empty();
        }
        return stars;
    }

    // ---- shared ----

    /** A list of condition names, each of which the standard must define. */
    private List<String> conditionReferences(YamlNode node) {
        List<String> references = new ArrayList<>();
        node.asList().ifPresent(elements -> {
            for (YamlNode element : elements) {
                element.asText().ifPresent(name -> {
                    if (conditionCodes.contains(name)) {
                        references.add(name);
                    } else {
                        problems.add(element, "未定义的条件“" + name + "”"
                                + (conditionCodes.isEmpty() ? "（conditions 中没有任何条件）" : "（已定义：" + String.join("、", conditionCodes) + "）"));
                    }
                });
            }
        });
        return references;
    }

    private Optional<String> uniqueCode(YamlMap map, Map<String, YamlNode> codesSeen, String what) {
        Optional<YamlNode> node = map.required("code");
        Optional<String> code = node.flatMap(YamlNode::asText).filter(c -> Names.isCode(node.get(), c, problems));
        if (code.isPresent() && codesSeen.containsKey(code.get())) {
            problems.add(node.get(), what + "编码“" + code.get() + "”与 " + codesSeen.get(code.get()).path() + " 重复");
            return Optional.empty();
        }
        code.ifPresent(c -> codesSeen.put(c, node.get()));
        return code;
    }
}
