package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** TDs (L-DOC-3, L-DOC-5, X-DOC-6, X-DOC-8): who uploads them, series, revisions that keep every version, marks. */
@IntegrationTest
class TemporaryDocumentTests {

    @LocalServerPort
    int port;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    TestUsers users;

    Meeting meeting;
    Account chair;

    @BeforeEach
    void setUp() {
        meeting = fixtures.meeting(LocalDate.of(2026, 10, 5));
        chair = fixtures.officer(meeting);
    }

    Multipart as(Account a) {
        return new Multipart("http://localhost:" + port, a.email(), TestUsers.PASSWORD);
    }

    Multipart.Response td(Account a, String series, byte[] file, String name) {
        return as(a).field("title", "Report of the Q13/12 rapporteur meeting").field("series", series)
                .field("source", "Rapporteur Q13/12").field("questions", 13).file(name, file)
                .post("/api/v1/meetings/" + meeting.code() + "/tds");
    }

    @Test
    void chairsOfTheMeetingAndTheSecretariatUploadTdsOthersMayNot() {
        var r = td(chair, "wp3", TestFiles.docx(), "report.docx");
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("reference").asString()).matches("SG12-TD\\d+");
        assertThat(r.json().get("series").asString()).isEqualTo("WP3");
        assertThat(td(fixtures.secretariat(), "PLEN", TestFiles.pdf(), "a.pdf").status()).isEqualTo(201);

