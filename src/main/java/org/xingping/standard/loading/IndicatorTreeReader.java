package org.xingping.standard.loading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.xingping.platform.yaml.YamlMap;
import org.xingping.platform.yaml.YamlNode;
import org.xingping.standard.Item;
import org.xingping.standard.ItemRule;
import org.xingping.standard.Part;
import org.xingping.standard.Section;

/**
 * Reads {@code sections}: the scored indicator tree. "A section has code, name, items, and
 * optionally part and cap. An item has code (unique in the file), name, max (&gt; 0), rule, and
 * optionally guide, evidence and methods."
 */
final class IndicatorTreeReader {

    private static final List<String> SECTION_KEYS = List.of("code", "name", "part", "cap", "items");
    private static final List<String> ITEM_KEYS = List.of("code", "name", "max", "rule", "guide", "evidence", "methods");
    private static final List<String> RULE_KINDS = List.of("points", "deduct", "count", "grade", "check");

    private final Problems problems;
    /** Where each section or item code was first used, to report a duplicate against it. */
    private final Map<String, String> codesSeen = new HashMap<>();
    private final List<String> sectionCodes = new ArrayList<>();

    IndicatorTreeReader(Problems problems) {
        this.problems = problems;
    }

    List<Section> sections(YamlNode node) {
        List<Section> sections = new ArrayList<>();
        Optional<List<YamlNode>> elements = node.asList();
        if (elements.isEmpty()) {
            return sections;
        }
        if (elements.get().isEmpty()) {
            problems.add(node, "至少要有一个部分");
        }
        // Section codes first, so an item that repeats a later section's code is caught too.
        List<Optional<YamlMap>> maps = elements.get().stream().map(YamlNode::asMap).toList();
        List<Optional<String>> codes = maps.stream().map(map -> map.flatMap(this::sectionCode)).toList();
        codes.forEach(code -> code.ifPresent(sectionCodes::add));
        for (int i = 0; i < maps.size(); i++) {
            Optional<String> code = codes.get(i);
            maps.get(i).flatMap(map -> section(map, code)).ifPresent(sections::add);
        }
        return sections;
    }

    /** The codes of the sections read so far, also of those refused for another reason. */
    List<String> sectionCodes() {
        return sectionCodes;
    }

    private Optional<String> sectionCode(YamlMap map) {
        Optional<YamlNode> node = map.required("code");
        Optional<String> code = node.flatMap(YamlNode::asText).filter(c -> Names.isCode(node.get(), c, problems));
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (Names.RESERVED.contains(code.get())) {
            problems.add(node.get(), "“" + code.get() + "”是公式中的保留字，不能作为部分编码（保留字：" + String.join("、", Names.RESERVED) + "）");
            return Optional.empty();
        }
        return unique(node.get(), code.get()) ? code : Optional.empty();
    }

    private Optional<Section> section(YamlMap map, Optional<String> code) {
        map.allowOnly(SECTION_KEYS);
        Optional<String> name = map.required("name", YamlNode::asText);
        Part part = map.optional("part", node -> node.asWord(Part.values(), Part::code, "部分类型")).orElse(Part.BASE);
        Optional<BigDecimal> cap = map.optional("cap", YamlNode::asNumber).filter(c -> positive(map, "cap", c));
        List<Item> items = map.required("items").map(this::items).orElse(List.of());
        if (code.isEmpty() || name.isEmpty() || items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Section(code.get(), name.get(), part, cap, items));
    }

    private List<Item> items(YamlNode node) {
        List<Item> items = new ArrayList<>();
        Optional<List<YamlNode>> elements = node.asList();
        if (elements.isPresent() && elements.get().isEmpty()) {
            problems.add(node, "至少要有一个指标");
        }
        elements.ifPresent(list -> list.forEach(element -> element.asMap().flatMap(this::item).ifPresent(items::add)));
        return items;
    }

