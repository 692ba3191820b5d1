package org.xingping.observation.web;

import static org.xingping.platform.pdf.PdfTables.cell;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.xingping.campaign.Campaign;
import org.xingping.observation.ObservationGroup;
import org.xingping.observation.Observer;
import org.xingping.observation.Visit;
import org.xingping.platform.pdf.ChineseFonts;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A group's printable itinerary (行程): day by day, each unit's briefing and branches with their
 * times, and per unit a QR code that opens the unit's branches on an observer's phone.
 */
@Component
class ItinerarySheet {

    private static final int QR_SIZE = 120;
    /** Where a branch's score sheet opens for an observer of the group that visits it (the scoring pages). */
    static final String BRANCH_SHEET = "/scoring/branch/";

    private final MessageSource messages;

    ItinerarySheet(MessageSource messages) {
        this.messages = messages;
    }

    void write(Campaign campaign, ObservationGroup group, List<Visit> visits, String baseUrl, OutputStream out) {
        Locale locale = LocaleContextHolder.getLocale();
        Document document = new Document(PageSize.A4, 36, 36, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = ChineseFonts.bold(15);
        Font heading = ChineseFonts.bold(11);
        Font body = ChineseFonts.regular(9);
        Paragraph head = new Paragraph(campaign.getName(), title);
        head.setAlignment(Element.ALIGN_CENTER);
        document.add(head);
        Paragraph who = new Paragraph(m(locale, "itinerary.groupTitle", group.number(), group.leader().name(),
                String.join("、", group.members().stream().map(Observer::name).toList())), body);
        who.setAlignment(Element.ALIGN_CENTER);
        who.setSpacingAfter(10);
        document.add(who);
        Map<LocalDate, List<Visit>> days = new TreeMap<>();
        visits.forEach(visit -> days.computeIfAbsent(visit.date(), day -> new ArrayList<>()).add(visit));
        for (var day : days.entrySet()) {
            Paragraph date = new Paragraph(day.getKey().toString(), heading);
            date.setSpacingBefore(8);
            document.add(date);
            PdfPTable table = new PdfPTable(new float[] {14, 20, 44, 22});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            for (Visit visit : day.getValue()) {
                table.addCell(cell(visit.start() + "–" + visit.end(), body));
                table.addCell(cell(visit.unitCode(), body));
                table.addCell(cell(visit.isBriefing() ? m(locale, "itinerary.briefing")
                        : visit.branchCode() + (visit.linking() ? " " + m(locale, "itinerary.linking") : ""), body));
                // The unit's code opens its page of branches; a branch's opens its score sheet.
                table.addCell(visit.isBriefing() ? qr(baseUrl + "/itinerary/unit/" + visit.unitCode(), 56)
                        : qr(baseUrl + BRANCH_SHEET + visit.branchCode(), 40));
            }
            document.add(table);
        }
        document.close();
    }


    /** A QR code drawn as a black-and-white image, small enough to scan from a printed page. */
    private static PdfPCell qr(String url, float points) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, QR_SIZE, QR_SIZE);
            BufferedImage picture = new BufferedImage(QR_SIZE, QR_SIZE, BufferedImage.TYPE_BYTE_BINARY);
            for (int x = 0; x < QR_SIZE; x++) {
                for (int y = 0; y < QR_SIZE; y++) {
                    picture.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
                }
            }
            Image image = Image.getInstance(picture, null);
            image.scaleAbsolute(points, points);
            PdfPCell cell = new PdfPCell(image);
            cell.setPadding(3);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            return cell;
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("cannot draw the QR code of " + url, e);
        }
    }

    private String m(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
