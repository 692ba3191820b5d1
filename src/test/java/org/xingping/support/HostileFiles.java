package org.xingping.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Table files made to hurt: uploads far over the size limit, generated as they are read so that a
 * test holds none of them, and a workbook whose sheet inflates to hundreds of megabytes.
 */
public final class HostileFiles {

    public static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    private HostileFiles() {
    }

    /**
     * The header line, then the same row again and again until the file is {@code size} bytes:
     * a well-formed CSV file of any size.
     */
    public static GeneratedCsv repeatedRows(String header, String row, long size) {
        return new GeneratedCsv(header, row, size);
    }

    /**
     * The workbook with its first sheet replaced by {@code size} bytes of XML that are nearly all one
     * repeated byte: it deflates to a few hundred kilobytes and inflates to {@code size}.
     */
    public static byte[] zipBomb(byte[] workbook, long size) {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] open = utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                    byte[] close = utf8("</sheetData></worksheet>");
                    out.write(open);
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (long written = open.length + close.length; written < size; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(close);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rewritten.toByteArray();
    }

    /**
     * The workbook with {@code text} replaced in the XML of its parts: for what POI will not write,
     * such as an escaped control character ({@code _x0000_}), which it would escape once more.
     */
    public static byte[] withPartsEdited(byte[] workbook, String text, String replacement) {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                out.write(utf8(xml.replace(text, replacement)));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rewritten.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A CSV upload of any size, made as it is read; {@link #served} counts what was read of it. */
    public static final class GeneratedCsv extends InputStream {

        private final long size;
        private final byte[] header;
        private final byte[] line;
        private long served;

        GeneratedCsv(String header, String row, long size) {
            this.header = utf8(header + "\n");
            this.line = utf8(row + "\n");
            this.size = size;
        }

        public long served() {
            return served;
        }

        public long size() {
            return size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            for (int i = 0; i < n; i++) {
                long at = served + i;
                buffer[offset + i] = at < header.length ? header[(int) at] : line[(int) ((at - header.length) % line.length)];
            }
            served += n;
            return n;
        }
    }
}
