package org.xingping.platform.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table contract of the interfaces document: its columns, and the column families whose
 * names carry a value such as a year ({@code level_2020}, {@code red_flag_2020}). Immutable; build
 * it once as a constant.
 *
 * <p>A header names a column by its English name (any case; spaces, underscores and hyphens do not
 * count), by its Chinese name, or by both with one of them in brackets: "上级组织编码(parent_code)",
 * "parent_code（上级组织编码）". A header that names no column is ignored.
 */
public final class TableSchema {

    /** "编码(code)", "code（编码）", "编码[code]", "编码【code】". */
    private static final Pattern BRACKETED = Pattern.compile("^(.+?)\\s*[(（\\[【]\\s*(.+?)\\s*[)）\\]】]$");

    private final String name;
    private final String chineseName;
    private final List<Column> columns;
    private final List<Family> families;
    private final Map<String, Column> byName = new HashMap<>();
    private final Map<String, String> byHeaderKey = new HashMap<>();

    private TableSchema(String name, String chineseName, List<Column> columns, List<Family> families) {
        this.name = Objects.requireNonNull(name, "name");
        this.chineseName = Objects.requireNonNull(chineseName, "chineseName");
        this.columns = List.copyOf(columns);
        this.families = List.copyOf(families);
        for (Column column : this.columns) {
            if (byName.put(column.name(), column) != null) {
                throw new IllegalArgumentException("Column " + column.name() + " appears twice in table " + name);
            }
            claim(Text.headerKey(column.name()), column.name());
            claim(Text.headerKey(column.chineseName()), column.name());
        }
    }

    /** For example {@code of("organizations", "党组织", Column.required("code", "编码"), ...)}. */
    public static TableSchema of(String name, String chineseName, Column... columns) {
        return new TableSchema(name, chineseName, Arrays.asList(columns), List.of());
    }

    /**
     * This schema and a family of optional columns named by a pattern with one placeholder, such as
     * {@code withFamily("level_{year}", "星级", "星级_{year}", "{year}年星级")}. A header matching any
     * of the patterns is read as the English form: "2020年星级" becomes {@code level_2020}. The
     * placeholder {@code {year}} stands for four digits, any other placeholder for one or more
     * characters. Messages name a member by the first Chinese pattern ("星级_2020"), or by the
     * family's Chinese name when no pattern is given.
     */
    public TableSchema withFamily(String namePattern, String chineseName, String... chinesePatterns) {
        List<Family> more = new ArrayList<>(families);
        more.add(new Family(namePattern, chineseName, List.of(chinesePatterns)));
        return new TableSchema(name, this.chineseName, columns, more);
    }

    public String name() {
        return name;
    }

    public String chineseName() {
        return chineseName;
    }

    public List<Column> columns() {
        return columns;
    }

    /**
     * The Chinese name by which messages call a canonical column: "上级组织编码" for
     * {@code parent_code}, "星级_2020" for {@code level_2020}; {@code null} for a name the schema
     * does not know.
     */
    public String chineseNameOf(String column) {
        Column known = byName.get(column);
        if (known != null) {
            return known.chineseName();
        }
        for (Family family : families) {
            String label = family.labelOf(column);
            if (label != null) {
                return label;
            }
        }
        return null;
    }

    /** The canonical column a header cell names, or {@code null} when it names none. */
    String resolve(String header) {
        String direct = resolveKey(Text.headerKey(header));
        if (direct != null) {
            return direct;
        }
        Matcher bracketed = BRACKETED.matcher(Text.trim(header));
        if (!bracketed.matches()) {
            return null;
        }
        String outside = resolveKey(Text.headerKey(bracketed.group(1)));
        String inside = resolveKey(Text.headerKey(bracketed.group(2)));
        if (outside == null) {
            return inside;
        }
        // "编码(name)" contradicts itself: better ignored, so a required column is reported missing
        return inside == null || inside.equals(outside) ? outside : null;
    }

    private String resolveKey(String key) {
        String column = byHeaderKey.get(key);
        if (column != null) {
            return column;
        }
        for (Family family : families) {
            String member = family.match(key);
            if (member != null) {
                return member;
            }
        }
        return null;
    }

    private void claim(String key, String column) {
        String earlier = byHeaderKey.putIfAbsent(key, column);
        if (earlier != null && !earlier.equals(column)) {
            throw new IllegalArgumentException("Columns " + earlier + " and " + column + " of table " + name + " read alike");
        }
    }

    /** Columns named by a pattern with one placeholder, such as {@code level_{year}}. */
    private static final class Family {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

        private final String namePattern;
        private final String chineseName;
        private final List<String> chinesePatterns;
        private final Pattern canonical;
        private final List<Pattern> headerPatterns = new ArrayList<>();

        Family(String namePattern, String chineseName, List<String> chinesePatterns) {
            this.namePattern = Objects.requireNonNull(namePattern, "namePattern");
            this.chineseName = Objects.requireNonNull(chineseName, "chineseName");
            this.chinesePatterns = chinesePatterns;
            String placeholder = placeholderOf(namePattern);
            this.canonical = compile(namePattern, placeholder, false);
            headerPatterns.add(compile(namePattern, placeholder, true));
            for (String pattern : chinesePatterns) {
                if (!placeholder.equals(placeholderOf(pattern))) {
                    throw new IllegalArgumentException("Pattern " + pattern + " must use {" + placeholder + "} like " + namePattern);
                }
                headerPatterns.add(compile(pattern, placeholder, true));
            }
        }

        String match(String headerKey) {
            for (Pattern pattern : headerPatterns) {
                Matcher matcher = pattern.matcher(headerKey);
                if (matcher.matches()) {
                    return fill(namePattern, matcher.group(1));
                }
            }
            return null;
        }

        String labelOf(String column) {
            Matcher matcher = canonical.matcher(column);
            if (!matcher.matches()) {
                return null;
            }
            return chinesePatterns.isEmpty() ? chineseName : fill(chinesePatterns.get(0), matcher.group(1));
        }

        private static String placeholderOf(String pattern) {
            Matcher matcher = PLACEHOLDER.matcher(pattern);
            if (!matcher.find()) {
                throw new IllegalArgumentException("Pattern " + pattern + " has no {placeholder}");
            }
            String placeholder = matcher.group(1);
            if (matcher.find()) {
                throw new IllegalArgumentException("Pattern " + pattern + " has more than one placeholder");
            }
            return placeholder;
        }

        /** As a header key ({@code asHeaderKey}) or as the canonical name itself. */
        private static Pattern compile(String pattern, String placeholder, boolean asHeaderKey) {
            String token = "{" + placeholder + "}";
            int at = pattern.indexOf(token);
            String before = pattern.substring(0, at);
            String after = pattern.substring(at + token.length());
            if (asHeaderKey) {
                before = Text.headerKey(before);
                after = Text.headerKey(after);
            }
            String value = "year".equals(placeholder) ? "(\\d{4})" : "(.+)";
            return Pattern.compile(Pattern.quote(before) + value + Pattern.quote(after));
        }

        private static String fill(String pattern, String value) {
            return PLACEHOLDER.matcher(pattern).replaceFirst(Matcher.quoteReplacement(value));
        }
    }
}
