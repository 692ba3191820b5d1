package org.xingping.platform.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

/**
 * The layout an official document (公文, GB/T 9704) has, shared by every Word document the product
 * writes: A4 with its margins, the issuing body in red over a red rule, paragraphs at 1.25 lines,
 * runs in a Chinese font with Times New Roman for Latin text, and the issuer and date at the end.
 */
public final class OfficialDocx {

    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String HEADING_FONT = "黑体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String RED = "E60012";
    public static final int TITLE_SIZE = 22;
    public static final int BODY_SIZE = 16;
    /** Two characters of the body font: the first-line indent of a paragraph, in twentieths of a point. */
    public static final int INDENT = 640;

    private OfficialDocx() {
    }

    /** A4 with the margins of GB/T 9704 (top 37 mm, left 28 mm, text block 156 × 225 mm). */
    public static void a4(XWPFDocument document) {
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

    /** The issuing body in red over the red rule of the document's head (版头中的分隔线). */
    public static void issuerHead(XWPFDocument document, String issuer) {
        XWPFParagraph name = paragraph(document, ParagraphAlignment.CENTER);
        run(name, issuer, TITLE_FONT, 26, true).setColor(RED);
        CTBorder rule = name.getCTP().getPPr().addNewPBdr().addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(18));
        rule.setColor(RED);
        rule.setSpace(BigInteger.valueOf(8));
        name.setSpacingAfter(480);
    }

    /** The issuer and the date under the text, to the right. */
    public static void signature(XWPFDocument document, String issuer, String date) {
        XWPFParagraph name = paragraph(document, ParagraphAlignment.RIGHT);
        name.setSpacingBefore(600);
        name.setIndentationRight(INDENT);
        run(name, issuer, BODY_FONT, BODY_SIZE, false);
        XWPFParagraph day = paragraph(document, ParagraphAlignment.RIGHT);
        day.setIndentationRight(INDENT);
        run(day, date, BODY_FONT, BODY_SIZE, false);
    }

    /** A body paragraph with its first line indented. */
    public static void indented(XWPFDocument document, String text, boolean bold) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(INDENT);
        run(paragraph, text, BODY_FONT, BODY_SIZE, bold);
    }

    public static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(1.25);
        return paragraph;
    }

    public static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }
}
