package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.QuestionFollowing;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * L-DOC-4: lists and metadata for logged-in members, downloads for members unless made public by
 * the secretariat; filters, full-text search, zip of a selection; the Question's watchers and its
 * Atom feed; the cleanup of orphaned bytes.
 */
@IntegrationTest
class DocumentAccessTests extends DocumentTestBase {

    @Autowired
    QuestionFollowing following;
    @Autowired
    OrphanCleanup cleanup;
    @Autowired
    BlobStore blobs;
    @Value("${plenary.data-dir}")
    Path dataDir;

    Account chair;

    @BeforeEach
    void setUp() {
        meetingWithDelegate(LocalDate.of(2026, 12, 7), MembershipCategory.ACADEMIA);
        chair = fixtures.officer(meeting);
    }

    Document contribution(String title, String abstractText, int question, byte[] file) {
        return fixtures.contribution(meeting, delegate, new Submissions.ContributionForm(title, List.of(), "",
                List.of(), List.of(question), List.of(), null, abstractText, false, false), "c.pdf", file);
    }

    @Test
    void membersReadListsAndDownloadAnonymousVisitorsOnlyPublicDocuments() {
        byte[] bytes = TestFiles.pdf();
        Document c = contribution("Jitter buffers", "", 12, bytes);
        Multipart anonymous = http(null);
        assertThat(anonymous.get("/api/v1/meetings/" + meeting.code() + "/documents").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/documents/" + c.id()).status()).isEqualTo(401);
        var refused = anonymous.get("/api/v1/documents/" + c.id() + "/file");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("Log in with your ITU-T account to download this document.");
        assertThat(anonymous.get("/documents/" + c.id() + "/file").status()).as("the page sends to the login")
                .isEqualTo(302);
        var anonymousList = anonymous.get("/meetings/" + meeting.code() + "/documents");
        assertThat(anonymousList.status()).as("the list shows anonymous visitors the public documents").isEqualTo(200);
        assertThat(anonymousList.body()).doesNotContain(c.reference()).doesNotContain("Jitter buffers");
        assertThat(anonymous.get("/documents/" + c.id()).status()).as("a members-only page sends to the login")
                .isEqualTo(302);

        Account member = fixtures.member(fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null));
        assertThat(http(member).get("/api/v1/meetings/" + meeting.code() + "/documents").json().size()).isEqualTo(1);
        var download = http(member).get("/api/v1/documents/" + c.id() + "/file");
        assertThat(download.status()).isEqualTo(200);
        assertThat(TestFiles.sha256(download.bytes())).isEqualTo(TestFiles.sha256(bytes));
        assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");

        var chairTry = new TestHttp(port).as(chair.email(), TestUsers.PASSWORD)
                .put("/api/v1/documents/" + c.id() + "/public", "{\"public\":true}");
        assertThat(chairTry.status()).isEqualTo(403);
        new TestHttpJson(port, fixtures.secretariat()).put("/api/v1/documents/" + c.id() + "/public",
                "{\"public\":true}");
        assertThat(anonymous.get("/api/v1/documents/" + c.id() + "/file").bytes()).isEqualTo(bytes);
        assertThat(anonymous.get("/documents/" + c.id() + "/file").bytes()).isEqualTo(bytes);
        assertThat(anonymous.get("/api/v1/documents/" + c.id()).status()).as("metadata still for members")
                .isEqualTo(401);
    }

    @Test
    void downloadsAnswerRangeRequestsWith206OnTheApiAndThePage() {
        byte[] bytes = TestFiles.pdfOfSize(64 * 1024);
        Document c = contribution("Ranges", "", 12, bytes);
        Multipart member = http(delegate);
        String api = "/api/v1/documents/" + c.id() + "/file";
        var whole = member.get(api);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.bytes()).isEqualTo(bytes);
        var part = member.get(api, "Range", "bytes=1000-1999");
        assertThat(part.status()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 1000-1999/" + bytes.length);
        assertThat(part.bytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, 1000, 2000));
        var two = member.get(api, "Range", "bytes=0-9,100-109");
        assertThat(two.status()).isEqualTo(206);
        assertThat(two.headers().firstValue("Content-Type").orElse("")).startsWith("multipart/byteranges");
        assertThat(member.get(api, "Range", "bytes=" + bytes.length + "-").status()).isEqualTo(416);
        assertThat(http(null).get(api, "Range", "bytes=0-9").status())
                .as("a range is no way around the members-only rule").isEqualTo(401);

