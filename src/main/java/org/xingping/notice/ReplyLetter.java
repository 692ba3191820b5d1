package org.xingping.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.xingping.platform.docx.OfficialDocx;

/**
 * The reply letter (答复函) to an answered objection, as a Word document the committee prints and
 * seals, in the layout of every official document the product writes ({@link OfficialDocx}): the
 * issuing body's head, the title, the receipt number, the objector, the answer, the issuer and the
 * date. An official document is written in Chinese whatever language the page is in.
 */
final class ReplyLetter {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ReplyLetter() {
    }

    static byte[] docx(Objection objection, String issuer) {
        ZoneId zone = ZoneId.systemDefault();
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialDocx.a4(document);
            OfficialDocx.issuerHead(document, issuer);
            XWPFParagraph title = OfficialDocx.paragraph(document, ParagraphAlignment.CENTER);
            OfficialDocx.run(title, "关于异议的答复函", OfficialDocx.TITLE_FONT, OfficialDocx.TITLE_SIZE, false);
            XWPFParagraph receipt = OfficialDocx.paragraph(document, ParagraphAlignment.CENTER);
            receipt.setSpacingAfter(240);
            OfficialDocx.run(receipt, "受理编号：" + objection.receipt(), OfficialDocx.BODY_FONT, 14, false);
            XWPFParagraph addressee = OfficialDocx.paragraph(document, ParagraphAlignment.LEFT);
            OfficialDocx.run(addressee, (objection.fromUnit() ? objection.objectorUnit() : objection.objectorName() + "同志")
                    + "：", OfficialDocx.BODY_FONT, OfficialDocx.BODY_SIZE, false);
            OfficialDocx.indented(document, "您于" + CHINESE_DATE.format(objection.receivedAt().atZone(zone)) + "对"
                    + objection.year() + "年度星级党支部拟命名名单中" + objection.unitName() + objection.branchName()
                    + "提出的异议（受理编号 " + objection.receipt() + "）收悉。经调查核实，现答复如下：", false);
            for (String line : objection.answer().split("\\R")) {
                if (!line.isBlank()) {
                    OfficialDocx.indented(document, line.strip(), false);
                }
            }
            OfficialDocx.indented(document, "经研究，" + (objection.status() == ObjectionStatus.UPHELD
                    ? "您反映的问题属实，异议成立，该支部的评定结果退回重新评定。"
                    : "您反映的问题不影响该支部的评定结果，异议不成立。") + "感谢您对星级党支部创建工作的关心和监督。", false);
            OfficialDocx.signature(document, issuer, CHINESE_DATE.format(objection.answeredAt().atZone(zone)));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reply letter of " + objection.receipt(), e);
        }
    }
}
