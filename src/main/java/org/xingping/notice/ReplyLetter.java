package org.xingping.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * The reply letter (答复函) to an answered objection, as a Word document the committee prints and
 * seals: the title, the objector, the receipt number, the answer, the issuing body and the date.
 * An official document is written in Chinese whatever language the page is in.
 */
final class ReplyLetter {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final String FONT = "仿宋";
    private static final String TITLE_FONT = "方正小标宋简体";

    private ReplyLetter() {
    }

    static byte[] docx(Objection objection, String issuer) {
        ZoneId zone = ZoneId.systemDefault();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(document, ParagraphAlignment.CENTER, TITLE_FONT, 22, true, "关于异议的答复函");
            paragraph(document, ParagraphAlignment.CENTER, FONT, 14, false, "受理编号：" + objection.receipt());
            paragraph(document, ParagraphAlignment.LEFT, FONT, 16, false,
                    (objection.fromUnit() ? objection.objectorUnit() : objection.objectorName() + "同志") + "：");
            paragraph(document, ParagraphAlignment.BOTH, FONT, 16, false, "　　您于"
                    + CHINESE_DATE.format(objection.receivedAt().atZone(zone)) + "对" + objection.year()
                    + "年度星级党支部拟命名名单中" + objection.unitName() + objection.branchName()
                    + "提出的异议（受理编号 " + objection.receipt() + "）收悉。经调查核实，现答复如下：");
            for (String line : objection.answer().split("\\R")) {
                if (!line.isBlank()) {
                    paragraph(document, ParagraphAlignment.BOTH, FONT, 16, false, "　　" + line.strip());
                }
            }
            paragraph(document, ParagraphAlignment.BOTH, FONT, 16, false, "　　经研究，"
                    + (objection.status() == ObjectionStatus.UPHELD ? "您反映的问题属实，异议成立，该支部的评定结果退回重新评定。"
                    : "您反映的问题不影响该支部的评定结果，异议不成立。") + "感谢您对星级党支部创建工作的关心和监督。");
            paragraph(document, ParagraphAlignment.LEFT, FONT, 16, false, "");
            paragraph(document, ParagraphAlignment.RIGHT, FONT, 16, false, issuer);
            paragraph(document, ParagraphAlignment.RIGHT, FONT, 16, false,
                    CHINESE_DATE.format(objection.answeredAt().atZone(zone)));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reply letter of " + objection.receipt(), e);
        }
    }

    private static void paragraph(XWPFDocument document, ParagraphAlignment alignment, String font, int size,
            boolean bold, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(120);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(font);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }
}
