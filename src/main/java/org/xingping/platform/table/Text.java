package org.xingping.platform.table;

import java.util.Locale;

/** The text rules cells and headers share. */
final class Text {

    private Text() {
    }

    /**
     * Trims what {@link String#strip()} keeps and users paste into Excel from web pages and Word:
     * no-break spaces, the ideographic space and the byte order mark.
     */
    static String trim(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isSpace(value.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(value.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == value.length() ? value : value.substring(start, end);
    }

    static boolean isBlank(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isSpace(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The form in which headers are compared: case, spaces, underscores and hyphens do not count, so
     * "Parent Code", "parent-code" and "PARENT_CODE" all name parent_code.
     */
    static String headerKey(String header) {
        String trimmed = trim(header);
        StringBuilder key = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (!isSpace(c) && c != '_' && c != '-') {
                key.append(c);
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    /** A cell value short enough to quote in a message. */
    static String excerpt(String value) {
        String trimmed = trim(value);
        return trimmed.length() <= 20 ? trimmed : trimmed.substring(0, 20) + "…";
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }
}
