package org.xingping.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.xingping.platform.docx.OfficialDocx;
import org.xingping.reporting.ReviewReport.Block;
import org.xingping.reporting.ReviewReport.Heading;
import org.xingping.reporting.ReviewReport.Part;
import org.xingping.reporting.ReviewReport.Table;
import org.xingping.reporting.ReviewReport.Text;

/**
 * Lays the review report out as a Word document in the shape of GB/T 9704: the issuing body in red
 * over a red rule, the title in 小标宋, first-level headings in 黑体, second-level in 楷体, the body in
 * 仿宋 三号, tables in 仿宋 小四 with a header row repeated on every page, the issuer and date at the
 * foot and the annex on a page of its own. Plain paragraphs and tables only, so the committee can
 * edit every word in Word or WPS afterwards.
 */
final class ReviewReportDocx {

    private static final String SUBHEADING_FONT = "楷体_GB2312";
    /** 二号, 三号 and 小四 in points. */
    private static final int TABLE_SIZE = 12;
    /** Two characters of 三号 in twentieths of a point: the first-line indent of the body. */
    /** The text block's width (156 mm) in twentieths of a point. */
    private static final int TEXT_WIDTH = 8845;

    private ReviewReportDocx() {
    }

    static byte[] write(ReviewReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialDocx.issuerHead(document, report.issuer());
            XWPFParagraph title = OfficialDocx.paragraph(document, ParagraphAlignment.CENTER);
            OfficialDocx.run(title, report.title(), OfficialDocx.TITLE_FONT, OfficialDocx.TITLE_SIZE, false);
            title.setSpacingAfter(400);
            OfficialDocx.run(OfficialDocx.paragraph(document, ParagraphAlignment.LEFT), report.addressee(), OfficialDocx.BODY_FONT,
                    OfficialDocx.BODY_SIZE, false);
            report.opening().forEach(text -> OfficialDocx.indented(document, text, false));
            for (Part part : report.parts()) {
                part(document, part, OfficialDocx.HEADING_FONT);
            }
            foot(document, report);
            for (Part annex : report.annexes()) {
                XWPFParagraph heading = OfficialDocx.paragraph(document, ParagraphAlignment.LEFT);
                heading.setPageBreak(true);
                OfficialDocx.run(heading, annex.heading(), OfficialDocx.HEADING_FONT, OfficialDocx.BODY_SIZE, false);
                annex.blocks().forEach(block -> block(document, block));
            }
            OfficialDocx.a4(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the review report cannot be written", e);
        }
    }

    private static void part(XWPFDocument document, Part part, String font) {
        XWPFParagraph heading = OfficialDocx.paragraph(document, ParagraphAlignment.LEFT);
        heading.setIndentationFirstLine(OfficialDocx.INDENT);
        heading.setSpacingBefore(200);
        OfficialDocx.run(heading, part.heading(), font, OfficialDocx.BODY_SIZE, false);
        part.blocks().forEach(block -> block(document, block));
    }

    private static void block(XWPFDocument document, Block block) {
        if (block instanceof Text text) {
            OfficialDocx.indented(document, text.text(), false);
        } else if (block instanceof Heading heading) {
            XWPFParagraph line = OfficialDocx.paragraph(document, ParagraphAlignment.LEFT);
            line.setIndentationFirstLine(OfficialDocx.INDENT);
            OfficialDocx.run(line, heading.text(), SUBHEADING_FONT, OfficialDocx.BODY_SIZE, true);
        } else if (block instanceof Table table) {
            table(document, table);
        }
    }

    private static void table(XWPFDocument document, Table table) {
        XWPFParagraph caption = OfficialDocx.paragraph(document, ParagraphAlignment.CENTER);
        caption.setSpacingBefore(120);
        OfficialDocx.run(caption, table.caption(), OfficialDocx.HEADING_FONT, TABLE_SIZE, false);
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
        grid.setTableAlignment(TableRowAlign.CENTER);
        grid.setWidth(TEXT_WIDTH);
        int[] widths = widths(table);
        fill(grid.getRow(0), table.header(), widths, true);
        // The header row repeats on every page the table runs over.
        grid.getRow(0).setRepeatHeader(true);
        for (int row = 0; row < table.rows().size(); row++) {
            fill(grid.getRow(row + 1), table.rows().get(row), widths, false);
        }
        OfficialDocx.paragraph(document, ParagraphAlignment.LEFT);
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean header) {
        row.setCantSplitRow(true);
        for (int column = 0; column < cells.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            cell.setWidth(String.valueOf(widths[column]));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            OfficialDocx.run(paragraph, cells.get(column), header ? OfficialDocx.HEADING_FONT : OfficialDocx.BODY_FONT, TABLE_SIZE, false);
        }
    }

    private static int[] widths(Table table) {
        int columns = table.header().size();
        int[] widths = new int[columns];
        float[] shares = table.widths();
        float sum = 0;
        if (shares != null && shares.length == columns) {
            for (float share : shares) {
                sum += share;
            }
        }
        for (int column = 0; column < columns; column++) {
            widths[column] = sum > 0 ? Math.round(TEXT_WIDTH * shares[column] / sum) : TEXT_WIDTH / columns;
        }
        return widths;
    }


    private static void foot(XWPFDocument document, ReviewReport report) {
        OfficialDocx.signature(document, report.issuer(), ReviewReportComposer.date(report.date()));
    }




}
