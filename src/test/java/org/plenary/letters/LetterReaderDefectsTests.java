package org.plenary.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;

/** What a reader of the letters saw go wrong (issue 14): footers, the deadline table, the DOCX styles. */
@IntegrationTest
class LetterReaderDefectsTests {

    @Autowired
    CollectiveLetters letters;

    @Test
    void theArabicLettersFootersShowThePageNumbersWithoutBidiControlCharacters() throws Exception {
        try (PDDocument doc = Loader.loadPDF(letters.pdf(SeedLetter.CODE, Locale.forLanguageTag("ar")))) {
            List<String> footers = footers(doc);
            assertThat(footers).hasSize(doc.getNumberOfPages());
            for (int i = 0; i < footers.size(); i++) {
                assertThat(footers.get(i).strip()).as("footer of page %d", i + 1)
                        .isEqualTo((i + 1) + " / " + doc.getNumberOfPages());
                assertThat(footers.get(i).codePoints().filter(LetterReaderDefectsTests::bidiControl).count()).isZero();
            }
        }
    }

    @Test
    void theKeyDeadlinesTableIsOnOnePage() throws Exception {
        for (String lang : List.of("zh", "en", "fr", "ru")) {
            CollectiveLetter letter = letters.letter(SeedLetter.CODE, Locale.forLanguageTag(lang));
            try (PDDocument doc = Loader.loadPDF(letters.pdf(letter))) {
                List<Integer> pages = new ArrayList<>();
                for (CollectiveLetter.DeadlineRow row : letter.deadlines()) {
                    for (String item : row.items()) {
                        pages.add(pageOf(doc, PdfText.squeezed(row.date()), PdfText.squeezed(item)));
                    }
                }
                assertThat(pages).as(lang).isNotEmpty().doesNotContain(-1).containsOnly(pages.get(0));
            }
        }
    }

    @Test
    void theDocxHasAStylesPartThatItsHeadingsAndListsUse() {
        XWPFDocument doc = LetterReading.docx(letters.docx(SeedLetter.CODE, Locale.forLanguageTag("zh")));
        assertThat(doc.getStyles()).isNotNull();
        assertThat(doc.getStyles().styleExist(Docx.HEADING)).isTrue();
        assertThat(doc.getStyles().styleExist(Docx.LIST)).isTrue();
        assertThat(doc.getStyles().getStyle(Docx.HEADING).getName()).isEqualTo("heading 2");
        List<XWPFParagraph> ps = doc.getParagraphs();
        assertThat(ps).filteredOn(p -> Docx.HEADING.equals(p.getStyle())).extracting(XWPFParagraph::getText)
                .contains("工作方法和设施", "时间计划草案");
        assertThat(ps).filteredOn(p -> Docx.LIST.equals(p.getStyle())).extracting(XWPFParagraph::getText)
                .contains("· 国际电联各成员国主管部门；");
        assertThat(ps).filteredOn(p -> Docx.TITLE.equals(p.getStyle())).extracting(XWPFParagraph::getText)
                .contains("附件A", "附件B");
    }

    private static List<String> footers(PDDocument doc) throws Exception {
        List<String> list = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            var box = page.getMediaBox();
            PDFTextStripperByArea area = new PDFTextStripperByArea();
            area.addRegion("footer", new Rectangle2D.Float(0, box.getHeight() - 22 / 25.4f * 72, box.getWidth(),
                    22 / 25.4f * 72));
            area.extractRegions(page);
            list.add(area.getTextForRegion("footer"));
        }
        return list;
    }

    private static int pageOf(PDDocument doc, String date, String item) throws Exception {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(p);
            s.setEndPage(p);
            String text = PdfText.squeezed(s.getText(doc));
            if (text.contains(item) && text.contains(date)) {
                return p;
            }
        }
        return -1;
    }

    static boolean bidiControl(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }
}
