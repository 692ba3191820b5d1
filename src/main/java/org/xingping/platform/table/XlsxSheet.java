package org.xingping.platform.table;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the first sheet of an XLSX workbook through POI's event API: the sheet XML is parsed
 * with SAX and never held as a whole, so a 100,000-row sheet costs little more heap than its
 * shared strings.
 *
 * <p>Cell values: shared and inline strings as written; numbers in plain decimal form from the
 * stored text (13.0 → "13", 1E5 → "100000"), never through {@code double}; booleans as "TRUE" and
 * "FALSE". A date-formatted cell reads as Excel's day number: no table of the contract holds a date,
 * so number formats are not looked at. A formula is a problem of its row, however harmless its
 * cached value: the import must store what the user sees, not what a formula may compute later.
 */
final class XlsxSheet {

    static final String DAMAGED = "XLSX 文件已损坏，无法读取";
    static final String ZIP_BOMB = "文件疑似压缩炸弹（解压后异常膨胀），已拒绝";

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Excel's last column, XFD. */
    private static final int MAX_COLUMNS = 16_384;

    static {
        // POI's zip-bomb guards are JVM-wide settings; this is the one place the application sets
        // them. Measured: 100,000 organisation rows are 32 MB of sheet XML with shared strings and
        // 48 MB with inline strings, deflated to 8-11 % of that.
        // A deflated bomb expands about 1,000-fold, real sheets 9- to 12-fold: refuse beyond 100.
        ZipSecureFile.setMinInflateRatio(0.01);
        // A sheet at the row limit (1,000,000 rows) is under 500 MB; nothing that passes the ratio
        // check may expand beyond this, whatever the upload limit.
        ZipSecureFile.setMaxEntrySize(768L * 1024 * 1024);
        // A workbook of one sheet has about a dozen parts; thousands mean a crafted file.
        ZipSecureFile.setMaxFileCount(1000);
    }

    private XlsxSheet() {
    }

    /** Feeds every row of the first sheet to the assembler. */
    static void read(File file, RowAssembler rows) {
        try {
            readPackage(file, rows);
        } catch (TableRefused refused) {
            throw refused;
        } catch (Delivered delivered) {
            throw delivered.getCause();
        } catch (RuntimeException e) {
            // POI answers some damage with bare runtime exceptions (an invalid part name, a bad
            // relationship target); what the caller's sink throws arrives wrapped, not here
            throw rows.stop(unreadable(e));
        }
    }

