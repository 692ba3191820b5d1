package org.xingping.organization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ClassPathResource;

/** Table files of the registry as tests use them: the reference data set, and small files by intent. */
public final class RegistryFixtures {

    /** The headers as the downloadable templates write them. */
    public static final String UNITS_HEADER = "编码,名称,类别,办公地点,纬度,经度";
    public static final String ORGANIZATIONS_HEADER = "编码,单位编码,上级组织编码,类型,名称,书记,党员数,2020年星级,2020年红旗党支部";

    /** A formula cell in {@link #workbook(String, Object[]...)}. */
    public record Formula(String text) {
    }

    private RegistryFixtures() {
    }

    /** units.csv with the template's header and these rows. */
    public static TableSource units(String... rows) {
        return csv("units.csv", withHeader(UNITS_HEADER, rows));
    }

    /** organizations.csv with the template's header and these rows. */
    public static TableSource organizations(String... rows) {
        return csv("organizations.csv", withHeader(ORGANIZATIONS_HEADER, rows));
    }

    /** organizations.csv with the template's header and these rows. */
    public static TableSource organizations(List<String> rows) {
        return organizations(rows.toArray(String[]::new));
    }

    /** The lines of the reference organizations.csv that match, in its column order (the template's). */
    public static List<String> referenceLines(Predicate<String> matching) {
        try (InputStream in = new ClassPathResource("demo/organizations.csv").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).filter(matching).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of exactly these bytes. */
    public static TableSource file(String fileName, byte[] bytes) {
        return new TableSource(fileName, () -> new ByteArrayInputStream(bytes));
    }

    /** The reference units.csv (105 units) the product ships as demo data. */
    public static TableSource referenceUnits() {
        return resource("units.csv");
    }

    /** The reference organizations.csv (1,066 organisations). */
    public static TableSource referenceOrganizations() {
        return resource("organizations.csv");
    }

    /** A CSV file with the given lines, in UTF-8. */
    public static TableSource csv(String fileName, String... lines) {
        return csv(fileName, StandardCharsets.UTF_8, lines);
    }

    public static TableSource csv(String fileName, Charset charset, String... lines) {
        byte[] bytes = (String.join("\r\n", lines) + "\r\n").getBytes(charset);
        return new TableSource(fileName, () -> new ByteArrayInputStream(bytes));
    }

    /**
     * An XLSX workbook whose first sheet holds these rows from row 1: a String is a text cell, a
     * Number a numeric one, a {@link Formula} a formula, null no cell.
     */
    public static byte[] workbook(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("党组织");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof Formula formula) {
                        row.createCell(c).setCellFormula(formula.text());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cells of one CSV line, for {@link #workbook(Object[]...)}. */
    public static Object[] cells(String csvLine) {
        return csvLine.split(",", -1);
    }

    /** Imports the reference units and organisations. */
    public static ImportSummary importReference(OrganizationImport importer) {
        return importer.importTables(Optional.of(referenceUnits()), Optional.of(referenceOrganizations()));
    }

    private static String[] withHeader(String header, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = header;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return lines;
    }

    private static TableSource resource(String name) {
        ClassPathResource resource = new ClassPathResource("demo/" + name);
        return new TableSource(name, resource::getInputStream);
    }
}
