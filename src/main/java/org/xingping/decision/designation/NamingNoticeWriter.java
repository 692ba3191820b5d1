package org.xingping.decision.designation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.xingping.platform.docx.OfficialDocx;

/**
 * Writes the 命名通报 in the shape of a government document (GB/T 9704): the issuing body in red
 * over a red rule, the title, the addressees, a short body, the list level by level and unit by
 * unit, then the honours, and the issuer and date at the foot. The words are those of such
 * notices; the figures and names all come from the {@link NamingNotice}.
 */
public final class NamingNoticeWriter {

    /** The document fonts of GB/T 9704; Word substitutes where a machine lacks them. */
    /** 二号 and 三号 in points. */
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private NamingNoticeWriter() {
    }

    public static byte[] write(NamingNotice notice) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            OfficialDocx.a4(document);
            OfficialDocx.issuerHead(document, notice.issuer());
            XWPFParagraph title = OfficialDocx.paragraph(document, ParagraphAlignment.CENTER);
            run(title, "关于命名" + notice.year() + "年度星级党支部的通报", OfficialDocx.TITLE_FONT, OfficialDocx.TITLE_SIZE, false, null);
            title.setSpacingAfter(400);
            run(OfficialDocx.paragraph(document, ParagraphAlignment.LEFT), "各单位党组织：", OfficialDocx.BODY_FONT, OfficialDocx.BODY_SIZE, false, null);
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
        OfficialDocx.indented(document, text.toString(), false);
        OfficialDocx.indented(document, "希望受到命名的党支部珍惜荣誉、再接再厉，充分发挥示范带动作用；各单位党组织要对照标准查找差距、"
                + "整改提升，推动机关党支部建设全面进步、全面过硬。", false);
    }

    private static void listing(XWPFDocument document, String numeral, NamingNotice.Listing listing) {
        XWPFParagraph heading = OfficialDocx.paragraph(document, ParagraphAlignment.LEFT);
        heading.setIndentationFirstLine(OfficialDocx.INDENT);
        heading.setSpacingBefore(200);
        run(heading, numeral + "、" + listing.name() + "（" + listing.count() + "个）", OfficialDocx.HEADING_FONT, OfficialDocx.BODY_SIZE, false,
                null);
        for (NamingNotice.UnitBranches unit : listing.units()) {
            XWPFParagraph line = OfficialDocx.paragraph(document, ParagraphAlignment.BOTH);
            line.setIndentationFirstLine(OfficialDocx.INDENT);
            run(line, unit.unitName() + "：", OfficialDocx.BODY_FONT, OfficialDocx.BODY_SIZE, true, null);
            run(line, String.join("、", unit.branchNames()), OfficialDocx.BODY_FONT, OfficialDocx.BODY_SIZE, false, null);
        }
    }

    private static void foot(XWPFDocument document, NamingNotice notice) {
        OfficialDocx.signature(document, notice.issuer(), notice.date().getYear() + "年" + notice.date().getMonthValue() + "月"
                + notice.date().getDayOfMonth() + "日");
    }




    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold, String color) {
        XWPFRun run = OfficialDocx.run(paragraph, text, font, size, bold);
        if (color != null) {
            run.setColor(color);
        }
    }
}
