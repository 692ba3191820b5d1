package org.xingping.platform.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.xingping.platform.table.TableFixtures.CHINESE_HEADER;
import static org.xingping.platform.table.TableFixtures.englishHeader;
import static org.xingping.platform.table.TableFixtures.read;
import static org.xingping.platform.table.TableFixtures.refusal;
import static org.xingping.platform.table.TableFixtures.row;
import static org.xingping.platform.table.TableFixtures.utf8;
import static org.xingping.platform.table.TableFixtures.xlsx;
import static org.xingping.platform.table.TableFixtures.xlsxWithInlineStrings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.xingping.platform.table.TableFixtures.Formula;
import org.xingping.support.HostileFiles;

class XlsxTableReadingTest {

    private static final Object[] BRANCH = row("U001-B01", "U001", "U001-P", "党支部", "市纪委监委机关第1党支部", "毛强桂", 13, 4, "否");

    @Test
    void readsFirstSheetWithSharedStrings() {
        List<TableRow> rows = read("organizations.xlsx", xlsx(englishHeader(), BRANCH));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.get("name")).isEqualTo("市纪委监委机关第1党支部");
            assertThat(row.get("members")).isEqualTo("13");
            assertThat(row.get("level_2020")).isEqualTo("4");
        });
    }

    @Test
    void readsInlineStringsAndChineseHeaders() {
        List<TableRow> rows = read("organizations.xlsx", xlsxWithInlineStrings((Object[]) CHINESE_HEADER.split(","), BRANCH));

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.get("secretary")).isEqualTo("毛强桂");
            assertThat(row.get("red_flag_2020")).isEqualTo("否");
        });
    }

    @Test
    void readsRichTextAndEscapedCharactersOfSharedStrings() {
        byte[] workbook = TableFixtures.workbook(new XSSFWorkbook(), sheet -> {
            TableFixtures.fill(sheet, englishHeader(), BRANCH);
            XSSFRichTextString name = new XSSFRichTextString("市纪委监委机关第1党支部");
            XSSFFont bold = (XSSFFont) sheet.getWorkbook().createFont();
            bold.setBold(true);
            name.applyFont(0, 5, bold);
            sheet.getRow(1).getCell(4).setCellValue(name);
            sheet.getRow(1).getCell(5).setCellValue("毛强桂\n（代）");
        });

        TableRow row = read("organizations.xlsx", workbook).get(0);

        assertThat(row.get("name")).isEqualTo("市纪委监委机关第1党支部");
        assertThat(row.get("secretary")).isEqualTo("毛强桂\n（代）");
        assertThat(XlsxSheet.unescape("第1党支部_x000D_\n备注_x005F_x")).isEqualTo("第1党支部\r\n备注_x");
    }

    @Test
    void writesNumbersAsTypedWithoutExponentOrTrailingZero() {
        byte[] workbook = xlsx(row("code", "unit_code", "type", "name", "members", "level_2020", "level_2021", "level_2022"),
                row("U1", "U", "党支部", "支部", 13.0, 32.9818, 1E5, -0.0),
                row("U2", "U", "党支部", "支部", 1E20, 1.5E-7, 0.1, 114.0553));

        List<TableRow> rows = read("numbers.xlsx", workbook);

        assertThat(rows).extracting(row -> row.get("members"), row -> row.get("level_2020"), row -> row.get("level_2021"),
                        row -> row.get("level_2022"))
                .containsExactly(tuple("13", "32.9818", "100000", "0"),
                        tuple("100000000000000000000", "0.00000015", "0.1", "114.0553"));
    }

    @Test
    void writesStoredNumberTextInPlainForm() {
        assertThat(XlsxSheet.plainNumber("1E5")).isEqualTo("100000");
        assertThat(XlsxSheet.plainNumber("13.0")).isEqualTo("13");
        assertThat(XlsxSheet.plainNumber("1.0000000000000001E-3")).isEqualTo("0.0010000000000000001");
        assertThat(XlsxSheet.plainNumber("1E999999999")).isEqualTo("1E999999999");
        assertThat(XlsxSheet.plainNumber("")).isEmpty();
    }

    @Test
    void readsBooleansAsTrueAndFalse() {
        List<TableRow> rows = read("organizations.xlsx", xlsx(englishHeader(),
                row("U001-B01", "U001", "U001-P", "党支部", "第1党支部", "毛强桂", 13, 4, true)));

        assertThat(rows.get(0).get("red_flag_2020")).isEqualTo("TRUE");
    }

    @Test
    void refusesEveryFormulaCellByRowAndColumn() {
        byte[] workbook = xlsx(englishHeader(),
                row("U001-B01", "U001", "U001-P", "党支部", "第1党支部", "毛强桂", new Formula("10+3"), 4, "否"),
                BRANCH,
                row("U001-B03", "U001", "U001-P", "党支部", "第3党支部", "康远兰", 28, new Formula("2+1"), "否"));

        TableRefused refused = refusal("organizations.xlsx", workbook);

        assertThat(refused.problems()).extracting(TableProblem::line, TableProblem::column, TableProblem::reason)
                .containsExactly(tuple(2, "members", "单元格含公式，请粘贴为数值后再导入"),
                        tuple(4, "level_2020", "单元格含公式，请粘贴为数值后再导入"));
        assertThat(refused.problems().get(0).describe())
                .isEqualTo("organizations.xlsx 第2行 members（党员数）：单元格含公式，请粘贴为数值后再导入");
    }

    @Test
    void ignoresFormulasInUnknownColumnsAndRowsLeftBlank() {
        Object[] header = Arrays.copyOf(englishHeader(), 10);
        header[9] = "备注";
        Object[] withNote = Arrays.copyOf(BRANCH, 10);
        withNote[9] = new Formula("LEN(E2)");

        List<TableRow> rows = read("organizations.xlsx", xlsx(header, withNote, row(null, null, null, null, null, null, null, new Formula("\"\""))));

        assertThat(rows).hasSize(1);
    }

    @Test
    void refusesContentBeyondTheHeaderNamingTheColumnLetter() {
        Object[] tooLong = Arrays.copyOf(BRANCH, 11);
        tooLong[10] = "多余";

        TableRefused refused = refusal("organizations.xlsx", xlsx(englishHeader(), tooLong));

        assertThat(refused.getMessage()).isEqualTo("organizations.xlsx 第2行：K列有内容“多余”，但表头没有这一列（表头只到I列）");
    }

    @Test
    void skipsBlankRowsAndCountsLinesBySheetRow() {
        byte[] workbook = TableFixtures.workbook(new XSSFWorkbook(), sheet -> {
            TableFixtures.fill(sheet, row(), englishHeader(), row(), BRANCH);
            sheet.createRow(7).createCell(0).setCellValue("  ");
            sheet.createRow(9).createCell(0).setCellValue("U001-B02");
            sheet.getRow(9).createCell(1).setCellValue("U001");
            sheet.getRow(9).createCell(3).setCellValue("党支部");
            sheet.getRow(9).createCell(4).setCellValue("第2党支部");
        });

        List<TableRow> rows = read("organizations.xlsx", workbook);

        assertThat(rows).extracting(TableRow::line, row -> row.get("code"), row -> row.get("parent_code"))
                .containsExactly(tuple(4, "U001-B01", "U001-P"), tuple(10, "U001-B02", ""));
    }

    @Test
    void readsOnlyTheFirstSheet() {
        byte[] workbook = TableFixtures.workbook(new XSSFWorkbook(), sheet -> {
            TableFixtures.fill(sheet, englishHeader(), BRANCH);
            TableFixtures.fill(sheet.getWorkbook().createSheet("说明"), row("请勿修改"), row("x", "y"));
        });

        assertThat(read("organizations.xlsx", workbook)).hasSize(1);
    }

    @Test
    void refusesErrorValues() {
        byte[] workbook = TableFixtures.workbook(new XSSFWorkbook(), sheet -> {
            TableFixtures.fill(sheet, englishHeader(), BRANCH);
            sheet.getRow(1).getCell(6).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.NA.getCode());
        });

        TableRefused refused = refusal("organizations.xlsx", workbook);

        assertThat(refused.problems()).extracting(TableProblem::line, TableProblem::column, TableProblem::reason)
                .containsExactly(tuple(2, "members", "单元格是错误值 #N/A，请改为正确的值后再导入"));
    }

    @Test
    void refusesHeaderWithoutDataRowsAndEmptySheet() {
        assertThat(refusal("organizations.xlsx", xlsx(englishHeader())).getMessage())
                .isEqualTo("organizations.xlsx：文件没有数据行");
        assertThat(refusal("organizations.xlsx", xlsx()).getMessage())
                .isEqualTo("organizations.xlsx：文件为空");
    }

    @Test
    void tellsFormatByContentNotByName() {
        assertThat(read("organizations.csv", xlsx(englishHeader(), BRANCH))).hasSize(1);
        assertThat(read("organizations.xlsx", utf8(String.join(",", TableFixtures.ENGLISH_HEADER) + "\nU1,U,,党委,党委,,,,\n")))
                .hasSize(1);
    }

    @Test
    void refusesLegacyXls() throws IOException {
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            TableFixtures.fill(workbook.createSheet(), englishHeader(), BRANCH);
            workbook.write(xls);
        }

        TableRefused refused = refusal("organizations.xlsx", xls.toByteArray());

        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isZero();
            assertThat(problem.reason()).startsWith("旧版 Excel（.xls）格式不受支持，请另存为 .xlsx 或 CSV");
        });
    }

    @Test
    void refusesDamagedXlsx() {
        byte[] workbook = xlsx(englishHeader(), BRANCH);

        for (byte[] damaged : List.of(Arrays.copyOf(workbook, workbook.length / 2), overwriteMiddle(workbook))) {
            TableRefused refused = refusal("organizations.xlsx", damaged);

            assertThat(refused.getMessage()).isEqualTo("organizations.xlsx：XLSX 文件已损坏，无法读取");
        }
    }

    @Test
    void answersRowsOrRefusalForRandomlyDamagedXlsx() throws IOException {
        byte[] workbook = reproducible(xlsx(englishHeader(), BRANCH));
        assertThat(reproducible(xlsx(englishHeader(), BRANCH))).isEqualTo(workbook);
        Random random = new Random(20211123);

        for (int i = 0; i < 150; i++) {
            byte[] damaged = workbook.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }

            Throwable failure = catchThrowable(() -> read("organizations.xlsx", damaged));

            assertThat(failure).as("damaged copy %d", i).satisfiesAnyOf(
                    thrown -> assertThat(thrown).isNull(),
                    thrown -> assertThat(thrown).isInstanceOf(TableRefused.class));
        }
    }

    @Test
    void refusesZipThatIsNoWorkbook() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("organizations.csv"));
            out.write(utf8(TableFixtures.ENGLISH_HEADER));
        }

        assertThat(refusal("organizations.zip", zip.toByteArray()).getMessage())
                .isEqualTo("organizations.zip：XLSX 文件已损坏，无法读取");
    }

    @Test
    void refusesXlsxZipBomb() throws IOException {
        byte[] bomb = HostileFiles.zipBomb(xlsx(englishHeader(), BRANCH), 400L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);

        long heapBefore = usedHeap();
        TableRefused refused = refusal("organizations.xlsx", bomb);

        assertThat(refused.getMessage()).isEqualTo("organizations.xlsx：文件疑似压缩炸弹（解压后异常膨胀），已拒绝");
        assertThat(usedHeap() - heapBefore).isLessThan(200L * 1024 * 1024);
    }

    @Test
    void passesOnWhatTheCallersSinkThrows() {
        IllegalStateException stop = new IllegalStateException("database gone");
        byte[] workbook = xlsx(englishHeader(), BRANCH);
        byte[] csv = utf8(TableFixtures.ENGLISH_HEADER + "\nU1,U,,党委,党委\n");

        for (byte[] file : List.of(workbook, csv)) {
            Throwable thrown = catchThrowable(() -> new TableReader().read("organizations", new ByteArrayInputStream(file),
                    TableFixtures.ORGANIZATIONS, row -> {
                        throw stop;
                    }));

            assertThat(thrown).isSameAs(stop);
        }
    }

    /** The same workbook with its creation time and zip entry times fixed, so its bytes repeat. */
    private static byte[] reproducible(byte[] workbook) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(0);
                out.putNextEntry(copy);
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals("docProps/core.xml")) {
                    content = content.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "2021-11-23T00:00:00Z");
                }
                out.write(content.getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return rewritten.toByteArray();
    }

    private static byte[] overwriteMiddle(byte[] workbook) {
        byte[] damaged = workbook.clone();
        Arrays.fill(damaged, damaged.length / 4, damaged.length * 3 / 4, (byte) 0x5A);
        return damaged;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
