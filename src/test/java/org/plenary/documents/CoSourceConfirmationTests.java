package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.shared.PlenaryException;
import org.plenary.support.IntegrationTest;

/**
 * Issue 10, finding 5 (X-DOC-1): a co-source must confirm co-signing (its focal point, or the
 * secretariat); until then the document shows it as unconfirmed and it does not count as the
 * organisation's contribution. A submitter needs a confirmed affiliation, not just an approved
 * registration.
 */
@IntegrationTest
class CoSourceConfirmationTests extends DocumentTestBase {

    Organisation own;
    Organisation coSource;
    Account coSourceFocalPoint;

    @BeforeEach
    void setUp() {
        meeting = fixtures.meeting(LocalDate.of(2026, 12, 7));
        own = fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null);
        coSource = fixtures.organisation(MembershipCategory.MEMBER_STATE, null);
        delegate = fixtures.delegate(meeting, own);
        coSourceFocalPoint = users.create("Co-source focal point", Role.FOCAL_POINT);
        users.as(fixtures.secretariat(), () -> directory.addFocalPoint(coSource.id(), coSourceFocalPoint.id()));
    }

    Document submit(Account who, List<UUID> coSources) {
        return fixtures.contribution(meeting, who, new Submissions.ContributionForm("Co-signed study", coSources, "",
                List.of(), List.of(12), List.of(), null, "", false, false));
    }

    @Test
    void anUnconfirmedCoSourceIsShownAsSuchUntilItsFocalPointConfirms() throws Exception {
        Document d = submit(delegate, List.of(coSource.id().value()));
        String path = "/api/v1/documents/" + d.id();
        var coSources = new TestHttpJson(port, delegate).get(path).get("coSources");
        assertThat(coSources.size()).isEqualTo(1);
        assertThat(coSources.get(0).get("name").asString()).isEqualTo(coSource.name());
        assertThat(coSources.get(0).get("confirmed").asBoolean()).isFalse();
        assertThat(new PageSession(port, delegate).get("/documents/" + d.id()).body())
                .contains("co-source not yet confirmed").doesNotContain("Confirm as co-source");
        assertThat(reading.contributionsOf(meeting.id(), coSource.id())).as("not counted before").isZero();
        assertThat(reading.contributionsOf(meeting.id(), own.id())).isEqualTo(1);
        assertThat(mails(coSourceFocalPoint.email(), d.reference() + ": please confirm " + coSource.name()))
                .singleElement().asString()
                .contains("https://plenary.test.example/documents/" + d.id(), delegate.name());

        Account otherFocalPoint = users.create("Other focal point", Role.FOCAL_POINT);
        users.as(fixtures.secretariat(), () -> directory.addFocalPoint(own.id(), otherFocalPoint.id()));
        for (Account a : List.of(delegate, otherFocalPoint)) {
            assertThatThrownBy(() -> users.as(a, () -> allocation.confirmCoSource(d.id(), coSource.id())))
                    .isInstanceOfSatisfying(PlenaryException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("documents.coSource.notYours"));
        }

        PageSession fp = new PageSession(port, coSourceFocalPoint);
        assertThat(fp.get("/documents/" + d.id()).body()).contains("Confirm as co-source");
        HttpResponse<String> confirmed = fp.post("/documents/" + d.id() + "/co-sources/" + coSource.id()
                + "/confirmation", "", "/documents/" + d.id());
        assertThat(confirmed.statusCode()).isEqualTo(302);
        assertThat(new TestHttpJson(port, delegate).get(path).get("coSources").get(0).get("confirmed").asBoolean())
                .isTrue();
        assertThat(new PageSession(port, delegate).get("/documents/" + d.id()).body())
                .doesNotContain("co-source not yet confirmed").contains("co-source confirmed");
        assertThat(reading.contributionsOf(meeting.id(), coSource.id())).as("counted once confirmed")
                .isEqualTo(1);
        assertThatThrownBy(() -> users.as(fixtures.secretariat(),
                () -> allocation.confirmCoSource(d.id(), coSource.id())))
                .isInstanceOfSatisfying(PlenaryException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("documents.coSource.notPending"));
    }

    @Test
    void theSecretariatConfirmsAndAFocalPointSubmitterConfirmsAtOnce() {
        Document d = submit(delegate, List.of(coSource.id().value()));
        users.as(fixtures.secretariat(), () -> allocation.confirmCoSource(d.id(), coSource.id()));
        assertThat(new TestHttpJson(port, delegate).get("/api/v1/documents/" + d.id()).get("coSources").get(0)
                .get("confirmed").asBoolean()).isTrue();

        Account bothFocalPoint = fixtures.delegate(meeting, own);
        users.as(fixtures.secretariat(), () -> directory.addFocalPoint(coSource.id(), bothFocalPoint.id()));
        Document e = submit(bothFocalPoint, List.of(coSource.id().value()));
        assertThat(new TestHttpJson(port, delegate).get("/api/v1/documents/" + e.id()).get("coSources").get(0)
                .get("confirmed").asBoolean()).as("the submitter speaks for the co-source").isTrue();
    }

    @Test
    void anApprovedRegistrationWithoutAConfirmedAffiliationSubmitsNothing() {
        Account unconfirmed = users.create("Auto-approved before confirmation existed", Role.DELEGATE);
        fixtures.register(meeting, unconfirmed, own, "APPROVED");
        int before = fixtures.documentCount();
        assertThatThrownBy(() -> submit(unconfirmed, List.of())).isInstanceOfSatisfying(PlenaryException.class,
                e -> assertThat(e.messageKey()).isEqualTo("documents.affiliationUnconfirmed"));
        assertThat(fixtures.documentCount()).isEqualTo(before);
    }

    private List<String> mails(String recipient, String subjectPart) {
        return jdbc.sql("select body from notifications_outbox where recipient = :r and subject like :s")
                .param("r", recipient).param("s", "%" + subjectPart + "%").query(String.class).list();
    }
}
