package org.plenary.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Badges print every script a delegate's name can have, with the bundled fonts, and the QR still reads. */
@IntegrationTest
class BadgeScriptsTests extends RegistrationTestBase {

    static final List<String> NAMES = List.of("王晓明", "فاطمة الزهراء", "Анна Кузнецова", "Nguyễn Thị Phương Thảo");

    @Autowired
    BadgePrinter printer;

    @Test
    void namesInChineseArabicRussianAndVietnameseReadBackFromTheBadgeAndTheQrDecodes() throws Exception {
        Organisation org = fx.organisation(MembershipCategory.MEMBER_STATE, "VN", false);
        List<Registration> regs = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Account a = users.create(NAMES.get(i), Role.DELEGATE);
            regs.add(new Registration(RegistrationId.random(), meeting.id(), a.id(), org.id(), RegistrationStatus.APPROVED,
                    true, false, null, null, null, false, false, false, false, null, false, Instant.now(), null, null,
                    null, "BADGE2345" + (char) ('A' + i), null, 0));
        }
        byte[] pdf = printer.print(meeting, regs);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(NAMES.size());
            for (int i = 0; i < NAMES.size(); i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String text = stripper.getText(doc);
                assertThat(text).as("badge %d", i).contains(NAMES.get(i), org.name(), "Member State administration", meeting.code()).doesNotContain("?");
            }
            assertThat(RegistrationBrowserTests.decodeQr(new PDFRenderer(doc))).isEqualTo("BADGE2345A");
            doc.getPages().forEach(p -> p.getResources().getFontNames().forEach(n -> {
                try {
                    assertThat(p.getResources().getFont(n).getName()).contains("Noto");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }

    @Test
    void longNamesShrinkToFitAndShortOnesPrintLarge() {
        assertThat(BadgePrinter.nameSize("Li Wei")).isEqualTo(30f);
        assertThat(BadgePrinter.nameSize("Maximiliana Fernández de la Cruz y Villaseñor")).isLessThan(16f)
                .isGreaterThanOrEqualTo(12f);
        assertThat(BadgePrinter.nameSize("欧阳娜娜欧阳娜娜欧阳娜")).isLessThan(30f);
    }
}
