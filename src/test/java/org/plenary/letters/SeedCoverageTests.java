package org.plenary.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PdfText;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14: the demo meeting's Chinese letter is the letter TSB sent (the seed), in PDF and in DOCX. */
@IntegrationTest
class SeedCoverageTests {

    private static final Locale ZH = Locale.forLanguageTag("zh");

    @Autowired
    CollectiveLetters letters;

    @Test
    void theSeedsSentencesAreCountedAsTheIssueCountsThem() {
        assertThat(SeedCoverage.sentences(SeedCoverage.seed())).hasSize(138);
    }

    @Test
    void chinesePdfReproducesTheSeedLetter() throws IOException {
        String text = PdfText.of(letters.pdf(SeedLetter.CODE, ZH));
        assertCovers(text, "pdf");
    }

    @Test
    void chineseDocxReproducesTheSeedLetter() throws IOException {
        try (var extractor = new XWPFWordExtractor(LetterReading.docx(letters.docx(SeedLetter.CODE, ZH)))) {
            assertCovers(extractor.getText(), "docx");
        }
    }

    private static void assertCovers(String text, String form) throws IOException {
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "seed-coverage-" + form + ".txt"), text);
        SeedCoverage.Result r = SeedCoverage.of(SeedCoverage.seed(), text);
        System.out.println("Seed coverage (" + form + "): " + r);
        assertThat(r.ratio()).as("%s: characters of the seed matched in order (%s)", form, r)
                .isGreaterThanOrEqualTo(0.95);
        assertThat(r.sentencesFound()).as("%s: sentences verbatim (%s); missing: %s", form, r, r.missing())
                .isGreaterThanOrEqualTo(128);
    }
}
