package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API: reads, the secretariat's changes, and every kind of bad input as problem details with nothing saved. */
@IntegrationTest
class MeetingApiTests {

    static final String ADMIN = "secretariat@plenary.local";
    static final String ADMIN_PASSWORD = "test-admin-password-1";

    @LocalServerPort
    int port;

    TestHttp anonymous;
    TestHttp secretariat;
    String code;

    @BeforeEach
    void setUp() {
        anonymous = new TestHttp(port);
        secretariat = anonymous.as(ADMIN, ADMIN_PASSWORD);
        code = createMeeting(secretariat, "T", "2026-09-14", "2026-09-18");
    }

    /** The secretariat creates an SG12 meeting over the days, with a new code of the prefix; it must be created. */
    static String createMeeting(TestHttp secretariat, String prefix, String first, String last) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        var r = secretariat.post("/api/v1/meetings", createBody(code, first, last));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return code;
    }

    static String createBody(String code, String first, String last) {
        return """
                {"code":"%s","studyGroup":12,"details":{"title":{"en":"Test meeting","zh":"测试会议"},
                 "place":{"en":"Geneva"},"venue":{"en":"ITU"},"firstDay":"%s","lastDay":"%s",
                 "timeZone":"Europe/Zurich","openingTime":"09:30","registrationTime":"08:30"}}
                """.formatted(code, first, last);
    }

    @Test
    void publicReadsOfTheDemoMeeting() {
        var m = anonymous.get("/api/v1/meetings/SG12-2026-06");
        assertThat(m.status()).isEqualTo(200);
        assertThat(m.json().get("firstDay").asString()).isEqualTo("2026-06-09");
        assertThat(m.json().get("agenda").size()).isEqualTo(26);
        var deadlines = anonymous.get("/api/v1/meetings/SG12-2026-06/deadlines").json();
        assertThat(deadlines.toString()).contains("\"rule\":\"CONTRIBUTIONS\",\"day\":\"2026-05-27\"",
                "\"rule\":\"PRE_REGISTRATION\",\"day\":\"2026-05-09\"");
        assertThat(anonymous.get("/api/v1/meetings/SG12-2026-06/letter/time-plan").json().size()).isEqualTo(15);
        assertThat(anonymous.get("/api/v1/study-groups/12").json().get("questions").size()).isEqualTo(16);
        assertThat(anonymous.get("/v3/api-docs").body()).contains("/api/v1/meetings/{code}/deadlines");
    }

    @Test
    void endBeforeStartIsRefusedAndNothingChanges() {
        var r = secretariat.put("/api/v1/meetings/" + code, details("2026-09-18", "2026-09-14"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).isEqualTo("The last day of the meeting is before its first day.");
        assertThat(anonymous.get("/api/v1/meetings/" + code).json().get("firstDay").asString()).isEqualTo("2026-09-14");
    }

    @Test
    void aMeetingLongerThan31DaysIsRefused() {
        assertThat(secretariat.put("/api/v1/meetings/" + code, details("2026-09-01", "2026-10-01")).status())
                .as("31 days, first and last included, is the longest meeting").isEqualTo(200);
        var r = secretariat.put("/api/v1/meetings/" + code, details("2026-09-01", "2026-10-02"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).isEqualTo("A meeting lasts at most 31 days.");
        assertThat(secretariat.post("/api/v1/meetings", createBody(code + "x", "2026-09-01", "2026-10-02")).status())
                .isEqualTo(400);
        assertThat(anonymous.get("/api/v1/meetings/" + code + "x").status()).isEqualTo(404);
    }

    @Test
    void problemDetailsComeInTheCallersLanguage() {
        var r = secretariat.language("zh").put("/api/v1/meetings/" + code, details("2026-09-18", "2026-09-14"));
        assertThat(r.json().get("detail").asString()).isEqualTo("会议的最后一天早于第一天。");
    }

    @Test
    void unknownIdsAnswer404() {
        var r = anonymous.get("/api/v1/meetings/NO-SUCH-MEETING");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asString()).isEqualTo("There is no meeting 'NO-SUCH-MEETING'.");
        assertThat(secretariat.put("/api/v1/meetings/NO-SUCH/deadlines/CONTRIBUTIONS",
                "{\"day\":\"2026-05-01\",\"note\":\"x\"}").status()).isEqualTo(404);
        assertThat(secretariat.put("/api/v1/meetings/" + code + "/deadlines/NO_SUCH_RULE",
                "{\"day\":\"2026-05-01\",\"note\":\"x\"}").status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/study-groups/99").status()).isEqualTo(404);
    }

    @Test
    void malformedJsonAnswers400() {
        var r = secretariat.put("/api/v1/meetings/" + code, "{\"title\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        var wrongType = secretariat.put("/api/v1/meetings/" + code, "{\"firstDay\": \"not a date\"}");
        assertThat(wrongType.status()).isEqualTo(400);
    }

    @Test
    void anAgendaItemNumberedTwiceAnswers409AndKeepsTheFirst() {
        assertThat(secretariat.post("/api/v1/meetings/" + code + "/agenda",
                "{\"number\":\"1\",\"title\":{\"en\":\"Opening\"}}").status()).isEqualTo(201);
        var r = secretariat.post("/api/v1/meetings/" + code + "/agenda", "{\"number\":\"1\",\"title\":{\"en\":\"Again\"}}");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.json().get("detail").asString()).isEqualTo("Agenda item 1 exists already.");
        var agenda = anonymous.get("/api/v1/meetings/" + code + "/agenda").json();
        assertThat(agenda.size()).isEqualTo(1);
        assertThat(agenda.get(0).get("title").get("en").asString()).isEqualTo("Opening");
        assertThat(secretariat.post("/api/v1/meetings/" + code + "/agenda",
                "{\"number\":\"2.1\",\"title\":{\"en\":\"Orphan\"}}").status()).isEqualTo(400);
    }

    @Test
    void aStaleVersionIsRefusedInsteadOfOverwritingSomeoneElsesChange() {
        long version = anonymous.get("/api/v1/meetings/" + code).json().get("version").asLong();
        assertThat(secretariat.put("/api/v1/meetings/" + code, details("2026-09-14", "2026-09-19")).status())
                .isEqualTo(200);
        var stale = put(secretariat, "/api/v1/meetings/" + code, details("2026-09-14", "2026-09-20"), version);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(anonymous.get("/api/v1/meetings/" + code).json().get("lastDay").asString()).isEqualTo("2026-09-19");
    }

    @Test
    void timePlanCellsOutsideTheMeetingAreRefusedWhole() {
        String cells = """
                [{"day":"2026-09-14","half":"MORNING","text":{"en":"Opening plenary"}},
                 {"day":"2026-09-30","half":"MORNING","text":{"en":"Outside"}}]""";
        assertThat(secretariat.put("/api/v1/meetings/" + code + "/letter/time-plan", cells).status()).isEqualTo(400);
        assertThat(anonymous.get("/api/v1/meetings/" + code + "/letter/time-plan").json().size()).isZero();
    }

    @Test
    void overriddenDeadlinesAreShownAsSuch() {
        var r = secretariat.put("/api/v1/meetings/" + code + "/deadlines/CONTRIBUTIONS",
                "{\"day\":\"2026-09-04\",\"note\":\"Extended by the TSB Director\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"rule\":\"CONTRIBUTIONS\",\"day\":\"2026-09-04\"")
                .contains("\"overridden\":true,\"note\":\"Extended by the TSB Director\"");
        assertThat(secretariat.put("/api/v1/meetings/" + code + "/deadlines/CONTRIBUTIONS",
                "{\"day\":\"2026-09-04\",\"note\":\"\"}").status()).isEqualTo(400);
        var back = secretariat.delete("/api/v1/meetings/" + code + "/deadlines/CONTRIBUTIONS");
        assertThat(back.body()).contains("\"rule\":\"CONTRIBUTIONS\",\"day\":\"2026-09-01\"");
    }

    @Test
    void theLetterCoLocatedEventsAndAnnexAAreEditable() {
        var letter = secretariat.put("/api/v1/meetings/" + code + "/letter", """
                {"letter":{"reference":{"en":"TSB Collective Letter 5/12","zh":"电信标准化局第5/12号集体函"},
                  "file":"SG12/MA","date":"2026-07-01","addressees":[{"en":"ITU-T Sector Members"}],
                  "signatory":{"en":"Seizo Onoe"},"signatoryTitle":{"en":"Director"}},
                 "contact":{"email":"tsbsg12@itu.int"},"agendaUpdateRef":"SG12-TD400"}""");
        assertThat(letter.status()).as(letter.body()).isEqualTo(200);
        assertThat(letter.json().get("letter").get("reference").get("zh").asString()).isEqualTo("电信标准化局第5/12号集体函");
        assertThat(secretariat.put("/api/v1/meetings/" + code + "/letter",
                "{\"letter\":{\"reference\":{\"en\":\"x\"},\"date\":\"2026-10-01\"}}").status())
                .as("a letter dated after the meeting starts").isEqualTo(400);

        var events = secretariat.put("/api/v1/meetings/" + code + "/co-located-events", """
                [{"title":{"en":"Workshop"},"day":"2026-09-13","start":"14:00","end":"18:00"}]""");
        assertThat(events.status()).isEqualTo(200);
        assertThat(secretariat.put("/api/v1/meetings/" + code + "/co-located-events", """
                [{"title":{"en":"Workshop"},"day":"2026-09-13","start":"18:00","end":"14:00"}]""").status())
                .isEqualTo(400);

        String sections = """
                [{"key":"wlan","title":{"en":"Wireless LAN"},"body":{"en":"Available in all rooms."}},
                 {"key":"wlan","title":{"en":"Again"},"body":{"en":"Twice."}}]""";
        assertThat(secretariat.put("/api/v1/meetings/" + code + "/practical-information", sections).status())
                .isEqualTo(409);
        assertThat(anonymous.get("/api/v1/meetings/" + code + "/practical-information").json().size()).isZero();
        assertThat(secretariat.put("/api/v1/meetings/" + code + "/practical-information",
                sections.substring(0, sections.indexOf(",\n")) + "]").status()).isEqualTo(200);
        assertThat(anonymous.get("/meetings/" + code).body()).contains("Available in all rooms.", "Workshop");
    }

    @Test
    void theSecretariatKeepsTheStudyGroupStructure() {
        int n = 20 + (int) (Math.random() * 70);
        while (anonymous.get("/api/v1/study-groups/" + n).status() == 200) {
            n = 20 + (int) (Math.random() * 70);
        }
        assertThat(secretariat.post("/api/v1/study-groups",
                "{\"number\":" + n + ",\"title\":{\"en\":\"Test group\"},\"studyPeriod\":\"2025-2028\"}").status())
                .isEqualTo(201);
        assertThat(secretariat.post("/api/v1/study-groups",
                "{\"number\":" + n + ",\"title\":{\"en\":\"Test group\"},\"studyPeriod\":\"2025-2028\"}").status())
                .isEqualTo(409);
        assertThat(secretariat.put("/api/v1/study-groups/" + n + "/working-parties/3",
                "{\"title\":{\"en\":\"WP3\"}}").status()).isEqualTo(200);
        String base = "/api/v1/study-groups/" + n;
        var sg = secretariat.put(base + "/questions/21",
                "{\"title\":{\"en\":\"Test Question\",\"zh\":\"测试课题\"},\"workingParty\":3}");
        assertThat(sg.status()).as(sg.body()).isEqualTo(200);
        assertThat(sg.body()).contains("\"number\":21", "测试课题", "\"workingParty\":3");
        var underPlenary = secretariat.put(base + "/questions/21",
                "{\"title\":{\"en\":\"Test Question\"},\"workingParty\":null}");
        assertThat(underPlenary.status()).isEqualTo(200);
        var wrongWp = secretariat.put(base + "/questions/21",
                "{\"title\":{\"en\":\"Test Question\"},\"workingParty\":7}");
        assertThat(wrongWp.status()).isEqualTo(404);
        assertThat(wrongWp.json().get("detail").asString()).isEqualTo("Study group " + n + " has no working party 7.");
        assertThat(anonymous.put(base + "/working-parties/4", "{\"title\":{\"en\":\"x\"}}")
                .status()).isEqualTo(401);
        var q = anonymous.get(base).json().get("questions");
        assertThat(q.size()).isEqualTo(1);
        for (var question : q) {
            if (question.get("number").asInt() == 21) {
                assertThat(question.get("workingParty").isNull()).isTrue();
            }
        }
    }

    private static TestHttp.Response put(TestHttp http, String path, String json, long version) {
        return http.putWithHeader(path, json, "If-Match", Long.toString(version));
    }

    static String details(String first, String last) {
        return """
                {"title":{"en":"Test meeting","zh":"测试会议"},"place":{"en":"Geneva"},"venue":{"en":"ITU"},
                 "firstDay":"%s","lastDay":"%s","timeZone":"Europe/Zurich","openingTime":"09:30",
                 "registrationTime":"08:30"}""".formatted(first, last);
    }
}
