package org.plenary.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.shared.InputLimits;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PdfText;
import org.plenary.support.TestHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 9 of issue 10: a public letter is not rendered again for every anonymous download, an
 * edit shows in the very next one, and a huge agenda title is refused before it can slow anything.
 */
@IntegrationTest
class LetterCacheTests {

    static final String ADMIN = "secretariat@plenary.local";
    static final String ADMIN_PASSWORD = "test-admin-password-1";

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry registry;

    TestHttp anonymous;
    TestHttp secretariat;
    String code;

    @BeforeEach
    void meeting() {
        anonymous = new TestHttp(port);
        secretariat = anonymous.as(ADMIN, ADMIN_PASSWORD);
        code = "LC-" + UUID.randomUUID().toString().substring(0, 8);
        var r = secretariat.post("/api/v1/meetings", """
                {"code":"%s","studyGroup":12,"details":{"title":{"en":"Cached letter meeting"},
                 "place":{"en":"Geneva"},"venue":{"en":"ITU"},"firstDay":"2026-11-09","lastDay":"2026-11-13",
                 "timeZone":"Europe/Zurich","openingTime":"09:30","registrationTime":"08:30"}}""".formatted(code));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(secretariat.post("/api/v1/meetings/" + code + "/agenda",
                "{\"number\":\"1\",\"title\":{\"en\":\"Opening of the meeting\"}}").status()).isEqualTo(201);
    }

    double renders(String format) {
        return registry.get("plenary.letters.rendered").tag("format", format).counter().count();
    }

    @Test
    void aSecondDownloadIsNotRenderedAgainAndAnEditShowsInTheNextOne() {
        for (String format : new String[] {"pdf", "docx"}) {
            double before = renders(format);
            var first = anonymous.get("/meetings/" + code + "/letter/en." + format);
            assertThat(first.status()).isEqualTo(200);
            assertThat(renders(format)).isEqualTo(before + 1);
            var second = anonymous.get("/meetings/" + code + "/letter/en." + format);
            assertThat(second.status()).isEqualTo(200);
            assertThat(second.body()).isEqualTo(first.body());
            assertThat(renders(format)).as("the second download comes from the cache").isEqualTo(before + 1);
            var french = anonymous.get("/meetings/" + code + "/letter/fr." + format);
            assertThat(french.status()).isEqualTo(200);
            assertThat(renders(format)).as("another language is another file").isEqualTo(before + 2);
        }

        byte[] before = LetterBytes.get(port, "/meetings/" + code + "/letter/en.pdf");
        assertThat(PdfText.of(before)).doesNotContain("Election of the rapporteurs");
        assertThat(secretariat.put("/api/v1/meetings/" + code + "/agenda/1",
                "{\"title\":{\"en\":\"Election of the rapporteurs\"}}").status()).isEqualTo(200);
        byte[] after = LetterBytes.get(port, "/meetings/" + code + "/letter/en.pdf");
        assertThat(PdfText.of(after)).contains("Election of the rapporteurs");
    }

    @Test
    void a200KilobyteAgendaTitleIsRefusedAndNothingChanges() {
        String huge = "A".repeat(200_000);
        var r = secretariat.post("/api/v1/meetings/" + code + "/agenda",
                "{\"number\":\"2\",\"title\":{\"en\":\"" + huge + "\"}}");
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        var justOver = secretariat.put("/api/v1/meetings/" + code + "/agenda/1",
                "{\"title\":{\"en\":\"" + "B".repeat(InputLimits.TITLE + 1) + "\"}}");
        assertThat(justOver.status()).as(justOver.body()).isEqualTo(400);
        assertThat(justOver.json().get("errors").toString()).contains("title");
        var agenda = anonymous.get("/api/v1/meetings/" + code + "/agenda").json();
        assertThat(agenda.size()).isEqualTo(1);
        assertThat(agenda.get(0).get("title").get("en").asString()).isEqualTo("Opening of the meeting");
    }
}
