package org.xingping.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * The review-meeting report (讲评报告) as words and tables, numbered and worded as the document reads:
 * both the DOCX and the PDF are laid out from this one model, so they never say different things.
 *
 * @param issuer    the issuing body, the standard's issuer
 * @param addressee to whom it goes ("各单位党组织：")
 * @param opening   the paragraphs before the first part
 * @param parts     the numbered parts (一、二、…) the committee chose
 * @param annexes   the annex tables after the body
 */
public record ReviewReport(int year, String issuer, String title, LocalDate date, String addressee, List<String> opening,
                           List<Part> parts, List<Part> annexes) {

    public ReviewReport {
        opening = List.copyOf(opening);
        parts = List.copyOf(parts);
        annexes = List.copyOf(annexes);
    }

    /** A numbered part: its heading with its numeral ("一、本年度创建观摩活动基本情况") and its content. */
    public record Part(ReportSection section, String heading, List<Block> blocks) {

        public Part {
            blocks = List.copyOf(blocks);
        }
    }

    /** A piece of a part's content. */
    public sealed interface Block permits Text, Heading, Table {
    }

    /** A body paragraph; {@code committee} marks the committee's own words. */
    public record Text(String text, boolean committee) implements Block {
    }

    /** A second-level heading: "（一）得分率较高的指标". */
    public record Heading(String text) implements Block {
    }

    /** A table with its caption, header and rows, every cell already written as text. */
    public record Table(String caption, List<String> header, List<List<String>> rows, float[] widths) implements Block {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** Every word of the report in order, as a reader of the text would meet them (what tests compare). */
    public String plainText() {
        StringBuilder text = new StringBuilder(issuer).append('\n').append(title).append('\n').append(addressee).append('\n');
        opening.forEach(line -> text.append(line).append('\n'));
        for (List<Part> group : List.of(parts, annexes)) {
            for (Part part : group) {
                text.append(part.heading()).append('\n');
                for (Block block : part.blocks()) {
                    if (block instanceof Text line) {
                        text.append(line.text()).append('\n');
                    } else if (block instanceof Heading heading) {
                        text.append(heading.text()).append('\n');
                    } else if (block instanceof Table table) {
                        text.append(table.caption()).append('\n').append(String.join("\t", table.header())).append('\n');
                        table.rows().forEach(row -> text.append(String.join("\t", row)).append('\n'));
                    }
                }
            }
        }
        return text.toString();
    }
}
