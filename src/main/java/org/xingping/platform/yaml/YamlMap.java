package org.xingping.platform.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * A mapping of the file, by key in the file's order. Duplicate keys and keys the format does not
 * know are problems: a misspelt {@code requries} would otherwise drop a prerequisite silently.
 */
public final class YamlMap {

    private final YamlNode self;
    private final Map<String, YamlNode> entries = new LinkedHashMap<>();
    private final Map<String, YamlNode> keyNodes = new LinkedHashMap<>();
    private final YamlProblems problems;

    YamlMap(YamlNode self, MappingNode mapping, YamlProblems problems) {
        this.self = self;
        this.problems = problems;
        for (NodeTuple tuple : mapping.getValue()) {
            YamlNode keyNode = new YamlNode(tuple.getKeyNode(), self.path(), problems);
            Optional<String> key = keyNode.keyText();
            if (key.isEmpty()) {
                continue;
            }
            YamlNode value = new YamlNode(tuple.getValueNode(), self.child(key.get()), problems);
            if (entries.containsKey(key.get())) {
                problems.add(value, "重复的键（第 " + keyNodes.get(key.get()).line() + " 行已有）");
                continue;
            }
            entries.put(key.get(), value);
            keyNodes.put(key.get(), keyNode);
        }
    }

    public YamlNode self() {
        return self;
    }

    /** The keys, in the file's order. */
    public Set<String> keys() {
        return entries.keySet();
    }

    /** The value under {@code key}, or empty when the key is absent or its value is null. */
    public Optional<YamlNode> optional(String key) {
        YamlNode value = entries.get(key);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** The value under {@code key}, or a "missing" problem. */
    public Optional<YamlNode> required(String key) {
        Optional<YamlNode> value = optional(key);
        if (value.isEmpty()) {
            problems.add(self.child(key), self.line(), "缺少必填项");
        }
        return value;
    }

    public <T> Optional<T> required(String key, Function<YamlNode, Optional<T>> reading) {
        return required(key).flatMap(reading);
    }

    public <T> Optional<T> optional(String key, Function<YamlNode, Optional<T>> reading) {
        return optional(key).flatMap(reading);
    }

    /** Reports every key that is not one of {@code known}. */
    public void allowOnly(List<String> known) {
        for (Map.Entry<String, YamlNode> entry : entries.entrySet()) {
            if (!known.contains(entry.getKey())) {
                problems.add(entry.getValue(), "未知的键（可用：" + String.join("、", known) + "）");
            }
        }
    }
}
