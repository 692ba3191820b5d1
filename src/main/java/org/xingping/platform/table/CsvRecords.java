package org.xingping.platform.table;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The records of a CSV text after RFC 4180: fields separated by commas, quoted fields holding
 * commas, doubled quotes and line breaks; records end at CRLF, LF or a lone CR. Each record knows
 * the physical line it starts on, counting the line breaks inside quoted fields.
 *
 * <p>Lenient where Excel and hand-edited files are sloppy: a quote inside an unquoted field is
 * kept as text, and text after a closing quote joins the field.
 */
final class CsvRecords {

    /** A quoted field runs to the end of the file; everything after its opening quote was swallowed. */
    static final class UnclosedQuote extends IOException {

        private static final long serialVersionUID = 1L;

        UnclosedQuote() {
            super("quoted field not closed before the end of the file");
        }
    }

    private static final int END = -1;

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;
    private String[] cells = new String[16];
    private int count;
    private final StringBuilder field = new StringBuilder(64);

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** Moves to the next record; false at the end of the text. */
    boolean next() throws IOException {
        count = 0;
        int c = read();
        if (c == END) {
            return false;
        }
        recordLine = line;
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted();
            }
            while (c != ',' && c != '\n' && c != '\r' && c != END) {
                field.append(text(c));
                c = read();
            }
            add(field.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c != END) {
                endLine(c);
            }
            return true;
        }
    }

    /** The physical line the current record starts on. */
    int recordLine() {
        return recordLine;
    }

    /** The physical line being read, for problems found in the middle of a record. */
    int line() {
        return line;
    }

    String[] cells() {
        return cells;
    }

    int count() {
        return count;
    }

    /** Reads a quoted field after its opening quote; answers the character after the closing one. */
    private int quoted() throws IOException {
        while (true) {
            int c = read();
            if (c == END) {
                throw new UnclosedQuote();
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    return c;
                }
                field.append('"');
            } else if (c == '\r' || c == '\n') {
                // Excel writes CRLF inside cells; one line break in the value, one line in the count
                endLine(c);
                field.append('\n');
            } else {
                field.append(text(c));
            }
        }
    }

    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            position++;
        }
        line++;
    }

    private void add(String value) {
        if (count == cells.length) {
            cells = Arrays.copyOf(cells, count * 2);
        }
        cells[count++] = value;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** A NUL never stands in a text file: the bytes were UTF-16 without a byte order mark. */
    private static char text(int c) throws EncodingRefused {
        if (c == 0) {
            throw new EncodingRefused("文件含有空字符，可能是没有字节顺序标记的 UTF-16 编码");
        }
        return (char) c;
    }
}