        int before = fixtures.documentCount();
        Account otherChair = users.create("Chair elsewhere", Role.CHAIR);
        assertThat(td(otherChair, "GEN", TestFiles.pdf(), "a.pdf").status()).as("a chair of another meeting")
                .isEqualTo(403);
        Account delegate = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.MEMBER_STATE, null));
        assertThat(td(delegate, "GEN", TestFiles.pdf(), "a.pdf").status()).isEqualTo(403);
        var badSeries = td(chair, "WP9", TestFiles.pdf(), "a.pdf");
        assertThat(badSeries.status()).isEqualTo(400);
        assertThat(badSeries.json().get("detail").asString()).startsWith("Unknown TD series \"WP9\"");
        assertThat(fixtures.documentCount()).isEqualTo(before);
    }

    @Test
    void revisionsKeepEveryEarlierVersionDownloadable() {
        byte[] original = TestFiles.docx();
        var r = td(chair, "PLEN", original, "td.docx");
        String id = r.json().get("id").asString();
        String reference = r.json().get("reference").asString();
        byte[] r1 = TestFiles.docx();
        byte[] r2 = TestFiles.pdf();
        assertThat(as(chair).file("td-r1.docx", r1).post("/api/v1/documents/" + id + "/revisions").status())
                .isEqualTo(201);
        var last = as(fixtures.secretariat()).file("td-r2.pdf", r2).post("/api/v1/documents/" + id + "/revisions");
        assertThat(last.status()).as(last.body()).isEqualTo(201);
        assertThat(last.json().get("currentReference").asString()).isEqualTo(reference + "-R2");
        assertThat(last.json().get("versions").size()).isEqualTo(3);

        Account reader = fixtures.member(fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null));
        byte[][] expected = {original, r1, r2};
        for (int rev = 0; rev < 3; rev++) {
            var f = as(reader).get("/api/v1/documents/" + id + "/file?revision=" + rev);
            assertThat(f.status()).isEqualTo(200);
            assertThat(f.bytes()).isEqualTo(expected[rev]);
            assertThat(f.headers().firstValue("Content-Disposition").orElse(""))
                    .contains(rev == 0 ? reference + ".docx" : reference + "-R" + rev);
        }
        assertThat(as(reader).get("/api/v1/documents/" + id + "/file").bytes()).as("the latest by default")
                .isEqualTo(r2);
        assertThat(as(reader).file("x.pdf", TestFiles.pdf()).post("/api/v1/documents/" + id + "/revisions").status())
                .as("a reader may not revise").isEqualTo(403);
        assertThat(new TestHttpJson(port, fixtures.secretariat()).get("/api/v1/documents/" + id).toString())
                .contains("\"kind\":\"REVISION\",\"detail\":\"" + reference + "-R1\"");
    }

    @Test
    void aTdMarkedAsTheAgendaUpdateTakesTheMarkFromTheEarlierOne() {
        var first = as(chair).field("title", "Draft agenda").field("series", "PLEN").field("source", "Chairman")
                .field("mark", "AGENDA_UPDATE").file("agenda.docx", TestFiles.docx())
                .post("/api/v1/meetings/" + meeting.code() + "/tds");
        assertThat(first.json().get("mark").asString()).isEqualTo("AGENDA_UPDATE");
        var second = as(chair).field("title", "Revised agenda").field("series", "PLEN").field("source", "Chairman")
                .field("mark", "AGENDA_UPDATE").file("agenda2.docx", TestFiles.docx())
                .post("/api/v1/meetings/" + meeting.code() + "/tds");
        assertThat(second.json().get("mark").asString()).isEqualTo("AGENDA_UPDATE");
        var json = new TestHttpJson(port, chair);
        assertThat(json.get("/api/v1/documents/" + first.json().get("id").asString()).get("mark").isNull()).isTrue();
        var plan = json.post("/api/v1/documents/" + first.json().get("id").asString() + "/mark",
                "{\"mark\":\"TIME_PLAN_UPDATE\"}");
        assertThat(plan.get("mark").asString()).isEqualTo("TIME_PLAN_UPDATE");
        var updated = json.get("/api/v1/meetings/" + meeting.code());
        assertThat(updated.get("agendaUpdateRef").asString()).as("the meeting names its agenda update (L-DOC-5)")
                .isEqualTo(second.json().get("reference").asString());
        assertThat(updated.get("timePlanUpdateRef").asString())
                .isEqualTo(first.json().get("reference").asString());
    }

    /**
     * Issue 13: the agenda names its update TD as a link that anyone can follow to the document,
     * and the name follows the TD's revisions ("-R1") and a TD that revises it.
     */
    @Test
    void theAgendaLinksItsUpdateTdAndFollowsItsRevisions() {
        var first = as(chair).field("title", "Draft agenda").field("series", "PLEN").field("source", "Chairman")
                .field("mark", "AGENDA_UPDATE").file("agenda.docx", TestFiles.docx())
                .post("/api/v1/meetings/" + meeting.code() + "/tds");
        String id = first.json().get("id").asString();
        String reference = first.json().get("reference").asString();
        Multipart anonymous = new Multipart("http://localhost:" + port, null, null);
        String link = "/meetings/" + meeting.code() + "/documents/ref/" + reference;
        assertThat(anonymous.get("/meetings/" + meeting.code() + "/agenda").body())
                .contains("href=\"" + link + "\"");
        var followed = anonymous.get(link);
        assertThat(followed.status()).isEqualTo(302);
        assertThat(followed.headers().firstValue("Location").orElse("")).endsWith("/documents/" + id);

        assertThat(as(chair).file("agenda-r1.docx", TestFiles.docx()).post("/api/v1/documents/" + id + "/revisions")
                .status()).isEqualTo(201);
        var json = new TestHttpJson(port, chair);
        assertThat(json.get("/api/v1/meetings/" + meeting.code()).get("agendaUpdateRef").asString())
                .as("the agenda names the current revision").isEqualTo(reference + "-R1");
        String revisedLink = "/meetings/" + meeting.code() + "/documents/ref/" + reference + "-R1";
        assertThat(anonymous.get("/meetings/" + meeting.code() + "/agenda").body())
                .contains("href=\"" + revisedLink + "\"").contains(reference + "-R1");
        assertThat(anonymous.get(revisedLink).headers().firstValue("Location").orElse(""))
                .endsWith("/documents/" + id);

        var second = as(chair).field("title", "Agenda, second edition").field("series", "PLEN")
                .field("source", "Chairman").file("agenda2.docx", TestFiles.docx())
                .post("/api/v1/meetings/" + meeting.code() + "/tds");
        for (String status : new String[] {"ALLOCATED", "PRESENTED"}) {
            json.post("/api/v1/documents/" + id + "/status", "{\"status\":\"" + status + "\"}");
        }
        json.post("/api/v1/documents/" + id + "/status", "{\"status\":\"REVISED\",\"revisedBy\":\""
                + second.json().get("reference").asString() + "\"}");
        assertThat(json.get("/api/v1/meetings/" + meeting.code()).get("agendaUpdateRef").asString())
                .as("a TD revised by another hands its mark on").isEqualTo(second.json().get("reference").asString());
        assertThat(json.get("/api/v1/documents/" + second.json().get("id").asString()).get("mark").asString())
                .isEqualTo("AGENDA_UPDATE");
        assertThat(anonymous.get("/meetings/" + meeting.code() + "/documents/ref/SG99-TD1").status()).isEqualTo(404);
    }
}
