package org.xingping.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every word of the UI lives in the message bundles: a template holding text of its own fails
 * here, as does a key used by a template but missing from either bundle, or a key one bundle has
 * and the other lacks.
 */
class MessageBundleTests {

    /** Attributes a person reads; each needs its th: counterpart instead of literal text. */
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label",
            "data-confirm", "value", "label");
    private static final Pattern LETTERS = Pattern.compile("[\\p{IsHan}\\p{IsLatin}]");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

    @Test
    void templatesHoldNoTextOfTheirOwn() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Resource template : templates()) {
            literalTexts(parse(template)).forEach(text -> offenders.add(template.getFilename() + ": " + text));
        }
        assertThat(offenders).as("text in templates that is not in the message bundles").isEmpty();
    }

    @Test
    void everyKeyATemplateUsesIsInBothBundles() throws IOException {
        Properties chinese = bundle("messages_zh_CN.properties");
        Properties english = bundle("messages_en.properties");
        Set<String> missing = new TreeSet<>();
        for (Resource template : templates()) {
            String source = new String(template.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher keys = MESSAGE_KEY.matcher(source);
            while (keys.find()) {
                String key = keys.group(1);
                if (!chinese.containsKey(key)) {
                    missing.add("zh_CN " + key + " (" + template.getFilename() + ")");
                }
                if (!english.containsKey(key)) {
                    missing.add("en " + key + " (" + template.getFilename() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Set<Object> chinese = new TreeSet<>(bundle("messages_zh_CN.properties").keySet());
        Set<Object> english = new TreeSet<>(bundle("messages_en.properties").keySet());
        assertThat(chinese).isEqualTo(english);
    }

    @Test
    void theCheckCatchesTextOutsideTheBundle() {
        Document document = Jsoup.parse("<p>新增</p><input placeholder=\"名称\"><span th:text=\"#{a}\">x</span>"
                + "<button value=\"Save\"></button><option value=\"BRANCH\"></option>", "", Parser.xmlParser());
        assertThat(literalTexts(document)).containsExactly("\"新增\"", "placeholder=\"名称\"", "value=\"Save\"");
    }

    /** Text a person would read that does not come from a message key. */
    private static List<String> literalTexts(Document document) {
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            boolean replaced = element.attributes().asList().stream()
                    .anyMatch(a -> a.getKey().matches("th:(text|utext|replace|insert)"));
            for (TextNode text : element.textNodes()) {
                if (!replaced && LETTERS.matcher(text.text()).find()) {
                    found.add("\"" + text.text().strip() + "\"");
                }
            }
            for (String attribute : READABLE_ATTRIBUTES) {
                String value = element.attr(attribute);
                if (!value.isEmpty() && LETTERS.matcher(value).find() && !isMachineValue(element, attribute)) {
                    found.add(attribute + "=\"" + value + "\"");
                }
            }
        }
        return found;
    }

    /** An input's value or an option's value is data sent to the server, not text to read. */
    private static boolean isMachineValue(Element element, String attribute) {
        return attribute.equals("value") && !(element.tagName().equals("button")
                || element.tagName().equals("input") && element.attr("type").matches("submit|button|reset"));
    }

    private static List<Resource> templates() throws IOException {
        return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html"));
    }

    private static Document parse(Resource template) throws IOException {
        try (InputStream in = template.getInputStream()) {
            String source = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replaceAll("(?s)<!--/\\*.*?\\*/-->", "");
            return Jsoup.parse(source, "", Parser.xmlParser());
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
