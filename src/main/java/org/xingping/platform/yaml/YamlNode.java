package org.xingping.platform.yaml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of the file with its path ({@code sections[2].items[0].rule}) and line. Scalars are read
 * from their text, so a number becomes an exact {@link BigDecimal} and never passes through a
 * binary floating-point value; every mismatch is reported to {@link YamlProblems} and answered empty.
 */
public final class YamlNode {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Set<String> TRUE = Set.of("true", "yes", "是");
    private static final Set<String> FALSE = Set.of("false", "no", "否");

    private final Node node;
    private final String path;
    private final YamlProblems problems;

    public YamlNode(Node node, String path, YamlProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    public String path() {
        return path;
    }

    public int line() {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** An explicit {@code ~}, {@code null} or an empty value: the key is there but says nothing. */
    public boolean isNull() {
        return node instanceof ScalarNode scalar && Tag.NULL.equals(scalar.getTag());
    }

    public String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public Optional<YamlMap> asMap() {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(this, mapping, problems));
        }
        problems.add(this, "应为映射（键: 值）");
        return Optional.empty();
    }

    public Optional<List<YamlNode>> asList() {
        if (node instanceof SequenceNode sequence) {
            List<YamlNode> elements = new ArrayList<>();
            for (int i = 0; i < sequence.getValue().size(); i++) {
                elements.add(new YamlNode(sequence.getValue().get(i), path + "[" + i + "]", problems));
            }
            return Optional.of(elements);
        }
        problems.add(this, "应为列表");
        return Optional.empty();
    }

    /** A list of texts, such as {@code evidence} or {@code requires}. */
    public Optional<List<String>> asTextList() {
        Optional<List<YamlNode>> elements = asList();
        if (elements.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        boolean allTexts = true;
        for (YamlNode element : elements.get()) {
            Optional<String> text = element.asText();
            text.ifPresent(texts::add);
            allTexts &= text.isPresent();
        }
        return allTexts ? Optional.of(texts) : Optional.empty();
    }

    /** A non-blank text; numbers and words the YAML reader would type are taken as written. */
    public Optional<String> asText() {
        if (node instanceof ScalarNode scalar && !isNull()) {
            String text = scalar.getValue().strip();
            if (text.isEmpty()) {
                problems.add(this, "不能为空");
                return Optional.empty();
            }
            return Optional.of(text);
        }
        problems.add(this, isNull() ? "不能为空" : "应为文字");
        return Optional.empty();
    }

    public Optional<BigDecimal> asNumber() {
        Optional<String> text = scalarText("应为数字");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(text.get()).matches()) {
            problems.add(this, "应为数字，而不是“" + text.get() + "”");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.get()));
    }

    public Optional<Integer> asInteger() {
        Optional<String> text = scalarText("应为整数");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!INTEGER.matcher(text.get()).matches() || text.get().length() > 9) {
            problems.add(this, "应为整数，而不是“" + text.get() + "”");
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(text.get()));
    }

    /** An integer within [min, max], else a problem that names the range. */
    public Optional<Integer> asInteger(int min, int max) {
        Optional<Integer> value = asInteger();
        if (value.isPresent() && (value.get() < min || value.get() > max)) {
            problems.add(this, "应为 " + min + " 到 " + max + " 之间的整数，而不是 " + value.get());
            return Optional.empty();
        }
        return value;
    }

    public Optional<Boolean> asBoolean() {
        Optional<String> text = scalarText("应为 true 或 false");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String word = text.get().toLowerCase(Locale.ROOT);
        if (TRUE.contains(word)) {
            return Optional.of(true);
        }
        if (FALSE.contains(word)) {
            return Optional.of(false);
        }
        problems.add(this, "应为 true 或 false，而不是“" + text.get() + "”");
        return Optional.empty();
    }

    /** One of the words of {@code values} (an enum's codes), or a problem listing them. */
    public <E> Optional<E> asWord(E[] values, Function<E, String> code, String what) {
        Optional<String> text = asText();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (E value : values) {
            if (code.apply(value).equals(text.get())) {
                return Optional.of(value);
            }
        }
        List<String> known = Arrays.stream(values).map(code).toList();
        problems.add(this, "未知的" + what + "“" + text.get() + "”（可用：" + String.join("、", known) + "）");
        return Optional.empty();
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    /** The raw text of a scalar key (mapping keys are scalars in a standard). */
    public Optional<String> keyText() {
        if (node instanceof ScalarNode scalar) {
            return Optional.of(scalar.getValue());
        }
        problems.add(this, "键应为文字");
        return Optional.empty();
    }

    private Optional<String> scalarText(String expected) {
        if (node instanceof ScalarNode scalar && !isNull()) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.add(this, isNull() ? "不能为空，" + expected : expected);
        return Optional.empty();
    }
}
