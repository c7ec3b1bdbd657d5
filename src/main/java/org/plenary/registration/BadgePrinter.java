package org.plenary.registration;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Country;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Badges as a PDF, one A6 page each: the delegate's name, organisation and country, and a QR code
 * carrying the badge code that the registration desk scans (L-REG-6).
 */
@Component
class BadgePrinter {

    private final AccountManagement accounts;
    private final Directory directory;
    private final List<Path> fontCandidates;

    BadgePrinter(AccountManagement accounts, Directory directory,
            @Value("${plenary.badges.font:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}") Path font) {
        this.accounts = accounts;
        this.directory = directory;
        this.fontCandidates = List.of(font);
    }

    byte[] print(Meeting meeting, List<Registration> registrations) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = font(doc);
            for (Registration r : registrations) {
                page(doc, font, meeting, r);
            }
            if (registrations.isEmpty()) {
                doc.addPage(new PDPage(PDRectangle.A6));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(PDDocument doc, PDFont font, Meeting meeting, Registration r) throws IOException {
        PDPage page = new PDPage(PDRectangle.A6);
        doc.addPage(page);
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        String name = accounts.find(r.account()).map(Account::name).orElse("");
        Organisation org = directory.organisation(r.organisation()).orElseThrow();
        String country = directory.country(org.countryCode()).map(Country::name).map(n -> n.in(Locale.ENGLISH))
                .orElse("");
        PDImageXObject qr = LosslessFactory.createFromImage(doc, qr(r.badgeCode(), 600));
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            text(cs, font, 11, 20, h - 30, safe(font, "ITU-T " + meeting.prefix() + " · " + meeting.code()));
            text(cs, font, 18, 20, h - 70, safe(font, name));
            text(cs, font, 11, 20, h - 92, safe(font, org.name()));
            text(cs, font, 11, 20, h - 108, safe(font, country));
            float size = 150;
            cs.drawImage(qr, (w - size) / 2, 40, size, size);
            text(cs, font, 10, (w - size) / 2, 28, r.badgeCode());
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    /** Characters the font cannot show become "?" rather than failing the whole badge run. */
    private static String safe(PDFont font, String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                sb.append(c);
            } catch (IllegalArgumentException | IOException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    private PDFont font(PDDocument doc) throws IOException {
        for (Path p : fontCandidates) {
            if (p != null && Files.isReadable(p)) {
                return PDType0Font.load(doc, p.toFile());
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    static BufferedImage qr(String content, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.Q, EncodeHintType.MARGIN, 4));
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }
}
