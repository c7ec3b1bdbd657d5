package org.plenary.registration;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Country;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.plenary.shared.DocumentRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Badges as a PDF, one A6 page each, drawn by the one {@link DocumentRenderer} with the bundled
 * Noto fonts, shaping and bidi, so a name prints in any script: the meeting, the delegate's name
 * (large, shrunk to fit), organisation, its membership category and country, and a QR code with its quiet zone carrying the
 * badge code that the registration desk scans (L-REG-6).
 */
@Component
class BadgePrinter {

    /** Width the name may take on an A6 badge with 8 mm margins, in points. */
    private static final float NAME_WIDTH_PT = 89 / 25.4f * 72;

    private final AccountManagement accounts;
    private final Directory directory;
    private final DocumentRenderer renderer;
    private final MessageSource messages;

    BadgePrinter(AccountManagement accounts, Directory directory, DocumentRenderer renderer, MessageSource messages) {
        this.accounts = accounts;
        this.directory = directory;
        this.renderer = renderer;
        this.messages = messages;
    }

    /** One badge as the template shows it. */
    record Badge(String meeting, String name, float nameSize, String organisation, String category, String country,
            String qr, String code) {
    }

    byte[] print(Meeting meeting, List<Registration> registrations) {
        List<Badge> badges = registrations.stream().map(r -> badge(meeting, r)).toList();
        return renderer.pdf("registration/badge", Map.of("badges", badges), Locale.ENGLISH);
    }

    private Badge badge(Meeting meeting, Registration r) {
        String name = accounts.find(r.account()).map(Account::name).orElse("");
        Organisation org = directory.organisation(r.organisation()).orElseThrow();
        String country = directory.country(org.countryCode()).map(Country::name).map(n -> n.in(Locale.ENGLISH))
                .orElse("");
        String category = messages.getMessage(org.category().messageKey(), null, Locale.ENGLISH);
        return new Badge("ITU-T " + meeting.prefix() + " · " + meeting.code(), name, nameSize(name), org.name(),
                category, country, "data:image/png;base64," + Base64.getEncoder().encodeToString(png(qr(r.badgeCode(), 600))),
                r.badgeCode());
    }

    /** The largest size up to 30 pt at which the name fits the badge's width on one line (12 pt at least, then it wraps). */
    static float nameSize(String name) {
        double ems = name.codePoints().mapToDouble(cp -> {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL ? 1.0
                    : Character.isUpperCase(cp) ? 0.68 : 0.56;
        }).sum();
        float size = ems == 0 ? 30 : (float) (NAME_WIDTH_PT / ems);
        return Math.round(Math.max(12, Math.min(30, size)) * 2) / 2f;
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