    private Optional<Item> item(YamlMap map) {
        map.allowOnly(ITEM_KEYS);
        Optional<YamlNode> codeNode = map.required("code");
        Optional<String> code = codeNode.flatMap(YamlNode::asText)
                .filter(c -> Names.isCode(codeNode.get(), c, problems))
                .filter(c -> unique(codeNode.get(), c));
        Optional<String> name = map.required("name", YamlNode::asText);
        Optional<BigDecimal> max = map.required("max", YamlNode::asNumber).filter(m -> positive(map, "max", m));
        Optional<ItemRule> rule = map.required("rule", YamlNode::asMap).flatMap(rules -> rule(rules, max));
        Optional<String> guide = map.optional("guide", YamlNode::asText);
        List<String> evidence = map.optional("evidence", YamlNode::asTextList).orElse(List.of());
        List<String> methods = map.optional("methods", YamlNode::asTextList).orElse(List.of());
        if (code.isEmpty() || name.isEmpty() || max.isEmpty() || rule.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Item(code.get(), name.get(), max.get(), rule.get(), guide, evidence, methods));
    }

    /** The rule of an item whose maximum is {@code max} (empty when the max itself was refused). */
    private Optional<ItemRule> rule(YamlMap rule, Optional<BigDecimal> max) {
        Optional<String> kind = rule.required("kind", YamlNode::asText);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        switch (kind.get()) {
            case "points": {
                rule.allowOnly(List.of("kind", "step"));
                BigDecimal step = rule.optional("step", YamlNode::asNumber).orElse(ItemRule.Points.DEFAULT_STEP);
                if (!positive(rule, "step", step)) {
                    return Optional.empty();
                }
                if (max.isPresent() && max.get().remainder(step).signum() != 0) {
                    problems.add(rule.self().child("step"), rule.self().line(),
                            "满分 " + max.get().toPlainString() + " 不是步长 " + step.toPlainString() + " 的整数倍，满分无法打出");
                    return Optional.empty();
                }
                return Optional.of(new ItemRule.Points(step));
            }
            case "deduct", "count": {
                rule.allowOnly(List.of("kind", "each", "unit"));
                Optional<BigDecimal> each = rule.required("each", YamlNode::asNumber).filter(e -> positive(rule, "each", e));
                String unit = rule.optional("unit", YamlNode::asText).orElse("");
                return each.map(e -> kind.get().equals("deduct") ? new ItemRule.Deduct(e, unit) : new ItemRule.Count(e, unit));
            }
            case "grade": {
                rule.allowOnly(List.of("kind", "grades"));
                return rule.required("grades", YamlNode::asMap).flatMap(grades -> grades(grades, max)).map(ItemRule.Grade::new);
            }
            case "check": {
                rule.allowOnly(List.of("kind"));
                return Optional.of(new ItemRule.Check());
            }
            default: {
                problems.add(rule.self().child("kind"), rule.self().line(),
                        "未知的评分方式“" + kind.get() + "”（可用：" + String.join("、", RULE_KINDS) + "）");
                return Optional.empty();
            }
        }
    }

    /** "grades: label → points, each ≤ max". */
    private Optional<Map<String, BigDecimal>> grades(YamlMap grades, Optional<BigDecimal> max) {
        if (grades.keys().isEmpty()) {
            problems.add(grades.self(), "至少要有一个等次");
            return Optional.empty();
        }
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        boolean allRead = true;
        for (String label : grades.keys()) {
            YamlNode node = grades.optional(label).orElse(null);
            Optional<BigDecimal> value = node == null ? Optional.empty() : node.asNumber();
            if (node == null) {
                problems.add(grades.self().child(label), grades.self().line(), "缺少该等次的分值");
            } else if (value.isPresent() && value.get().signum() < 0) {
                problems.add(node, "等次分值不能为负数");
                value = Optional.empty();
            } else if (value.isPresent() && max.isPresent() && value.get().compareTo(max.get()) > 0) {
                problems.add(node, "等次分值 " + value.get().toPlainString() + " 高于本项满分 " + max.get().toPlainString());
                value = Optional.empty();
            }
            value.ifPresent(v -> points.put(label, v));
            allRead &= value.isPresent();
        }
        return allRead ? Optional.of(points) : Optional.empty();
    }

    private boolean unique(YamlNode node, String code) {
        String first = codesSeen.putIfAbsent(code, node.path());
        if (first != null) {
            problems.add(node, "编码“" + code + "”与 " + first + " 重复（部分和指标的编码在文件中必须唯一）");
            return false;
        }
        return true;
    }

    private boolean positive(YamlMap map, String key, BigDecimal value) {
        if (value.signum() <= 0) {
            problems.add(map.optional(key).map(YamlNode::path).orElse(map.self().child(key)),
                    map.optional(key).map(YamlNode::line).orElse(map.self().line()), "必须大于 0");
            return false;
        }
        return true;
    }
}
