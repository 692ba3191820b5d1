package org.xingping.standard.web;

import static org.xingping.platform.pdf.PdfTables.cell;

import java.io.OutputStream;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xingping.standard.Item;
import org.xingping.standard.RatingStandard;
import org.xingping.standard.Section;
import org.xingping.platform.pdf.ChineseFonts;
import org.xingping.standard.Veto;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * The blank scoring sheet (评分表) of a standard as a PDF, for observers who want paper as a
 * fallback: every item with its points, its rule, and a place to write the score, with the
 * vetoes to tick and lines for highlights and problems. The PDF carries its own Chinese font
 * (Noto Sans SC, embedded as a subset), so it prints the same on any machine.
 */
@Component
class ScoringSheet {

    private static final Color SECTION = new Color(0xF2, 0xF2, 0xF2);

    private final MessageSource messages;
    private final StandardText text;

    ScoringSheet(MessageSource messages, StandardText text) {
        this.messages = messages;
        this.text = text;
    }

    void write(RatingStandard standard, Locale locale, OutputStream out) {
        Document document = new Document(PageSize.A4, 36, 36, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(standard.name() + " " + m(locale, "sheet.title"));
        document.addCreator("XingPing");
        document.open();
        // Fonts per document: a subset is embedded for the glyphs this document uses.
        Font title = ChineseFonts.bold(15);
        Font heading = ChineseFonts.bold(10);
        Font body = ChineseFonts.regular(9);
        Font small = ChineseFonts.regular(8);

        Paragraph head = new Paragraph(standard.name() + " " + m(locale, "sheet.title"), title);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(4);
        document.add(head);
        Paragraph issuer = new Paragraph(standard.issuer() + "  ·  " + standard.id(), small);
        issuer.setAlignment(Element.ALIGN_CENTER);
        issuer.setSpacingAfter(10);
        document.add(issuer);
        document.add(new Paragraph(m(locale, "sheet.fields"), body));

        PdfPTable table = new PdfPTable(new float[] {7, 22, 6, 33, 22, 10});
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        table.setHeaderRows(1);
        for (String key : new String[] {"sheet.code", "sheet.item", "sheet.max", "sheet.rule", "sheet.score",
                "sheet.note"}) {
            PdfPCell cell = cell(m(locale, key), heading);
            cell.setBackgroundColor(SECTION);
            table.addCell(cell);
        }
        for (Section section : standard.sections()) {
            String cap = section.cap().map(c -> " " + m(locale, "sheet.cap", text.number(c))).orElse("");
            PdfPCell sectionCell = cell(section.code() + "  " + section.name() + "  ("
                    + m(locale, "standard.part." + section.part().name()) + ")" + cap, heading);
            sectionCell.setColspan(6);
            sectionCell.setBackgroundColor(SECTION);
            table.addCell(sectionCell);
            for (Item item : section.items()) {
                table.addCell(cell(item.code(), body));
                table.addCell(cell(item.name(), body));
                table.addCell(cell(text.number(item.max()), body));
                String guide = item.guide().map(g -> "\n" + g).orElse("");
                table.addCell(cell(text.rule(item, locale) + guide, small));
                table.addCell(cell(text.input(item, locale), body));
                table.addCell(cell("", body));
            }
        }
        PdfPCell total = cell(m(locale, "sheet.total"), heading);
        total.setColspan(4);
        table.addCell(total);
        PdfPCell blank = cell("", body);
        blank.setColspan(2);
        table.addCell(blank);
        document.add(table);

        if (!standard.vetoes().isEmpty()) {
            Paragraph vetoes = new Paragraph(m(locale, "sheet.vetoes"), heading);
            vetoes.setSpacingBefore(10);
            document.add(vetoes);
            for (Veto veto : standard.vetoes()) {
                document.add(new Paragraph("□ " + veto.code() + "  " + veto.name(), body));
            }
        }
        for (String key : new String[] {"sheet.highlights", "sheet.problems"}) {
            Paragraph lines = new Paragraph(m(locale, key), heading);
            lines.setSpacingBefore(10);
            document.add(lines);
            for (int i = 0; i < 3; i++) {
                document.add(new Paragraph("_".repeat(95), body));
            }
        }
        Paragraph signature = new Paragraph(m(locale, "sheet.signature"), body);
        signature.setSpacingBefore(14);
        document.add(signature);
        document.close();
    }


    private String m(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