        new TestHttpJson(port, fixtures.secretariat()).put("/api/v1/documents/" + c.id() + "/public",
                "{\"public\":true}");
        var page = http(null).get("/documents/" + c.id() + "/file", "Range", "bytes=-100");
        assertThat(page.status()).as("the page's download too").isEqualTo(206);
        assertThat(page.bytes()).isEqualTo(java.util.Arrays.copyOfRange(bytes, bytes.length - 100, bytes.length));
    }

    @Test
    void filtersAndFullTextSearchOverTitleAbstractAndSource() {
        Document a = contribution("Speech quality in vehicles", "hands-free terminals", 4, TestFiles.pdf());
        Document b = contribution("Packet loss concealment", "measurements of networks", 17, TestFiles.pdf());
        users.as(chair, () -> allocation.allocate(b.id(), List.of(17), List.of(3), List.of("13")));
        TestHttpJson member = new TestHttpJson(port, delegate);
        String base = "/api/v1/meetings/" + meeting.code() + "/documents";
        assertThat(refs(member.get(base + "?q=vehicle"))).containsExactly(a.reference());
        assertThat(refs(member.get(base + "?q=measurement"))).as("abstract, stemmed").containsExactly(b.reference());
        assertThat(refs(member.get(base + "?q=" + b.source().split(" ")[1]))).as("source")
                .containsExactly(a.reference(), b.reference());
        assertThat(refs(member.get(base + "?question=4"))).containsExactly(a.reference());
        assertThat(refs(member.get(base + "?workingParty=3&status=ALLOCATED&agendaItem=13")))
                .containsExactly(b.reference());
        assertThat(refs(member.get(base + "?kind=TD"))).isEmpty();
        assertThat(refs(member.get(base + "?late=true"))).isEmpty();
        assertThat(refs(member.get(base + "?kind=C&late=false"))).containsExactly(a.reference(), b.reference());
    }

    private static List<String> refs(tools.jackson.databind.JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.get("reference").asString()));
        return out;
    }

    @Test
    void aSelectionDownloadsAsOneZipNamedByReference() throws IOException {
        byte[] one = TestFiles.pdf();
        byte[] two = TestFiles.pdf();
        Document a = contribution("One", "", 12, one);
        Document b = contribution("Two", "", 12, two);
        var r = http(delegate).get("/api/v1/meetings/" + meeting.code() + "/documents.zip?id=" + a.id() + "&id="
                + b.id());
        assertThat(r.status()).isEqualTo(200);
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.bytes()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        assertThat(entries).containsOnlyKeys(a.reference() + ".pdf", b.reference() + ".pdf");
        assertThat(entries.get(a.reference() + ".pdf")).isEqualTo(one);
        Meeting other = fixtures.meeting(LocalDate.of(2026, 12, 7));
        assertThat(http(delegate).get("/api/v1/meetings/" + other.code() + "/documents.zip?id=" + a.id()).status())
                .as("documents of another meeting").isEqualTo(404);
        assertThat(http(null).get("/api/v1/meetings/" + meeting.code() + "/documents.zip?id=" + a.id()).status())
                .isEqualTo(401);
    }

    @Test
    void watchersOfAQuestionHearOfItsNewDocumentsAndItsFeedListsThem() {
        Account watcher = fixtures.member(fixtures.organisation(MembershipCategory.MEMBER_STATE, null));
        following.follow(watcher.id(), 12, 19);
        Document c = contribution("Audiovisual quality & <models>", "", 19, TestFiles.pdf());
        assertThat(fixtures.outboxCount(watcher.email(), "New document for Q19/12: " + c.reference())).isEqualTo(1);
        assertThat(fixtures.outboxCount(delegate.email(), "New document for Q19/12")).as("not the submitter")
                .isZero();
        var feed = new TestHttp(port).as(watcher.email(), TestUsers.PASSWORD)
                .get("/api/v1/study-groups/12/questions/19/documents.atom");
        assertThat(feed.status()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("application/atom+xml");
        assertThat(feed.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "<title>" + c.reference() + ": Audiovisual quality &amp; &lt;models&gt;</title>",
                "<id>urn:uuid:" + c.id() + "</id>");
        assertThat(new TestHttp(port).get("/api/v1/study-groups/12/questions/19/documents.atom").status())
                .isEqualTo(401);

        Account wp3Watcher = fixtures.member(fixtures.organisation(MembershipCategory.ACADEMIA, null));
        following.follow(wp3Watcher.id(), 12, 17);
        users.as(chair, () -> allocation.allocate(c.id(), List.of(19, 17), List.of(), List.of()));
        assertThat(fixtures.outboxCount(wp3Watcher.email(), "New document for Q17/12: " + c.reference()))
                .as("allocated to a further Question").isEqualTo(1);
        assertThat(fixtures.outboxCount(watcher.email(), "New document for Q19/12: " + c.reference()))
                .as("not told twice").isEqualTo(1);
    }

    @Test
    void theCleanupRemovesOldOrphanedBytesAndKeepsReferencedAndYoungOnes() throws IOException {
        Document kept = contribution("Kept", "", 12, TestFiles.pdf());
        String keptSha = kept.latest().sha256();
        Path orphanTmp = Files.write(dataDir.resolve("documents/incoming/orphan.part"), TestFiles.pdf());
        byte[] orphanBytes = Files.readAllBytes(orphanTmp);
        String orphan = TestFiles.sha256(orphanBytes);
        blobs.put(orphanTmp, orphan);
        byte[] youngBytes = TestFiles.pdf();
        Path youngTmp = Files.write(dataDir.resolve("documents/incoming/young.part"), youngBytes);
        String young = TestFiles.sha256(youngBytes);
        blobs.put(youngTmp, young);
        Path interrupted = Files.write(dataDir.resolve("documents/incoming/upload-x.part"), new byte[] {1});
        Instant old = Instant.now().minusSeconds(7200);
        for (String sha : List.of(orphan, keptSha)) {
            Files.setLastModifiedTime(((LocalBlobStore) blobs).path(sha), FileTime.from(old));
        }
        Files.setLastModifiedTime(interrupted, FileTime.from(old));

        List<String> removed = cleanup.run(Instant.now().minusSeconds(3600));
        assertThat(removed).contains(orphan).doesNotContain(keptSha, young);
        assertThat(blobs.exists(orphan)).isFalse();
        assertThat(blobs.exists(keptSha)).isTrue();
        assertThat(blobs.exists(young)).isTrue();
        assertThat(interrupted).doesNotExist();
        blobs.delete(young);
    }
}
