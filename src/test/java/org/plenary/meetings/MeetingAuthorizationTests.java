package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Each role against each action of the meetings module, ownership included: a chair edits the
 * agenda and time plan only of a meeting they are an officer of.
 */
@IntegrationTest
class MeetingAuthorizationTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    AccountManagement accounts;

    TestHttp anonymous;
    TestHttp secretariat;
    Map<String, TestHttp> callers;
    String code;

    @BeforeEach
    void setUp() {
        anonymous = new TestHttp(port);
        secretariat = anonymous.as(MeetingApiTests.ADMIN, MeetingApiTests.ADMIN_PASSWORD);
        code = MeetingApiTests.createMeeting(secretariat, "A", "2026-10-05", "2026-10-09");
        Account chairOfThisMeeting = users.create("Chair Here", Role.CHAIR);
        Account secretariatAccount = accounts.findByEmail(MeetingApiTests.ADMIN).orElseThrow();
        users.as(secretariatAccount, () -> meetingSetup.addOfficer(code, chairOfThisMeeting.id().value()));
        callers = Map.of(
                "anonymous", anonymous,
                "delegate", as(users.create("Delegate", Role.DELEGATE)),
                "focal point", as(users.create("Focal Point", Role.FOCAL_POINT)),
                "chair of another meeting", as(users.create("Chair Elsewhere", Role.CHAIR)),
                "chair of this meeting", as(chairOfThisMeeting),
                "secretariat", secretariat);
    }

    private TestHttp as(Account a) {
        return anonymous.as(a.email(), TestUsers.PASSWORD);
    }

    private void expect(String action, Function<TestHttp, Integer> call, Map<String, Integer> expected) {
        expected.forEach((who, status) -> assertThat(call.apply(callers.get(who))).as(who + " → " + action)
                .isEqualTo(status));
    }

    @Test
    void everyoneReadsTheMeeting() {
        callers.forEach((who, http) -> {
            assertThat(http.get("/api/v1/meetings/" + code).status()).as(who).isEqualTo(200);
            assertThat(http.get("/meetings/" + code).status()).as(who).isEqualTo(200);
        });
    }

    @Test
    void onlyTheSecretariatChangesTheMeetingsDetails() {
        expect("PUT details", h -> h.put("/api/v1/meetings/" + code,
                MeetingApiTests.details("2026-10-05", "2026-10-09")).status(), Map.of(
                "anonymous", 401, "delegate", 403, "focal point", 403, "chair of another meeting", 403,
                "chair of this meeting", 403, "secretariat", 200));
    }

    @Test
    void theSecretariatAndTheMeetingsOwnChairEditTheAgenda() {
        int[] n = {0};
        expect("POST agenda item", h -> h.post("/api/v1/meetings/" + code + "/agenda",
                "{\"number\":\"" + (++n[0]) + "\",\"title\":{\"en\":\"Item\"}}").status(), Map.of(
                "anonymous", 401, "delegate", 403, "focal point", 403, "chair of another meeting", 403));
        expect("POST agenda item", h -> h.post("/api/v1/meetings/" + code + "/agenda",
                "{\"number\":\"" + (++n[0]) + "\",\"title\":{\"en\":\"Item\"}}").status(), Map.of(
                "chair of this meeting", 201, "secretariat", 201));
        assertThat(anonymous.get("/api/v1/meetings/" + code + "/agenda").json().size()).isEqualTo(2);
    }

    @Test
    void theSecretariatAndTheMeetingsOwnChairEditTheTimePlan() {
        String cells = "[{\"day\":\"2026-10-05\",\"half\":\"MORNING\",\"text\":{\"en\":\"Opening plenary\"}}]";
        expect("PUT time plan", h -> h.put("/api/v1/meetings/" + code + "/letter/time-plan", cells).status(), Map.of(
                "anonymous", 401, "delegate", 403, "focal point", 403, "chair of another meeting", 403,
                "chair of this meeting", 200, "secretariat", 200));
    }

    @Test
    void onlyTheSecretariatOverridesADeadline() {
        String body = "{\"day\":\"2026-09-25\",\"note\":\"Extended\"}";
        expect("PUT deadline", h -> h.put("/api/v1/meetings/" + code + "/deadlines/CONTRIBUTIONS", body).status(),
                Map.of("anonymous", 401, "delegate", 403, "focal point", 403, "chair of another meeting", 403,
                        "chair of this meeting", 403, "secretariat", 200));
    }

    @Test
    void onlyTheSecretariatEditsTheLetterEventsAndAnnexA() {
        Map<String, Integer> onlySecretariat = Map.of("anonymous", 401, "delegate", 403, "focal point", 403,
                "chair of another meeting", 403, "chair of this meeting", 403, "secretariat", 200);
        expect("PUT letter", h -> h.put("/api/v1/meetings/" + code + "/letter",
                "{\"letter\":{\"reference\":{\"en\":\"TSB Collective Letter 9/12\"}}}").status(), onlySecretariat);
        expect("PUT events", h -> h.put("/api/v1/meetings/" + code + "/co-located-events", "[]").status(),
                onlySecretariat);
        expect("PUT Annex A", h -> h.put("/api/v1/meetings/" + code + "/practical-information", "[]").status(),
                onlySecretariat);
    }

    @Test
    void onlyTheSecretariatReadsMetrics() {
        expect("GET prometheus", h -> h.get("/actuator/prometheus").status(), Map.of(
                "anonymous", 401, "delegate", 403, "chair of this meeting", 403, "secretariat", 200));
        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
    }

    @Test
    void problemDetailsForRefusedCalls() {
        var r = callers.get("delegate").put("/api/v1/meetings/" + code, MeetingApiTests.details("2026-10-05", "2026-10-09"));
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asString()).isEqualTo("Your account may not do this.");
        var anon = anonymous.put("/api/v1/meetings/" + code, MeetingApiTests.details("2026-10-05", "2026-10-09"));
        assertThat(anon.json().get("status").asInt()).isEqualTo(401);
    }
}
