package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.directory.Account;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.Officers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.core.io.Resource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * {@link S3BlobStore}, built by {@link StorageConfig#s3} as the application builds it, against a real
 * S3-compatible server (S3Proxy over a local directory, {@link S3ProxyServer}): bytes come back whole
 * and from an offset, documents stored there download whole and in ranges, and a crash between the
 * bytes and the commit leaves an orphan that the cleanup removes once older than its grace, never a
 * committed object. The shared context keeps its local store: the S3 store is wired by hand into the
 * same services, on the same database.
 */
@IntegrationTest
class S3BlobStoreTests {

    static final String BUCKET = "plenary-test";
    static S3ProxyServer server;
    static S3Client admin;

    @Autowired
    Documents documents;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    Eligibility eligibility;
    @Autowired
    ContentInspector inspector;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Officers officers;
    @Autowired
    DocumentAccess access;
    @Autowired
    DocumentAllocation allocation;
    @Autowired
    CoSources coSources;
    @Autowired
    LateContributions late;
    @Autowired
    Clock clock;
    @Autowired
    DocumentFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    DocumentsProperties props;
    @Autowired
    BlobStore sharedStore;
    @Autowired
    Spool sharedSpool;

    /** Documents committed to the shared database with their bytes in S3 only. */
    final List<String> committedToS3 = new ArrayList<>();

    @TempDir
    Path temp;

    S3BlobStore store;
    Spool spool;
    DocumentReading reading;
    String meeting;
    Account secretariat;

    @BeforeAll
    static void startS3() throws IOException {
        server = S3ProxyServer.start(Path.of("target", "s3proxy", "run-" + UUID.randomUUID()).toAbsolutePath());
        admin = S3Client.builder().endpointOverride(server.endpoint).forcePathStyle(true)
                .region(Region.of(S3ProxyServer.REGION)).credentialsProvider(server.credentials).build();
        admin.createBucket(b -> b.bucket(BUCKET));
    }

    @AfterAll
    static void stopS3() {
        if (admin != null) {
            admin.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void setUp() throws IOException {
        String prefix = "run-" + UUID.randomUUID() + "/documents/";
        store = StorageConfig.s3(new DocumentsProperties.S3(BUCKET, prefix, S3ProxyServer.REGION, server.endpoint,
                true), server.credentials);
        spool = new Spool(temp.resolve("incoming"));
        reading = new DocumentReading(documents, meetings, store, access, officers);
        meeting = fixtures.meeting(LocalDate.of(2026, 11, 2)).code();
        secretariat = fixtures.secretariat();
    }

    /**
     * The shared instance's rows must name bytes its own (local) store has, as in production, for the tests
     * that read every document (backups, zips): the bytes of the documents committed here are copied there.
     */
    @AfterEach
    void keepTheSharedInstanceConsistent() throws IOException {
        for (String sha : committedToS3) {
            try (InputStream in = store.open(sha)) {
                Spool.Spooled s = sharedSpool.write(in);
                sharedStore.put(s.path(), s.sha256());
            }
        }
    }

    Submissions submissions(TransactionTemplate transaction) {
        return new Submissions(documents, meetings, eligibility, inspector, spool, store, transaction, events,
                officers, reading, allocation, coSources, late, clock);
    }

    Document td(Submissions through, byte[] bytes) {
        Document d = users.as(secretariat, () -> through.submitTd(meeting, new Submissions.TdForm("S3 "
                + UUID.randomUUID(), "GEN", "TSB", "", List.of(12), List.of(), null, "", null),
                new Submissions.Upload("td.pdf", new ByteArrayInputStream(bytes))));
        committedToS3.add(d.latest().sha256());
        return d;
    }

    OrphanCleanup cleanup() {
        DocumentsProperties withGrace = new DocumentsProperties(DataSize.ofMegabytes(100), "s3", null,
                Duration.ofHours(1), props.archive(), props.s3(), props.cleanupDelay());
        return new OrphanCleanup(store, spool, documents, withGrace, tx);
    }

    /** Sets the object's time back, as two hours passing would. */
    void age(String sha256, Duration by) throws IOException {
        Files.setLastModifiedTime(server.objectFile(BUCKET, store.key(sha256)), FileTime.from(Instant.now().minus(by)));
    }

    @Test
    void bytesPutThroughTheStoreComeBackWholeAndFromAnOffset() throws IOException {
        byte[] bytes = TestFiles.pdfOfSize(300 * 1024);
        Spool.Spooled s = spool.write(new ByteArrayInputStream(bytes));
        store.put(s.path(), s.sha256());
        assertThat(s.path()).as("the spooled file is consumed").doesNotExist();
        assertThat(admin.listObjectsV2(b -> b.bucket(BUCKET).prefix(store.key(s.sha256()))).contents())
                .as("one object, under its hash").hasSize(1);
        assertThat(store.exists(s.sha256())).isTrue();
        try (InputStream in = store.open(s.sha256())) {
            assertThat(TestFiles.sha256(in.readAllBytes())).isEqualTo(TestFiles.sha256(bytes));
        }
        try (InputStream in = store.open(s.sha256(), 200_000)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(bytes, 200_000, bytes.length));
        }

        List<String> old = new ArrayList<>();
        store.forEachOlderThan(Instant.now().minusSeconds(3600), old::add);
        assertThat(old).as("a fresh object is young").isEmpty();
        store.forEachOlderThan(Instant.now().plusSeconds(60), old::add);
        assertThat(old).containsExactly(s.sha256());

        age(s.sha256(), Duration.ofHours(2));
        old.clear();
        store.forEachOlderThan(Instant.now().minusSeconds(3600), old::add);
        assertThat(old).containsExactly(s.sha256());
        Spool.Spooled again = spool.write(new ByteArrayInputStream(bytes));
        store.put(again.path(), again.sha256());
        old.clear();
        store.forEachOlderThan(Instant.now().minusSeconds(3600), old::add);
        assertThat(old).as("storing the same bytes again refreshes their age").isEmpty();

        store.delete(s.sha256());
        assertThat(store.exists(s.sha256())).isFalse();
        assertThatThrownBy(() -> store.open(s.sha256()).close()).isInstanceOf(NoSuchKeyException.class);
    }

    /** The controllers' own response ({@link DocumentsApi#send}) through Spring MVC, with the S3 store behind it. */
    @RestController
    static class Files3 {
        final DocumentReading reading;

        Files3(DocumentReading reading) {
            this.reading = reading;
        }

        @GetMapping("/files/{id}")
        ResponseEntity<Resource> file(@PathVariable UUID id) {
            return DocumentsApi.send(reading.download(new DocumentId(id), null));
        }
    }

    @Test
    void aDocumentStoredInS3DownloadsWholeAndInRanges() throws Exception {
        byte[] bytes = TestFiles.pdfOfSize(200 * 1024);
        Document d = td(submissions(tx), bytes);
        assertThat(store.exists(d.latest().sha256())).isTrue();
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new Files3(reading)).build();
        String path = "/files/" + d.id().value();

        MvcResult whole = users.as(secretariat, () -> perform(mvc, get(path)));
        assertThat(whole.getResponse().getStatus()).isEqualTo(200);
        assertThat(whole.getResponse().getHeader("Accept-Ranges")).isEqualTo("bytes");
        assertThat(whole.getResponse().getContentAsByteArray()).isEqualTo(bytes);

        MvcResult part = users.as(secretariat, () -> perform(mvc, get(path).header("Range", "bytes=150000-150099")));
        assertThat(part.getResponse().getStatus()).isEqualTo(206);
        assertThat(part.getResponse().getHeader("Content-Range")).isEqualTo("bytes 150000-150099/" + bytes.length);
        assertThat(part.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(bytes, 150000, 150100));

        MvcResult tail = users.as(secretariat, () -> perform(mvc, get(path).header("Range", "bytes=-10")));
        assertThat(tail.getResponse().getStatus()).isEqualTo(206);
        assertThat(tail.getResponse().getContentAsByteArray())
                .isEqualTo(Arrays.copyOfRange(bytes, bytes.length - 10, bytes.length));

        MvcResult beyond = users.as(secretariat, () -> perform(mvc, get(path).header("Range", "bytes=999999999-")));
        assertThat(beyond.getResponse().getStatus()).isEqualTo(416);
    }

    static MvcResult perform(MockMvc mvc, org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            return mvc.perform(request).andReturn();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCrashBetweenTheBytesAndTheCommitLeavesAnOrphanThatTheCleanupRemovesOnlyAfterItsGrace() throws IOException {
        Document committed = td(submissions(tx), TestFiles.pdf());
        String committedSha = committed.latest().sha256();

        // the process dies after the bytes are durable in S3, before the database commits the document
        TransactionTemplate dying = new TransactionTemplate(transactions) {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return super.execute(status -> {
                    action.doInTransaction(status);
                    throw new IllegalStateException("process killed before the commit");
                });
            }
        };
        byte[] lost = TestFiles.pdf();
        String orphan = TestFiles.sha256(lost);
        assertThatThrownBy(() -> td(submissions(dying), lost)).hasMessageContaining("killed before the commit");
        assertThat(store.exists(orphan)).as("the bytes reached S3").isTrue();
        assertThat(Boolean.TRUE.equals(tx.execute(s -> documents.referenced(orphan)))).as("no row names them").isFalse();

        OrphanCleanup cleanup = cleanup();
        age(committedSha, Duration.ofHours(2));
        cleanup.scheduled();
        assertThat(store.exists(orphan)).as("younger than the grace: it may belong to an upload in progress")
                .isTrue();

        age(orphan, Duration.ofHours(2));
        cleanup.scheduled();
        assertThat(store.exists(orphan)).as("an old orphan is removed").isFalse();
        assertThat(store.exists(committedSha)).as("a committed document's bytes never are").isTrue();
        try (InputStream in = users.as(secretariat, () -> reading.download(committed.id(), null)).content()
                .getInputStream()) {
            assertThat(TestFiles.sha256(in.readAllBytes())).isEqualTo(committedSha);
        }
    }
}
