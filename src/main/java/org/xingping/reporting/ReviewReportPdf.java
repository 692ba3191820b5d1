package org.xingping.reporting;

import java.awt.Color;
import java.io.ByteArrayOutputStream;

import org.xingping.platform.pdf.ChineseFonts;
import org.xingping.platform.pdf.PdfTables;
import org.xingping.reporting.ReviewReport.Block;
import org.xingping.reporting.ReviewReport.Heading;
import org.xingping.reporting.ReviewReport.Part;
import org.xingping.reporting.ReviewReport.Table;
import org.xingping.reporting.ReviewReport.Text;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * Lays the review report out as a PDF with the same parts as the Word document, in the embedded
 * Noto Sans SC (a printout reads the same on any machine; the official fonts live in the DOCX).
 * A4 with the margins of GB/T 9704; table header rows repeat on every page.
 */
final class ReviewReportPdf {

    private static final Color RED = new Color(0xE6, 0x00, 0x12);
    /** 37, 35, 28 and 26 mm in points. */
    private static final float TOP = 105, BOTTOM = 99, LEFT = 79, RIGHT = 74;

    private ReviewReportPdf() {
    }

    static byte[] write(ReviewReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        PdfWriter.getInstance(document, out);
        // One font object per size and weight per document: a subset belongs to one document.
        Font issuerFont = ChineseFonts.bold(24);
        issuerFont.setColor(RED);
        Font title = ChineseFonts.bold(18);
        Font heading = ChineseFonts.bold(13);
        Font body = ChineseFonts.regular(12);
        Font tableBody = ChineseFonts.regular(9);
        Font tableHead = ChineseFonts.bold(9);
        document.open();
        Paragraph issuer = new Paragraph(report.issuer(), issuerFont);
        issuer.setAlignment(Element.ALIGN_CENTER);
        document.add(issuer);
        LineSeparator rule = new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -4);
        document.add(new Paragraph(new com.lowagie.text.Chunk(rule)));
        Paragraph head = new Paragraph(report.title(), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingBefore(18);
        head.setSpacingAfter(14);
        document.add(head);
        document.add(new Paragraph(report.addressee(), body));
        report.opening().forEach(text -> document.add(text(text, body)));
        for (Part part : report.parts()) {
            Paragraph line = new Paragraph(part.heading(), heading);
            line.setFirstLineIndent(24);
            line.setSpacingBefore(8);
            document.add(line);
            part.blocks().forEach(block -> block(document, block, heading, body, tableHead, tableBody));
        }
        Paragraph signature = new Paragraph(report.issuer(), body);
        signature.setAlignment(Element.ALIGN_RIGHT);
        signature.setSpacingBefore(30);
        document.add(signature);
        Paragraph date = new Paragraph(ReviewReportComposer.date(report.date()), body);
        date.setAlignment(Element.ALIGN_RIGHT);
        document.add(date);
        for (Part annex : report.annexes()) {
            document.newPage();
            document.add(new Paragraph(annex.heading(), heading));
            annex.blocks().forEach(block -> block(document, block, heading, body, tableHead, tableBody));
        }
        document.close();
        return out.toByteArray();
    }

    private static void block(Document document, Block block, Font heading, Font body, Font tableHead, Font tableBody) {
        if (block instanceof Text text) {
            document.add(text(text.text(), body));
        } else if (block instanceof Heading sub) {
            Paragraph line = new Paragraph(sub.text(), heading);
            line.setFirstLineIndent(24);
            document.add(line);
        } else if (block instanceof Table table) {
            Paragraph caption = new Paragraph(table.caption(), tableHead);
            caption.setAlignment(Element.ALIGN_CENTER);
            caption.setSpacingBefore(6);
            document.add(caption);
            PdfPTable grid = table.widths() != null && table.widths().length == table.header().size()
                    ? new PdfPTable(table.widths()) : new PdfPTable(table.header().size());
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(4);
            grid.setSpacingAfter(6);
            grid.setHeaderRows(1);
            for (String cell : table.header()) {
                PdfPCell header = PdfTables.cell(cell, tableHead);
                header.setHorizontalAlignment(Element.ALIGN_CENTER);
                header.setBackgroundColor(new Color(0xF2, 0xF2, 0xF2));
                grid.addCell(header);
            }
            table.rows().forEach(row -> row.forEach(cell -> grid.addCell(PdfTables.cell(cell, tableBody))));
            document.add(grid);
        }
    }

    private static Paragraph text(String text, Font body) {
        Paragraph paragraph = new Paragraph(text, body);
        paragraph.setFirstLineIndent(24);
        paragraph.setLeading(20);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }
}
