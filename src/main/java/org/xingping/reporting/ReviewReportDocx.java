package org.xingping.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
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

    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体_GB2312";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String RED = "E60012";
    /** 二号, 三号 and 小四 in points. */
    private static final int TITLE_SIZE = 22;
    private static final int BODY_SIZE = 16;
    private static final int TABLE_SIZE = 12;
    /** Two characters of 三号 in twentieths of a point: the first-line indent of the body. */
    private static final int INDENT = 640;
    /** The text block's width (156 mm) in twentieths of a point. */
    private static final int TEXT_WIDTH = 8845;

    private ReviewReportDocx() {
    }

    static byte[] write(ReviewReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            header(document, report.issuer());
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
            run(title, report.title(), TITLE_FONT, TITLE_SIZE, false);
            title.setSpacingAfter(400);
            run(paragraph(document, ParagraphAlignment.LEFT), report.addressee(), BODY_FONT, BODY_SIZE, false);
            report.opening().forEach(text -> indented(document, text, false));
            for (Part part : report.parts()) {
                part(document, part, HEADING_FONT);
            }
            foot(document, report);
            for (Part annex : report.annexes()) {
                XWPFParagraph heading = paragraph(document, ParagraphAlignment.LEFT);
                heading.setPageBreak(true);
                run(heading, annex.heading(), HEADING_FONT, BODY_SIZE, false);
                annex.blocks().forEach(block -> block(document, block));
            }
            a4(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the review report cannot be written", e);
        }
    }

    private static void part(XWPFDocument document, Part part, String font) {
        XWPFParagraph heading = paragraph(document, ParagraphAlignment.LEFT);
        heading.setIndentationFirstLine(INDENT);
        heading.setSpacingBefore(200);
        run(heading, part.heading(), font, BODY_SIZE, false);
        part.blocks().forEach(block -> block(document, block));
    }

    private static void block(XWPFDocument document, Block block) {
        if (block instanceof Text text) {
            indented(document, text.text(), false);
        } else if (block instanceof Heading heading) {
            XWPFParagraph line = paragraph(document, ParagraphAlignment.LEFT);
            line.setIndentationFirstLine(INDENT);
            run(line, heading.text(), SUBHEADING_FONT, BODY_SIZE, true);
        } else if (block instanceof Table table) {
            table(document, table);
        }
    }

    private static void table(XWPFDocument document, Table table) {
        XWPFParagraph caption = paragraph(document, ParagraphAlignment.CENTER);
        caption.setSpacingBefore(120);
        run(caption, table.caption(), HEADING_FONT, TABLE_SIZE, false);
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
        paragraph(document, ParagraphAlignment.LEFT);
    }

    private static void fill(XWPFTableRow row, List<String> cells, int[] widths, boolean header) {
        row.setCantSplitRow(true);
        for (int column = 0; column < cells.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            cell.setWidth(String.valueOf(widths[column]));
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setAlignment(header ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            run(paragraph, cells.get(column), header ? HEADING_FONT : BODY_FONT, TABLE_SIZE, false);
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

    private static void header(XWPFDocument document, String issuer) {
        XWPFParagraph name = paragraph(document, ParagraphAlignment.CENTER);
        XWPFRun run = run(name, issuer, TITLE_FONT, 26, true);
        run.setColor(RED);
        // The red rule under the issuing body (版头中的分隔线).
        CTBorder rule = name.getCTP().getPPr().addNewPBdr().addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(18));
        rule.setColor(RED);
        rule.setSpace(BigInteger.valueOf(8));
        name.setSpacingAfter(480);
    }

    private static void foot(XWPFDocument document, ReviewReport report) {
        XWPFParagraph issuer = paragraph(document, ParagraphAlignment.RIGHT);
        issuer.setSpacingBefore(600);
        issuer.setIndentationRight(INDENT);
        run(issuer, report.issuer(), BODY_FONT, BODY_SIZE, false);
        XWPFParagraph date = paragraph(document, ParagraphAlignment.RIGHT);
        date.setIndentationRight(INDENT);
        run(date, ReviewReportComposer.date(report.date()), BODY_FONT, BODY_SIZE, false);
    }

    private static void indented(XWPFDocument document, String text, boolean bold) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(INDENT);
        run(paragraph, text, BODY_FONT, BODY_SIZE, bold);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(1.25);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }

    /** A4 with the margins of GB/T 9704 (top 37 mm, left 28 mm, text block 156 × 225 mm). */
    private static void a4(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(2098));
        margins.setBottom(BigInteger.valueOf(1984));
        margins.setLeft(BigInteger.valueOf(1587));
        margins.setRight(BigInteger.valueOf(1474));
    }
}
