package org.xingping.standard.loading;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.xingping.platform.yaml.YamlDocument;
import org.xingping.platform.yaml.YamlMap;
import org.xingping.platform.yaml.YamlNode;
import org.xingping.standard.Condition;
import org.xingping.standard.Consolidation;
import org.xingping.standard.Formula;
import org.xingping.standard.Honour;
import org.xingping.standard.Level;
import org.xingping.standard.Notice;
import org.xingping.standard.Promotion;
import org.xingping.standard.Quota;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Rounding;
import org.xingping.standard.Section;
import org.xingping.standard.StandardRefused;
import org.xingping.standard.Veto;

/**
 * Reads a standard file of format {@code xingping-standard/1} into a {@link RatingStandard}, or
 * refuses it with every problem found. The YAML is only composed into plain nodes
 * ({@link YamlDocument}), so no tag can instantiate a class and no number passes through binary
 * floating point.
 */
public final class StandardReader {

    public static final String FORMAT = "xingping-standard/1";

    private static final List<String> TOP_KEYS = List.of("format", "id", "name", "issuer", "year", "rounding",
            "conditions", "sections", "formula", "observation", "levels", "vetoes", "promotion", "quotas",
            "honours", "notice");

    private final Problems problems = new Problems();

    private StandardReader() {
    }

    /**
     * Reads a standard from its text.
     *
     * @throws StandardRefused with every problem when the text breaks any rule
     */
    public static RatingStandard read(String text) {
        StandardReader reader = new StandardReader();
        Optional<YamlNode> root = YamlDocument.root(text, reader.problems);
        reader.problems.throwIfAny();
        RatingStandard standard = root.orElseThrow().asMap().map(reader::standard).orElse(null);
        reader.problems.throwIfAny();
        return standard;
    }

    /**
     * The text of a file that must be UTF-8.
     *
     * @throws StandardRefused when the bytes are not UTF-8, naming the line of the first bad byte
     */
    public static String utf8(byte[] bytes) {
        Problems problems = new Problems();
        Optional<String> text = YamlDocument.utf8(bytes, problems);
        problems.throwIfAny();
        return text.orElseThrow();
    }

    private RatingStandard standard(YamlMap top) {
        top.allowOnly(TOP_KEYS);
        top.required("format", YamlNode::asText).filter(format -> !FORMAT.equals(format))
                .ifPresent(format -> problems.add(top.optional("format").orElseThrow(), "应为 " + FORMAT + "，而不是“" + format + "”"));
        Optional<RatingStandard.Identity> identity = identity(top);
        Rounding rounding = top.optional("rounding", YamlNode::asMap).map(this::rounding).orElse(Rounding.DEFAULT);

        // Conditions are named before anything refers to them; their codes are known even when
        // a definition is refused, so a reference to it is not reported a second time.
        Set<String> conditionCodes = new LinkedHashSet<>();
        Optional<YamlMap> conditionsMap = top.optional("conditions", YamlNode::asMap);
        conditionsMap.ifPresent(map -> conditionCodes.addAll(map.keys()));

        IndicatorTreeReader tree = new IndicatorTreeReader(problems);
        List<Section> sections = top.required("sections").map(tree::sections).orElse(List.of());
        ExpressionReader expressions = new ExpressionReader(tree.sectionCodes(), problems);
        RatingRulesReader rules = new RatingRulesReader(problems, expressions, conditionCodes);

        Map<String, Condition> conditions = conditionsMap.map(rules::conditions).orElse(Map.of());
        Optional<Formula> formula = top.optional("formula").flatMap(expressions::formula);
        Consolidation consolidation = top.optional("observation", YamlNode::asMap).flatMap(this::consolidation)
                .orElse(Consolidation.MEAN);
        List<Level> levels = top.required("levels").map(rules::levels).orElse(List.of());
        Map<String, YamlNode> codesSeen = new HashMap<>();
        List<Veto> vetoes = top.optional("vetoes").map(node -> rules.vetoes(node, codesSeen)).orElse(List.of());
        Optional<Promotion> promotion = top.optional("promotion", YamlNode::asMap).flatMap(rules::promotion);
        List<Quota> quotas = top.optional("quotas").map(node -> rules.quotas(node, levels)).orElse(List.of());
        List<Honour> honours = top.optional("honours").map(node -> rules.honours(node, levels, codesSeen)).orElse(List.of());
        Notice notice = top.optional("notice", YamlNode::asMap).map(this::notice).orElse(Notice.DEFAULT);

        if (!problems.isEmpty() || identity.isEmpty()) {
            return null;
        }
        return new RatingStandard(identity.get(), rounding, conditions, sections, formula, consolidation,
                levels, vetoes, promotion, quotas, honours, notice);
    }

    private Optional<RatingStandard.Identity> identity(YamlMap top) {
        Optional<YamlNode> idNode = top.required("id");
        Optional<String> id = idNode.flatMap(YamlNode::asText).filter(code -> Names.isCode(idNode.get(), code, problems));
        Optional<String> name = top.required("name", YamlNode::asText);
        Optional<String> issuer = top.required("issuer", YamlNode::asText);
        Optional<Integer> year = top.required("year", node -> node.asInteger(1900, 9999));
        if (id.isEmpty() || name.isEmpty() || issuer.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RatingStandard.Identity(id.get(), name.get(), issuer.get(), year.get()));
    }

    /** {@code rounding: {scale, mode}}, each defaulting to {@code {scale: 2, mode: half-up}}. */
    private Rounding rounding(YamlMap map) {
        map.allowOnly(List.of("scale", "mode"));
        int scale = map.optional("scale", node -> node.asInteger(0, 10)).orElse(Rounding.DEFAULT.scale());
        Rounding.Mode mode = map.optional("mode", node -> node.asWord(Rounding.Mode.values(), Rounding.Mode::code, "舍入方式"))
                .orElse(Rounding.DEFAULT.mode());
        return new Rounding(scale, mode);
    }

    private Optional<Consolidation> consolidation(YamlMap map) {
        map.allowOnly(List.of("consolidate"));
        return map.optional("consolidate", node -> node.asWord(Consolidation.values(), Consolidation::code, "汇总方式"));
    }

    private Notice notice(YamlMap map) {
        map.allowOnly(List.of("days", "workingDays"));
        int days = map.optional("days", node -> node.asInteger(1, 365)).orElse(Notice.DEFAULT.days());
        boolean workingDays = map.optional("workingDays", YamlNode::asBoolean).orElse(Notice.DEFAULT.workingDays());
        return new Notice(days, workingDays);
    }
}
