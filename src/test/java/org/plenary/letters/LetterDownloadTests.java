package org.plenary.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PdfText;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public downloads and page of the collective letter, over real HTTP without logging in (X-DOC-9). */
@IntegrationTest
class LetterDownloadTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anyoneDownloadsTheChinesePdfAndDocxWithoutLoggingIn() throws Exception {
        var pdf = get("/meetings/SG12-2026-06/letter/zh.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment", "SG12-2026-06-collective-letter-zh.pdf");
        assertThat(PdfText.squeezed(PdfText.of(pdf.body()))).contains("第12研究组的会议；2026年6月9日至17日，日内瓦");

        var docx = get("/meetings/SG12-2026-06/letter/zh.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).contains("wordprocessingml");
        assertThat(LetterReading.paragraphs(LetterReading.docx(docx.body()))).contains("尊敬的先生/女士：");
    }

    @Test
    void letterPdfFollowsTheReadersLanguageAndLangParameter() throws Exception {
        var english = get("/meetings/SG12-2026-06/letter.pdf");
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(PdfText.of(english.body())).contains("Dear Sir/Madam,");
        var arabic = get("/meetings/SG12-2026-06/letter.docx?lang=ar");
        assertThat(arabic.statusCode()).isEqualTo(200);
        assertThat(LetterReading.paragraphs(LetterReading.docx(arabic.body()))).contains("حضرات السادة والسيدات،");
    }

    @Test
    void unknownMeetingOrLanguageIsAClearRefusal() throws Exception {
        var noMeeting = get("/meetings/NO-SUCH-MEETING/letter/en.pdf");
        assertThat(noMeeting.statusCode()).isEqualTo(404);
        assertThat(new String(noMeeting.body(), StandardCharsets.UTF_8)).contains("NO-SUCH-MEETING");
        var noLanguage = get("/meetings/SG12-2026-06/letter/xx.pdf");
        assertThat(noLanguage.statusCode()).isEqualTo(404);
        assertThat(new String(noLanguage.body(), StandardCharsets.UTF_8)).contains("ar, zh, en, fr, ru");
    }

    @Test
    void theMeetingPageLinksToTheLetterPageWhichOffersAllSixLanguages() throws Exception {
        String meeting = new String(get("/meetings/SG12-2026-06").body(), StandardCharsets.UTF_8);
        assertThat(meeting).contains("href=\"/meetings/SG12-2026-06/letter\"");
        var page = get("/meetings/SG12-2026-06/letter");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        for (String lang : new String[] {"ar", "zh", "en", "fr", "ru", "es"}) {
            assertThat(html).contains("/meetings/SG12-2026-06/letter/" + lang + ".pdf",
                    "/meetings/SG12-2026-06/letter/" + lang + ".docx");
        }
    }
}
