package org.xingping.platform.yaml;

import java.util.Map;

/** The YAML reader's most common complaints, said in Chinese; others are kept as the reader wrote them. */
final class YamlSyntax {

    private static final Map<String, String> EXPLAINED = Map.of(
            "mapping values are not allowed here", "此处不能出现“键: 值”（常见原因：缩进不齐，或值中有未加引号的冒号）",
            "could not find expected ':'", "缺少“:”（常见原因：缩进不齐，或上一行的引号没有闭合）",
            "found character '\\t' that cannot start any token", "不能用 Tab 缩进，请用空格",
            "did not find expected key", "找不到应有的键（常见原因：缩进不齐）",
            "did not find expected ',' or ']'", "方括号列表没有闭合，缺少“,”或“]”",
            "did not find expected ',' or '}'", "花括号映射没有闭合，缺少“,”或“}”",
            "found unexpected end of stream", "文件意外结束（常见原因：引号或括号没有闭合）",
            "expected a single document in the stream", "文件中只能有一份文档（不能用“---”分成多份）");

    private static final String GLOBAL_TAG = "Global tag is not allowed:";

    private YamlSyntax() {
    }

    static String explain(String problem) {
        if (problem == null) {
            return "无法读取";
        }
        if (problem.startsWith(GLOBAL_TAG)) {
            return "不允许使用 YAML 标签 " + problem.substring(GLOBAL_TAG.length()).strip();
        }
        if (problem.startsWith("expected <block end>")) {
            return "缩进不齐（此处的缩进与上文的层级对不上）";
        }
        String explained = EXPLAINED.get(problem.strip());
        return explained != null ? explained : problem.strip();
    }
}
