package org.xingping.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Writes a list as an XLSX download, streaming rows so a 100,000-row export needs no more memory
 * than a hundred rows. The first row holds the headers; every value is written as text or number.
 */
public final class XlsxDownload {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Receives the rows of the sheet, one list of cell values per row. */
    public interface Rows {
        void add(List<?> cells);
    }

    private XlsxDownload() {
    }

    public static void send(HttpServletResponse response, String fileName, String sheetName, List<String> headers,
            Consumer<Rows> body) throws IOException {
        response.setContentType(CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        write(response.getOutputStream(), sheetName, headers, body);
    }

    public static void write(OutputStream out, String sheetName, List<String> headers, Consumer<Rows> body)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                var cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, Math.max(10, headers.get(i).length() * 2 + 4) * 256);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            body.accept(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    if (value == null) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        // Decimals stay text so 32.9818 is written exactly as stored.
                        cell.setCellValue(value instanceof java.math.BigDecimal decimal
                                ? decimal.toPlainString() : value.toString());
                    }
                }
            });
            workbook.write(out);
        }
    }
}
