package org.xingping.platform.table;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Table files made in memory, and the organisation table of the interfaces contract to read them by. */
final class TableFixtures {

    static final Charset GB18030 = Charset.forName("GB18030");

    /** The organisation table as the contract states it; the import's own schema may differ. */
    static final TableSchema ORGANIZATIONS = TableSchema.of("organizations", "党组织",
                    Column.required("code", "编码"),
                    Column.required("unit_code", "单位编码"),
                    new Column("parent_code", "上级组织编码", false),
                    Column.required("type", "类型"),
                    Column.required("name", "名称"),
                    Column.optional("secretary", "书记"),
                    Column.optional("members", "党员数"))
            .withFamily("level_{year}", "星级", "星级_{year}", "{year}年星级")
            .withFamily("red_flag_{year}", "红旗党支部", "红旗党支部_{year}", "{year}年红旗党支部");

    static final String ENGLISH_HEADER = "code,unit_code,parent_code,type,name,secretary,members,level_2020,red_flag_2020";
    static final String CHINESE_HEADER = "编码,单位编码,上级组织编码,类型,名称,书记,党员数,2020年星级,2020年红旗党支部";

    /** A formula cell in {@link #xlsx(Object[]...)}. */
    record Formula(String text) {
    }

    private TableFixtures() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] utf8WithBom(String text) {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text));
    }

    static byte[] gb18030(String text) {
        return text.getBytes(GB18030);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static List<TableRow> read(String fileName, byte[] content) {
        return new TableReader().readAll(fileName, new ByteArrayInputStream(content), ORGANIZATIONS);
    }

    static TableRefused refusal(String fileName, byte[] content) {
        return refusal(new TableReader(), fileName, content);
    }

    static TableRefused refusal(TableReader reader, String fileName, byte[] content) {
        return catchThrowableOfType(TableRefused.class,
                () -> reader.readAll(fileName, new ByteArrayInputStream(content), ORGANIZATIONS));
    }

    /**
     * A workbook whose first sheet holds the rows given, from row 1: a String is a string cell, a
     * Number a numeric one, a Boolean a boolean one, a {@link Formula} a formula, null no cell.
     * Strings are shared, as Excel writes them.
     */
    static byte[] xlsx(Object[]... rows) {
        return workbook(new XSSFWorkbook(), sheet -> fill(sheet, rows));
    }

    /** The same with inline strings, as POI's streaming writer and several export tools write them. */
    static byte[] xlsxWithInlineStrings(Object[]... rows) {
        return workbook(new SXSSFWorkbook(), sheet -> fill(sheet, rows));
    }

    static byte[] workbook(Workbook workbook, Consumer<Sheet> firstSheet) {
        try (workbook) {
            firstSheet.accept(workbook.createSheet("党组织"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void fill(Sheet sheet, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value instanceof String text) {
                    row.createCell(c).setCellValue(text);
                } else if (value instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else if (value instanceof Boolean bool) {
                    row.createCell(c).setCellValue(bool);
                } else if (value instanceof Formula formula) {
                    row.createCell(c).setCellFormula(formula.text());
                }
            }
        }
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Object[] englishHeader() {
        return (Object[]) ENGLISH_HEADER.split(",");
    }
}
