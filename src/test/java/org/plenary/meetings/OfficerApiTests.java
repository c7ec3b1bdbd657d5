package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /api/v1/meetings/{code}/officers}: the secretariat names and removes officers with their
 * role; bad input is an RFC 9457 problem and saves nothing; a named officer may act for that meeting
 * at once and is refused at once when removed.
 */
@IntegrationTest
class OfficerApiTests {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    MeetingSetup setup;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    JdbcClient jdbc;

    TestMeetings fixtures;
    Account secretariat;
    Account person;
    Meeting meeting;
    String path;

    @BeforeEach
    void aMeetingAndAPerson() {
        fixtures = TestMeetings.of(users, setup);
        secretariat = users.create("Officer API Secretariat", Role.SECRETARIAT);
        person = users.create("Named Person", Role.DELEGATE);
        meeting = fixtures.meeting(java.time.LocalDate.of(2026, 11, 16), java.time.LocalDate.of(2026, 11, 20));
        path = "/api/v1/meetings/" + meeting.code() + "/officers";
    }

    private TestHttp as(Account a) {
        return new TestHttp(port).as(a.email(), TestUsers.PASSWORD);
    }

    private String body(Account a, String role, Integer wp, Integer q) {
        return "{\"account\":\"" + a.id().value() + "\",\"role\":\"" + role + "\",\"workingParty\":" + wp
                + ",\"question\":" + q + "}";
    }

    private long rows() {
        return jdbc.sql("select count(*) from meetings_meeting_officer where meeting_id = :m")
                .param("m", meeting.id().value()).query(Long.class).single();
    }

    @Test
    void theSecretariatNamesListsAndRemovesAnOfficer() {
        int question = users.as(secretariat, () -> meetings.studyGroup(12)).questions().get(0).number();
        TestHttp.Response named = as(secretariat).put(path, body(person, "RAPPORTEUR", null, question));
        assertThat(named.status()).isEqualTo(201);
        assertThat(named.json().get("question").asInt()).isEqualTo(question);

        var list = as(secretariat).get(path).json();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("name").asString()).isEqualTo("Named Person");
        assertThat(list.get(0).get("role").asString()).isEqualTo("RAPPORTEUR");

        String timePlan = "/api/v1/meetings/" + meeting.code() + "/letter/time-plan";
        String cells = "[{\"day\":\"" + meeting.firstDay() + "\",\"half\":\"MORNING\",\"text\":{\"en\":\"Opening\"}}]";
        assertThat(as(person).put(timePlan, cells).status()).as("the named rapporteur edits the time plan")
                .isEqualTo(200);

        assertThat(as(secretariat).delete(path + "/" + person.id().value() + "?role=RAPPORTEUR&question=" + question)
                .status()).isEqualTo(204);
        assertThat(rows()).isZero();
        assertThat(as(person).put(timePlan, cells).status()).as("removed: refused at once").isEqualTo(403);
        TestHttp.Response again = as(secretariat).delete(path + "/" + person.id().value());
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void badInputIsAProblemAndSavesNothing() {
        assertProblem(as(secretariat).put(path, body(person, "RAPPORTEUR", null, null)), 400, "officer.questionUnknown");
        assertProblem(as(secretariat).put(path, body(person, "RAPPORTEUR", null, 999)), 400, "officer.questionUnknown");
        assertProblem(as(secretariat).put(path, body(person, "WP_CHAIR", 99, null)), 400,
                "officer.workingPartyUnknown");
        assertProblem(as(secretariat).put(path, "{\"account\":\"" + java.util.UUID.randomUUID()
                + "\",\"role\":\"CHAIR\"}"), 400, "officer.accountUnknown");
        assertProblem(as(secretariat).put(path, "{\"account\":\"" + person.id().value() + "\"}"), 400,
                "officer.roleRequired");
        TestHttp.Response king = as(secretariat).put(path, body(person, "KING", null, null));
        assertThat(king.status()).isEqualTo(400);
        assertThat(king.contentType()).startsWith("application/problem+json");
        assertThat(rows()).as("nothing saved").isZero();

        assertThat(as(secretariat).put(path, body(person, "CHAIR", null, null)).status()).isEqualTo(201);
        assertProblem(as(secretariat).put(path, body(person, "CHAIR", null, null)), 409, "officer.alreadyNamed");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void onlyTheSecretariatNamesOfficers() {
        assertThat(new TestHttp(port).put(path, body(person, "CHAIR", null, null)).status()).isEqualTo(401);
        assertThat(as(person).put(path, body(person, "CHAIR", null, null)).status()).isEqualTo(403);
        assertThat(as(person).get(path).status()).as("the list is for officers and the secretariat").isEqualTo(403);
        assertThat(rows()).isZero();
    }

    private static void assertProblem(TestHttp.Response r, int status, String key) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.body()).contains(key);
    }
}
