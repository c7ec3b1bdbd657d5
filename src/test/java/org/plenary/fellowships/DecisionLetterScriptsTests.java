package org.plenary.fellowships;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.letters.FellowshipLetters;
import org.plenary.meetings.Meeting;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** Fellowship decision letters print every script a name can have, and the Arabic footer shows no bidi marks (issue 14). */
@IntegrationTest
class DecisionLetterScriptsTests {

    /** Chinese, Arabic (compared in logical order), Russian and Vietnamese (stacked diacritics). */
    static final List<String> NAMES = List.of("王小明", "محمد عبد الله", "Иванов Сергей", "Nguyễn Thị Ánh");

    @Autowired
    FellowshipFixtures fixtures;
    @Autowired
    Fellowships fellowships;
    @Autowired
    FellowshipBudget budget;
    @Autowired
    FellowshipLetters letters;
    @Autowired
    TestUsers users;

    private record World(Account secretariat, Meeting meeting) {
    }

    private World world() {
        Account sec = users.create("Fellowship Secretariat", Role.SECRETARIAT);
        Meeting m = fixtures.meeting(sec, "FS-" + FellowshipFixtures.unique(), "Fellowship scripts meeting",
                LocalDate.of(2026, 9, 14));
        users.as(sec, () -> budget.setBudget(m.code(), new BigDecimal("100000")));
        return new World(sec, m);
    }

    /** An awarded air-ticket fellowship for a delegate of that name from an eligible country, approved automatically. */
    private Application awarded(World w, String name, String country) {
        Organisation org = fixtures.administration(w.secretariat(), country, true);
        Account d = users.create(name, Role.DELEGATE);
        fixtures.register(w.secretariat(), null, org, w.meeting(), d, null);
        Application a = fixtures.applied(w.secretariat(), w.meeting(), d, "900");
        return users.as(w.secretariat(), () -> fellowships.award(a.id()));
    }

    @Test
    void namesInChineseArabicRussianAndVietnameseReadBackFromTheDecisionLetter() throws Exception {
        World w = world();
        List<String> countries = List.of("BD", "KH", "NP", "SN");
        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            Application a = awarded(w, name, countries.get(i));
            for (String lang : List.of("en", "zh", "ar")) {
                byte[] pdf = users.as(w.secretariat(), () -> letters.pdf(a.id(), Locale.forLanguageTag(lang)));
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertThat(new PDFTextStripper().getText(doc)).as("%s in the %s letter", name, lang)
                            .contains(name).doesNotContain("?", "\uFFFD");
                }
            }
        }
    }

    @Test
    void theArabicDecisionLettersFooterShowsThePageNumberWithoutBidiControlCharacters() throws Exception {
        World w = world();
        Application a = awarded(w, NAMES.get(1), "SN");
        try (PDDocument doc = Loader.loadPDF(users.as(w.secretariat(),
                () -> letters.pdf(a.id(), Locale.forLanguageTag("ar"))))) {
            int pages = doc.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                String footer = footer(doc.getPage(i));
                assertThat(footer.strip()).as("footer of page %d", i + 1).isEqualTo((i + 1) + " / " + pages);
                assertThat(footer.codePoints().filter(DecisionLetterScriptsTests::bidiControl).count())
                        .as("bidi controls in %s", footer).isZero();
            }
        }
    }

    /** The text in the bottom margin (22 mm) of the page, where the page numbers are. */
    private static String footer(PDPage page) throws Exception {
        var box = page.getMediaBox();
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        float margin = 22 / 25.4f * 72;
        area.addRegion("footer", new Rectangle2D.Float(0, box.getHeight() - margin, box.getWidth(), margin));
        area.extractRegions(page);
        return area.getTextForRegion("footer");
    }

    private static boolean bidiControl(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}
