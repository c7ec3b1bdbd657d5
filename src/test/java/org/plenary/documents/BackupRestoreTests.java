package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * {@code ops/plenary-backup}: backs up this running instance (the shared test application on its
 * bundled PostgreSQL, with registrations and documents the test adds), restores into a second,
 * freshly started instance, and finds there every table with the same row count and every document
 * with the very bytes (SHA-256), downloaded through the restored instance.
 */
@IntegrationTest
class BackupRestoreTests extends DocumentTestBase {

    @Value("${plenary.data-dir}")
    Path dataDir;

    static final String TABLES = """
            select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = 'public' and c.relkind in ('r','p') and c.relname not in ('directory_session', 'directory_session_attributes') order by 1""";

    @Test
    void aBackupOfARunningInstanceRestoresIntoAnEmptyOneWithEveryRowAndEveryDocumentsBytes() throws Exception {
        Meeting meeting = fixtures.meeting(LocalDate.of(2026, 10, 5));
        Organisation org = fixtures.organisation(MembershipCategory.SECTOR_MEMBER, null);
        List<Account> delegates = new ArrayList<>();
        Map<DocumentId, String> sent = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            Account a = fixtures.delegate(meeting, org);
            delegates.add(a);
            byte[] bytes = TestFiles.pdfOfSize(20_000 + i * 1000);
            Document d = fixtures.contribution(meeting, a, DocumentFixtures.form("Backup " + n, 12), "c" + n + ".pdf",
                    bytes);
            sent.put(d.id(), TestFiles.sha256(bytes));
        }
        Map<String, Long> before = counts(jdbc);
        assertThat(before.get("registration_registration")).isGreaterThanOrEqualTo(3);

        Path work = Path.of("target", "backup-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        Path backup = work.resolve("backup");
        run(Map.of("PLENARY_DATA_DIR", dataDir.toAbsolutePath().toString()), work.resolve("backup.log"),
                "backup", backup);
        assertThat(Files.readAllLines(backup.resolve("database/row-counts.tsv")))
                .as("the backup's own counts, read in its snapshot")
                .containsExactlyInAnyOrderElementsOf(before.entrySet().stream()
                        .map(e -> e.getKey() + "\t" + e.getValue()).toList());

        Path target = work.resolve("target-data");
        int port = CrashRecoveryTests.freePort();
        Process app = CrashRecoveryTests.start(target, port, "target");
        try {
            CrashRecoveryTests.awaitUp(port, app);
            run(Map.of("PLENARY_DATA_DIR", target.toString()), work.resolve("restore.log"), "restore", backup);

            String password = Files.readString(target.resolve("postgres.password")).strip();
            String pgPort = Files.readAllLines(target.resolve("postgres/postmaster.pid")).get(3).strip();
            var ds = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres", "postgres", password);
            assertThat(counts(JdbcClient.create(ds))).as("every table, row for row").isEqualTo(before);

            Multipart http = new Multipart("http://localhost:" + port, delegates.get(0).email(), TestUsers.PASSWORD);
            for (var e : sent.entrySet()) {
                var f = http.get("/api/v1/documents/" + e.getKey() + "/file");
                assertThat(f.status()).as("document " + e.getKey() + " through the restored instance").isEqualTo(200);
                assertThat(TestFiles.sha256(f.bytes())).isEqualTo(e.getValue());
            }
            List<String> referenced = JdbcClient.create(ds).sql("select distinct sha256 from documents_version")
                    .query(String.class).list();
            for (String sha : referenced) {
                Path file = target.resolve("documents/sha256").resolve(sha.substring(0, 2)).resolve(sha);
                assertThat(file).as("every document's file").exists();
                assertThat(CrashRecoveryTests.sha256(file)).isEqualTo(sha);
            }
        } finally {
            CrashRecoveryTests.stop(app);
        }
        FileSystemUtils.deleteRecursively(work);
    }

    static Map<String, Long> counts(JdbcClient db) {
        Map<String, Long> counts = new HashMap<>();
        for (String t : db.sql(TABLES).query(String.class).list()) {
            counts.put(t, db.sql("select count(*) from public.\"" + t + "\"").query(Long.class).single());
        }
        return counts;
    }

    static void run(Map<String, String> env, Path log, String... args) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        List<String> cmd = new ArrayList<>(List.of(Path.of("ops", "plenary-backup").toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("PLENARY_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("the script ends").isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + ": " + Files.readString(log)).isZero();
    }

    static void run(Map<String, String> env, Path log, String command, Path backup)
            throws IOException, InterruptedException {
        run(env, log, new String[] {command, backup.toString()});
    }
}
