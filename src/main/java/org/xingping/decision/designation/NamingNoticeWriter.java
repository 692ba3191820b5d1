package org.xingping.decision.designation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.stream.Collectors;

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
 * Writes the 命名通报 in the shape of a government document (GB/T 9704): the issuing body in red
 * over a red rule, the title, the addressees, a short body, the list level by level and unit by
 * unit, then the honours, and the issuer and date at the foot. The words are those of such
 * notices; the figures and names all come from the {@link NamingNotice}.
 */
public final class NamingNoticeWriter {

    /** The document fonts of GB/T 9704; Word substitutes where a machine lacks them. */
    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String HEADING_FONT = "黑体";
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String RED = "E60012";
    /** 二号 and 三号 in points. */
    private static final int TITLE_SIZE = 22;
    private static final int BODY_SIZE = 16;
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private NamingNoticeWriter() {
    }

    public static byte[] write(NamingNotice notice) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            a4(document);
            header(document, notice.issuer());
            XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
            run(title, "关于命名" + notice.year() + "年度星级党支部的通报", TITLE_FONT, TITLE_SIZE, false, null);
            title.setSpacingAfter(400);
            run(paragraph(document, ParagraphAlignment.LEFT), "各单位党组织：", BODY_FONT, BODY_SIZE, false, null);
            body(document, notice);
            int section = 0;
            for (NamingNotice.Listing listing : notice.levels()) {
                listing(document, NUMERALS[section++ % NUMERALS.length], listing);
            }
            for (NamingNotice.Listing listing : notice.honours()) {
                listing(document, NUMERALS[section++ % NUMERALS.length], listing);
            }
            foot(document, notice);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the designation document cannot be written", e);
        }
    }

    private static void header(XWPFDocument document, String issuer) {
        XWPFParagraph name = paragraph(document, ParagraphAlignment.CENTER);
        run(name, issuer, TITLE_FONT, 26, true, RED);
        // The red rule under the issuing body (版头中的分隔线).
        CTBorder rule = name.getCTP().getPPr().addNewPBdr().addNewBottom();
        rule.setVal(STBorder.SINGLE);
        rule.setSz(BigInteger.valueOf(18));
        rule.setColor(RED);
        rule.setSpace(BigInteger.valueOf(8));
        name.setSpacingAfter(480);
    }

    private static void body(XWPFDocument document, NamingNotice notice) {
        String levels = notice.levels().stream().map(l -> l.name() + l.count() + "个").collect(Collectors.joining("、"));
        int named = notice.levels().stream().mapToInt(NamingNotice.Listing::count).sum();
        StringBuilder text = new StringBuilder("根据《").append(notice.standardName())
                .append("》，经党支部申报、单位党委初审、观摩组实地观摩评分、工委评定并经公示，决定命名")
                .append(named).append("个党支部为").append(notice.year()).append("年度星级党支部");
        if (!levels.isEmpty()) {
            text.append("，其中").append(levels);
        }
        text.append("。");
        if (!notice.honours().isEmpty()) {
            text.append("同时命名").append(notice.honours().stream().map(h -> h.name() + h.count() + "个")
                    .collect(Collectors.joining("、"))).append("。");
        }
        text.append("现将名单通报如下。");
        indented(document, text.toString());
        indented(document, "希望受到命名的党支部珍惜荣誉、再接再厉，充分发挥示范带动作用；各单位党组织要对照标准查找差距、"
                + "整改提升，推动机关党支部建设全面进步、全面过硬。");
    }

    private static void listing(XWPFDocument document, String numeral, NamingNotice.Listing listing) {
        XWPFParagraph heading = paragraph(document, ParagraphAlignment.LEFT);
        heading.setIndentationFirstLine(640);
        heading.setSpacingBefore(200);
        run(heading, numeral + "、" + listing.name() + "（" + listing.count() + "个）", HEADING_FONT, BODY_SIZE, false,
                null);
        for (NamingNotice.UnitBranches unit : listing.units()) {
            XWPFParagraph line = paragraph(document, ParagraphAlignment.BOTH);
            line.setIndentationFirstLine(640);
            run(line, unit.unitName() + "：", BODY_FONT, BODY_SIZE, true, null);
            run(line, String.join("、", unit.branchNames()), BODY_FONT, BODY_SIZE, false, null);
        }
    }

    private static void foot(XWPFDocument document, NamingNotice notice) {
        XWPFParagraph issuer = paragraph(document, ParagraphAlignment.RIGHT);
        issuer.setSpacingBefore(600);
        issuer.setIndentationRight(640);
        run(issuer, notice.issuer(), BODY_FONT, BODY_SIZE, false, null);
        XWPFParagraph date = paragraph(document, ParagraphAlignment.RIGHT);
        date.setIndentationRight(640);
        run(date, notice.date().getYear() + "年" + notice.date().getMonthValue() + "月" + notice.date().getDayOfMonth()
                + "日", BODY_FONT, BODY_SIZE, false, null);
    }

    private static void indented(XWPFDocument document, String text) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(640);
        run(paragraph, text, BODY_FONT, BODY_SIZE, false, null);
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBetween(1.25);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold, String color) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontSize(size);
        run.setBold(bold);
        if (color != null) {
            run.setColor(color);
        }
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
