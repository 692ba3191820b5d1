package org.xingping.platform.table;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads one table file of the interfaces contract into rows, or refuses it with every problem
 * found. The format is told by content, not by name: a zip is XLSX (first sheet, first non-blank
 * row is the header), an OLE2 file is a legacy .xls and refused, anything else is CSV in UTF-8 (with
 * or without byte order mark) or GB18030. Immutable and thread-safe: one instance serves all.
 *
 * <p>Rows are handed out as they are read. When the file is refused later on, the rows handed out
 * before must be discarded with it: a table file is stored all or nothing. Streams passed in are
 * read but not closed.
 */
public final class TableReader {

    static final String LEGACY_EXCEL = "旧版 Excel（.xls）格式不受支持，请另存为 .xlsx 或 CSV";

    private static final int MAGIC_LENGTH = 8;
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final TableLimits limits;

    /** With {@link TableLimits#DEFAULT}. */
    public TableReader() {
        this(TableLimits.DEFAULT);
    }

    public TableReader(TableLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public TableLimits limits() {
        return limits;
    }

    /** Every data row of the file, or a refusal that names every problem the reader found. */
    public List<TableRow> readAll(String fileName, InputStream in, TableSchema schema) throws TableRefused {
        List<TableRow> rows = new ArrayList<>();
        read(fileName, in, schema, rows::add);
        return rows;
    }

    /** Streams the data rows to {@code sink}; see the class comment on refusals after rows. */
    public void read(String fileName, InputStream in, TableSchema schema, Consumer<TableRow> sink) throws TableRefused {
        TableProblems problems = new TableProblems(fileName, schema);
        read(in, schema, problems, sink);
        problems.throwIfAny();
    }

    /** As {@link #readAll(String, InputStream, TableSchema)}; problems name the file by its name. */
    public List<TableRow> readAll(Path file, TableSchema schema) throws TableRefused {
        TableProblems problems = new TableProblems(String.valueOf(file.getFileName()), schema);
        List<TableRow> rows = new ArrayList<>();
        try {
            if (Files.isDirectory(file)) {
                throw problems.stop(0, file + " 是文件夹，不是表格文件");
            }
            if (Files.size(file) > limits.maxBytes()) {
                throw tooLarge(problems);
            }
            try (InputStream in = Files.newInputStream(file)) {
                read(in, file, schema, problems, rows::add);
            }
        } catch (NoSuchFileException e) {
            throw problems.stop(0, "找不到文件 " + file);
        } catch (AccessDeniedException e) {
            throw problems.stop(0, "没有读取文件 " + file + " 的权限");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.throwIfAny();
        return rows;
    }

    /**
     * Reads into the caller's collector, so that the import's own checks and the reader's row
     * problems (formulas, cells beyond the header) are refused together. Problems that leave nothing
     * to read (encoding, header, size) still throw at once; the caller throws the rest with
     * {@link TableProblems#throwIfAny()}. The file is named as the collector names it.
     */
    public List<TableRow> readAll(InputStream in, TableSchema schema, TableProblems problems) throws TableRefused {
        List<TableRow> rows = new ArrayList<>();
        read(in, schema, problems, rows::add);
        return rows;
    }

    /** The streaming form of {@link #readAll(InputStream, TableSchema, TableProblems)}. */
    public void read(InputStream in, TableSchema schema, TableProblems problems, Consumer<TableRow> sink) throws TableRefused {
        try {
            read(in, null, schema, problems, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code file} is the file {@code in} reads, when there is one: XLSX is then opened in place. */
    private void read(InputStream in, Path file, TableSchema schema, TableProblems problems, Consumer<TableRow> sink)
            throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(schema, "schema");
        try {
            PushbackInputStream limited = new PushbackInputStream(new SizeLimitedInputStream(in, limits.maxBytes()), MAGIC_LENGTH);
            byte[] magic = peek(limited);
            if (isZip(magic)) {
                RowAssembler xlsxRows = new RowAssembler(schema, problems, limits, sink, i -> XlsxSheet.columnLetters(i) + "列");
                if (file != null) {
                    XlsxSheet.read(file.toFile(), xlsxRows);
                } else {
                    readSpooled(limited, xlsxRows);
                }
                xlsxRows.finish();
            } else if (startsWith(magic, OLE2_MAGIC)) {
                throw problems.stop(0, LEGACY_EXCEL + "（设有打开密码的 .xlsx 也是这种格式，请先取消密码）");
            } else {
                RowAssembler csvRows = new RowAssembler(schema, problems, limits, sink, i -> "第" + (i + 1) + "列");
                readCsv(limited, csvRows);
                csvRows.finish();
            }
        } catch (SizeLimitedInputStream.SizeLimitExceeded e) {
            throw tooLarge(problems);
        }
    }

    private static void readCsv(InputStream in, RowAssembler rows) throws IOException {
        CsvRecords records = null;
        try {
            records = new CsvRecords(new DecodingReader(in));
            while (records.next()) {
                rows.accept(records.recordLine(), records.cells(), records.count(), List.of());
            }
        } catch (EncodingRefused e) {
            if (records == null) {
                throw rows.stop(e.reason());
            }
            throw rows.stop(records.line(), e.reason());
        } catch (CsvRecords.UnclosedQuote e) {
            throw rows.stop(records.recordLine(), "引号没有闭合：这一行开始的带引号内容直到文件末尾都没有结束的引号");
        }
    }

    /** POI streams a sheet only from a file; an upload is copied to one first, within the size limit. */
    private static void readSpooled(InputStream in, RowAssembler rows) throws IOException {
        Path spooled = Files.createTempFile("xingping-table-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(spooled)) {
                in.transferTo(out);
            }
            File file = spooled.toFile();
            XlsxSheet.read(file, rows);
        } finally {
            Files.deleteIfExists(spooled);
        }
    }

    private TableRefused tooLarge(TableProblems problems) {
        return problems.stop(0, "文件大小超过上限 " + limits.maxBytesText());
    }

    private static byte[] peek(PushbackInputStream in) throws IOException {
        byte[] magic = new byte[MAGIC_LENGTH];
        int n = 0;
        while (n < magic.length) {
            int read = in.read(magic, n, magic.length - n);
            if (read < 0) {
                break;
            }
            n += read;
        }
        in.unread(magic, 0, n);
        return Arrays.copyOf(magic, n);
    }

    /** A local file header, or the end record of an empty zip. */
    private static boolean isZip(byte[] magic) {
        return magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K'
                && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
