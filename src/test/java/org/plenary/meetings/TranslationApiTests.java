package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The translation desk in JSON: the secretariat's only; bad input is a problem and saves nothing. */
@IntegrationTest
class TranslationApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;

    TestHttp anonymous;
    TestHttp secretariat;
    String code;

    @BeforeEach
    void setUp() {
        anonymous = new TestHttp(port);
        secretariat = anonymous.as(MeetingApiTests.ADMIN, MeetingApiTests.ADMIN_PASSWORD);
        code = MeetingApiTests.createMeeting(secretariat, "T", "2026-09-14", "2026-09-18");
        assertThat(secretariat.post("/api/v1/meetings/" + code + "/agenda",
                "{\"number\":\"1\",\"title\":{\"en\":\"Opening\"}}").status()).isEqualTo(201);
    }

    private String base() {
        return "/api/v1/meetings/" + code + "/translations";
    }

    @Test
    void theSecretariatReadsProgressAndTextsAndWritesOneText() {
        var texts = secretariat.get(base() + "/ru");
        assertThat(texts.status()).isEqualTo(200);
        var item = texts.json().valueStream().filter(t -> t.get("key").asString().equals("agenda.1")).findFirst()
                .orElseThrow();
        assertThat(item.get("status").asString()).isEqualTo("MISSING");
        assertThat(item.get("english").asString()).isEqualTo("Opening");

        var written = secretariat.put(base() + "/ru/agenda.1", "{\"text\":\"Открытие\",\"englishSha256\":\""
                + item.get("englishSha256").asString() + "\"}");
        assertThat(written.status()).as(written.body()).isEqualTo(200);
        assertThat(written.json().get("status").asString()).isEqualTo("DONE");
        assertThat(secretariat.get("/api/v1/meetings/" + code + "/agenda").json().get(0).get("title").get("ru")
                .asString()).isEqualTo("Открытие");
        var ru = secretariat.get(base()).json().valueStream().filter(p -> p.get("language").asString().equals("ru"))
                .findFirst().orElseThrow();
        assertThat(ru.get("done").asLong()).isEqualTo(1);
    }

    @Test
    void badInputIsAProblemAndSavesNothing() {
        var unknownLanguage = secretariat.put(base() + "/de/agenda.1", "{\"text\":\"Eröffnung\"}");
        assertThat(unknownLanguage.status()).isEqualTo(404);
        assertThat(unknownLanguage.contentType()).startsWith("application/problem+json");
        var unknownText = secretariat.put(base() + "/fr/agenda.7", "{\"text\":\"Sept\"}");
        assertThat(unknownText.status()).isEqualTo(404);
        var tooLong = secretariat.put(base() + "/fr/agenda.1", "{\"text\":\"" + "x".repeat(501) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(secretariat.put(base() + "/fr/agenda.1", "not json").status()).isEqualTo(400);
        assertThat(secretariat.get("/api/v1/meetings/" + code + "/agenda").json().get(0).get("title").has("fr"))
                .isFalse();
    }

    @Test
    void nobodyButTheSecretariatTranslates() {
        assertThat(anonymous.get(base() + "/fr").status()).isEqualTo(401);
        assertThat(anonymous.put(base() + "/fr/agenda.1", "{\"text\":\"Ouverture\"}").status()).isEqualTo(401);
        var chair = users.create("Translation API Chair", Role.CHAIR);
        var asChair = anonymous.as(chair.email(), TestUsers.PASSWORD);
        assertThat(asChair.get(base() + "/fr").status()).isEqualTo(403);
        assertThat(asChair.put(base() + "/fr/agenda.1", "{\"text\":\"Ouverture\"}").status()).isEqualTo(403);
        assertThat(secretariat.get("/api/v1/meetings/" + code + "/agenda").json().get(0).get("title").has("fr"))
                .isFalse();
    }
}
