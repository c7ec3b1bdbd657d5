package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Direct Document Submission through the API: who may submit (L-DOC-1, X-DOC-1), the deadlines
 * to the second (L-DOC-2, X-DOC-2, X-DOC-3), late contributions (X-DOC-4), numbering at acceptance,
 * bad files refused with nothing stored, and the receipt mail.
 */
@IntegrationTest
class ContributionSubmissionTests {

    /** 14 September 2026: contributions due 1 September, with translation 14 July (Geneva time). */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 14);

    @LocalServerPort
    int port;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    TestUsers users;
    @Value("${plenary.data-dir}")
    Path dataDir;

    Meeting meeting;
    Organisation memberState;
    Account delegate;

    @BeforeEach
    void setUp() {
        meeting = fixtures.meeting(FIRST_DAY);
        memberState = fixtures.organisation(MembershipCategory.MEMBER_STATE, null);
        delegate = fixtures.delegate(meeting, memberState);
    }

    Multipart as(Account a) {
        return new Multipart("http://localhost:" + port, a.email(), TestUsers.PASSWORD);
    }

    Multipart.Response submit(Account a, byte[] file, String name, Object... fields) {
        Multipart m = as(a).field("title", "QoE of satellite links").field("questions", 13)
                .field("abstract", "Measurements of latency").file(name, file);
        for (int i = 0; i < fields.length; i += 2) {
            m.field((String) fields[i], fields[i + 1]);
        }
        return m.post("/api/v1/meetings/" + meeting.code() + "/contributions");
    }

    @Test
    void aRegisteredDelegateOfAMemberStateSubmitsAndGetsTheNextNumberAndAReceipt() {
        byte[] file = TestFiles.docx();
        Account rapporteur = users.create("Rapporteur", Role.DELEGATE);
        String stranger = "stranger." + UUID.randomUUID() + "@example.org";
        var r = submit(delegate, file, "qoe.docx", "contactEmails", rapporteur.email().toUpperCase(),
                "contactEmails", stranger);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String reference = r.json().get("reference").asString();
        assertThat(reference).matches("SG12-C\\d+");
        assertThat(r.json().get("source").asString()).isEqualTo(memberState.name());
        assertThat(r.json().get("late").asBoolean()).isFalse();
        assertThat(r.json().get("versions").get(0).get("sha256").asString()).isEqualTo(TestFiles.sha256(file));
        assertThat(r.json().get("versions").get(0).get("format").asString()).isEqualTo("DOCX");
        assertThat(dataDir.resolve("documents/sha256").resolve(TestFiles.sha256(file).substring(0, 2))
                .resolve(TestFiles.sha256(file))).exists();

        var next = submit(delegate, TestFiles.pdf(), "second.pdf");
        int n = Integer.parseInt(reference.substring("SG12-C".length()));
        assertThat(next.json().get("reference").asString()).isEqualTo("SG12-C" + (n + 1));

        assertThat(fixtures.outboxCount(delegate.email(), reference)).isEqualTo(1);
        assertThat(fixtures.outboxCount(stranger, reference)).as("an address that is no verified account: no mail")
                .isZero();
        assertThat(fixtures.outboxCount(rapporteur.email(), reference)).as("a contact with a verified account")
                .isEqualTo(1);
    }

    @Test
    void coSignersMustBeMemberOrganisationsAndAssociatesOnlyOfThisStudyGroup() {
        Organisation academia = fixtures.organisation(MembershipCategory.ACADEMIA, null);
        Organisation sector = fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null);
        var ok = submit(delegate, TestFiles.pdf(), "a.pdf", "coSources", academia.id(), "coSources", sector.id());
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().get("source").asString())
                .isEqualTo(memberState.name() + ", " + academia.name() + ", " + sector.name());

        Organisation invited = fixtures.organisation(MembershipCategory.INVITED, null);
        Organisation otherAssociate = fixtures.organisation(MembershipCategory.ASSOCIATE, 13);
        int before = fixtures.documentCount();
        for (Organisation bad : new Organisation[] {invited, otherAssociate}) {
            var r = submit(delegate, TestFiles.pdf(), "a.pdf", "coSources", bad.id());
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.json().get("detail").asString()).startsWith(bad.name() + " may not co-sign");
        }
        assertThat(fixtures.documentCount()).isEqualTo(before);
    }

    @Test
    void onlyPeopleRegisteredForTheMeetingOnBehalfOfAMemberOrganisationMaySubmit() {
        int before = fixtures.documentCount();
        Account stranger = fixtures.delegate(fixtures.meeting(FIRST_DAY), memberState);
        var r = submit(stranger, TestFiles.pdf(), "a.pdf");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().get("detail").asString()).contains("registration for meeting " + meeting.code());

        Account pending = fixtures.delegate(fixtures.meeting(FIRST_DAY), memberState);
        fixtures.register(meeting, pending, memberState, "SUBMITTED");
        assertThat(submit(pending, TestFiles.pdf(), "a.pdf").status()).as("not yet approved").isEqualTo(403);

        Account invited = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.INVITED, null));
        var i = submit(invited, TestFiles.pdf(), "a.pdf");
        assertThat(i.status()).isEqualTo(403);
        assertThat(i.json().get("detail").asString()).contains("is not a member organisation");

        Account associate12 = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.ASSOCIATE, 12));
        assertThat(submit(associate12, TestFiles.pdf(), "a.pdf").status()).isEqualTo(201);
        Account associate13 = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.ASSOCIATE, 13));
        assertThat(submit(associate13, TestFiles.pdf(), "a.pdf").status()).isEqualTo(403);
        Account observer = fixtures.delegate(meeting, fixtures.organisation(MembershipCategory.OBSERVER, null));
        assertThat(submit(observer, TestFiles.pdf(), "a.pdf").status()).isEqualTo(201);

        assertThat(fixtures.documentCount()).isEqualTo(before + 2);
    }

    @Test
    void theContributionDeadlineHoldsToTheSecondInTheMeetingsTimeZone() {
        // 1 September 2026 23:59:59 in Geneva is 21:59:59 UTC
        clock.set(Instant.parse("2026-09-01T21:59:59Z"));
        var onTime = submit(delegate, TestFiles.pdf(), "a.pdf");
        assertThat(onTime.status()).as(onTime.body()).isEqualTo(201);
        assertThat(onTime.json().get("late").asBoolean()).isFalse();

        clock.set(Instant.parse("2026-09-01T22:00:00Z"));
        int before = fixtures.documentCount();
        var refused = submit(delegate, TestFiles.pdf(), "a.pdf");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("The deadline for contributions passed on 1 September 2026 23:59:59 (Europe/Zurich). "
                        + "The contribution can only be submitted as a late contribution: it will be held for the "
                        + "next meeting unless the secretariat admits it.");
        assertThat(fixtures.documentCount()).isEqualTo(before);

        var late = submit(delegate, TestFiles.pdf(), "a.pdf", "late", true);
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(late.json().get("late").asBoolean()).isTrue();
        assertThat(late.json().get("lateDecision").asString()).isEqualTo("HELD_FOR_NEXT_MEETING");
        assertThat(late.json().get("history").get(0).get("kind").asString()).isEqualTo("SUBMITTED_LATE");
        assertThat(fixtures.outboxCount(delegate.email(), "late contribution: "
                + late.json().get("reference").asString())).isEqualTo(1);
    }

    @Test
    void contributionsThatNeedTranslationCloseAtTheTranslationDeadline() {
        // 14 July 2026 23:59:59 in Geneva is 21:59:59 UTC
        clock.set(Instant.parse("2026-07-14T21:59:59Z"));
        var onTime = submit(delegate, TestFiles.pdf(), "a.pdf", "needsTranslation", true);
        assertThat(onTime.status()).as(onTime.body()).isEqualTo(201);
        assertThat(onTime.json().get("needsTranslation").asBoolean()).isTrue();

        clock.set(Instant.parse("2026-07-14T22:00:00Z"));
        var refused = submit(delegate, TestFiles.pdf(), "a.pdf", "needsTranslation", true);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).startsWith(
                "The deadline for contributions that need translation passed on 14 July 2026 23:59:59 (Europe/Zurich)");
        assertThat(submit(delegate, TestFiles.pdf(), "a.pdf").status()).as("without translation it is still on time")
                .isEqualTo(201);
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        int before = fixtures.documentCount();
        long blobs = blobCount();
        var tooBig = submit(delegate, TestFiles.pdfOfSize(3 * 1024 * 1024 + 10), "big.pdf");
        assertThat(tooBig.status()).isEqualTo(413);
        assertThat(tooBig.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(tooBig.json().get("detail").asString()).isEqualTo("The file is larger than the limit of 3 MB.");

        assertThat(submit(delegate, TestFiles.exe(), "report.pdf").json().get("detail").asString())
                .startsWith("This kind of file (application/x-msdownload");
        assertThat(submit(delegate, TestFiles.zipBomb(300), "bomb.docx").json().get("code").asString())
                .isEqualTo("documents.archiveBomb");
        assertThat(submit(delegate, TestFiles.zip(Map.of("../../evil.sh", new byte[] {1})), "x.zip")
                .json().get("code").asString()).isEqualTo("documents.archivePathUnsafe");
        assertThat(submit(delegate, TestFiles.pdf(), "../../report.pdf").json().get("code").asString())
                .isEqualTo("documents.fileNameUnsafe");
        var empty = submit(delegate, new byte[0], "empty.pdf");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("detail").asString()).isEqualTo("The file is empty.");

        assertThat(fixtures.documentCount()).isEqualTo(before);
        assertThat(blobCount()).as("no bytes kept").isEqualTo(blobs);
        try (Stream<Path> incoming = Files.list(dataDir.resolve("documents/incoming"))) {
            assertThat(incoming.count()).as("no temporary file left").isZero();
        }
    }

    long blobCount() throws Exception {
        try (Stream<Path> files = Files.walk(dataDir.resolve("documents/sha256"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