    private static void readPackage(File file, RowAssembler rows) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file, PackageAccess.READ);
        } catch (OpenXML4JException e) {
            throw rows.stop(unreadable(e));
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            List<String> strings = sharedStrings(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw rows.stop("文件为空（工作簿里没有工作表）");
            }
            try (InputStream sheet = sheets.next()) {
                parse(sheet, new SheetHandler(strings, rows));
            }
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException e) {
            throw rows.stop(unreadable(e));
        } finally {
            workbook.revert();
        }
    }

    /** Carries what the caller's sink threw past the handler for POI's failures, unchanged. */
    private static final class Delivered extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Delivered(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /**
     * The workbook's shared strings. POI's ReadOnlySharedStringsTable would do, but it builds an
     * XMLBeans rich-text object for every cell it is asked for, which triples the time of a sheet.
     */
    private static List<String> sharedStrings(OPCPackage workbook) throws IOException, SAXException,
            ParserConfigurationException, OpenXML4JException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return List.of();
        }
        SharedStringsHandler handler = new SharedStringsHandler();
        try (InputStream in = parts.get(0).getInputStream()) {
            parse(in, handler);
        }
        return handler.strings;
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException, SAXException,
            ParserConfigurationException {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    /** OOXML writes control characters in strings as _xHHHH_. */
    static String unescape(String stored) {
        if (!stored.contains("_x")) {
            return stored;
        }
        Matcher escape = ESCAPED.matcher(stored);
        StringBuilder plain = new StringBuilder(stored.length());
        while (escape.find()) {
            escape.appendReplacement(plain, Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        return escape.appendTail(plain).toString();
    }

    /** Column letters as users see them above the sheet: 0 → "A", 26 → "AA". */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.append((char) ('A' + (n - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** Excel stores a number as the shortest text of a double; users expect it as they typed it. */
    static String plainNumber(String stored) {
        String text = stored.trim();
        if (text.isEmpty()) {
            return "";
        }
        try {
            BigDecimal number = new BigDecimal(text);
            // a double never needs more; a crafted "1E999999999" would become a billion characters
            if (Math.abs(number.scale()) > 400) {
                return text;
            }
            return number.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            // POI signals its zip-bomb guards only by message
            if (message != null && (message.startsWith("Zip bomb detected") || message.contains("potentially malicious"))) {
                return ZIP_BOMB;
            }
        }
        return DAMAGED;
    }

    /** Each {@code <si>} item's text, without phonetic runs, in order. */
    private static final class SharedStringsHandler extends DefaultHandler {

        private final List<String> strings = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private boolean inItem;
        private boolean inPhonetic;
        private boolean inText;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "si" -> {
                    inItem = true;
                    text.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inItem && !inPhonetic;
                default -> {
                    // runs and their fonts: only the text counts
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    strings.add(unescape(text.toString()));
                    inItem = false;
                }
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                    // nothing collected
                }
            }
        }
    }

    /** The SAX handler over a worksheet part; collects each row's cells and hands them on. */
    private static final class SheetHandler extends DefaultHandler {

        private static final String FORMULA = "单元格含公式，请粘贴为数值后再导入";
        /** Written _x0000_ in the XML; no database of ours stores it (PostgreSQL refuses it in text). */
        private static final String NUL = "单元格含有空字符（U+0000），请删除后再导入";

        private final List<String> strings;
        private final RowAssembler rows;
        private final StringBuilder text = new StringBuilder();
        private final List<RowAssembler.CellNote> notes = new ArrayList<>();
        private String[] cells = new String[32];
        private int count;
        private int rowNumber;
        private int nextColumn;
        private int column;
        private String type;
        private boolean formula;
        private boolean inValue;
        private boolean inInlineString;
        private boolean inPhonetic;
        private boolean inText;

        SheetHandler(List<String> strings, RowAssembler rows) {
            this.strings = strings;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            switch (localName) {
                case "row" -> startRow(attributes.getValue("r"));
                case "c" -> startCell(attributes.getValue("r"), attributes.getValue("t"));
                case "f" -> formula = true;
                case "v" -> inValue = true;
                case "is" -> inInlineString = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inInlineString && !inPhonetic;
                default -> {
                    // sheet properties, merged cells and the like carry nothing the import reads
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> inValue = false;
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> inInlineString = false;
                case "c" -> endCell();
                case "row" -> deliver();
                default -> {
                    // nothing collected
                }
            }
        }

        private void deliver() {
            try {
                rows.accept(rowNumber, cells, count, notes);
            } catch (TableRefused refused) {
                throw refused;
            } catch (RuntimeException e) {
                throw new Delivered(e);
            }
        }

        private void startRow(String reference) throws SAXException {
            rowNumber = reference == null ? rowNumber + 1 : parsePositive(reference);
            count = 0;
            nextColumn = 0;
            notes.clear();
        }

        private void startCell(String reference, String cellType) throws SAXException {
            column = reference == null ? nextColumn : columnIndex(reference);
            type = cellType;
            formula = false;
            text.setLength(0);
        }

        private void endCell() throws SAXException {
            String stored = text.toString();
            String value = switch (type == null ? "n" : type) {
                case "s" -> stored.isBlank() ? "" : sharedString(stored);
                case "inlineStr", "str" -> unescape(stored);
                case "b" -> "1".equals(stored.trim()) ? "TRUE" : "0".equals(stored.trim()) ? "FALSE" : stored;
                // an error code such as #N/A, or ISO 8601 date text; "n" and no type are numbers
                case "e", "d" -> stored;
                default -> plainNumber(stored);
            };
            if (formula) {
                notes.add(new RowAssembler.CellNote(column, FORMULA));
            } else if ("e".equals(type)) {
                notes.add(new RowAssembler.CellNote(column, "单元格是错误值 " + stored + "，请改为正确的值后再导入"));
            } else if (Text.trim(value).indexOf('\u0000') >= 0) {
                notes.add(new RowAssembler.CellNote(column, NUL));
            }
            put(column, value);
            nextColumn = column + 1;
        }

        private void put(int index, String value) {
            if (index >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(index + 1, cells.length * 2));
            }
            for (int i = count; i < index; i++) {
                cells[i] = null;
            }
            cells[index] = value;
            count = Math.max(count, index + 1);
        }

        private String sharedString(String stored) throws SAXException {
            try {
                return strings.get(Integer.parseInt(stored.trim()));
            } catch (RuntimeException e) {
                throw new SAXException("cell refers to shared string " + stored + " that does not exist", e);
            }
        }

        /** "AB12" → 27. */
        private static int columnIndex(String reference) throws SAXException {
            int index = 0;
            int i = 0;
            while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
                index = index * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
                if (index > MAX_COLUMNS) {
                    throw new SAXException("cell reference beyond the last column: " + reference);
                }
                i++;
            }
            if (index == 0) {
                throw new SAXException("cell reference without a column: " + reference);
            }
            return index - 1;
        }

        private static int parsePositive(String number) throws SAXException {
            try {
                int value = Integer.parseInt(number.trim());
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new SAXException("row number is not a positive number: " + number);
        }
    }
}
