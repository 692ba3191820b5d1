package org.xingping.platform.yaml;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The text of one YAML file of ours (a standard, a campaign) composed into plain nodes. Only
 * SnakeYAML's composer runs (below its constructors, safe or not), so no tag can instantiate a
 * class and no number passes through binary floating point; the format's reader walks the nodes.
 */
public final class YamlDocument {

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** The tags plain YAML data resolves to; any other was written into the file on purpose. */
    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL,
            Tag.NULL, Tag.TIMESTAMP);

    private YamlDocument() {
    }

    /**
     * The root node of the text (a leading byte-order mark is dropped), or empty with the reasons
     * (syntax, an empty file, a foreign tag) added to {@code problems}.
     */
    public static Optional<YamlNode> root(String text, YamlProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        String plain = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        try {
            Node root = new Composer(new ParserImpl(new StreamReader(new StringReader(plain)), options), new Resolver(), options)
                    .getSingleNode();
            if (root == null) {
                problems.add("", 0, "文件为空");
                return Optional.empty();
            }
            if (!refuseForeignTags(root, problems)) {
                return Optional.empty();
            }
            return Optional.of(new YamlNode(root, "", problems));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String column = mark == null ? "" : "第 " + (mark.getColumn() + 1) + " 列：";
            problems.add("", line, "YAML 语法错误：" + column + YamlSyntax.explain(e.getProblem()));
        } catch (YAMLException e) {
            problems.add("", 0, "YAML 无法读取：" + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * The text of a file that must be UTF-8, or empty with the line of the first bad byte added to
     * {@code problems}.
     */
    public static Optional<String> utf8(byte[] bytes, YamlProblems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            problems.add("", line, "文件不是 UTF-8 编码（第 " + (offset + 1) + " 个字节无法按 UTF-8 读取；若用 Excel 或记事本编辑过，"
                    + "可能存成了 GB18030/GBK），请另存为 UTF-8");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    /** Our files are plain data: a tag such as {@code !!java.util.Date} asks for something else. True when none. */
    private static boolean refuseForeignTags(Node node, YamlProblems problems) {
        boolean plain = true;
        if (!PLAIN_TAGS.contains(node.getTag())) {
            int line = node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
            problems.add("", line, "不允许使用 YAML 标签 " + node.getTag());
            plain = false;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                plain &= refuseForeignTags(tuple.getKeyNode(), problems);
                plain &= refuseForeignTags(tuple.getValueNode(), problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node element : sequence.getValue()) {
                plain &= refuseForeignTags(element, problems);
            }
        }
        return plain;
    }
}
