package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plenary.support.TestHttp;
import org.springframework.util.FileSystemUtils;

/**
 * Kills the application process (SIGKILL) while uploads are in flight, restarts it on the same
 * data directory, and checks that every acknowledged document is there with the very bytes sent
 * (SHA-256), that no document lacks its bytes, and that no stored blob is partial.
 */
class CrashRecoveryTests {

    static final String ADMIN = "secretariat@plenary.local";
    static final String ADMIN_PASSWORD = "crash-admin-password";
    static final String MEETING = "SG12-2026-06";

    @Test
    void acknowledgedDocumentsSurviveAKillAndNothingPartialIsLeft() throws Exception {
        Path dataDir = Path.of("target", "crash-" + UUID.randomUUID().toString().substring(0, 8)).toAbsolutePath();
        int port = freePort();
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // document id -> sha256 sent
        Process app = start(dataDir, port, "first");
        try {
            awaitUp(port, app);
            AtomicBoolean killed = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                pool.submit(() -> {
                    while (!killed.get()) {
                        byte[] file = TestFiles.pdfOfSize(256 * 1024);
                        try {
                            var r = new Multipart("http://localhost:" + port, ADMIN, ADMIN_PASSWORD)
                                    .field("title", "Crash test " + UUID.randomUUID()).field("series", "GEN")
                                    .field("source", "TSB").file("td.pdf", file)
                                    .post("/api/v1/meetings/" + MEETING + "/tds");
                            if (r.status() == 201) {
                                acknowledged.put(r.json().get("id").asString(), TestFiles.sha256(file));
                            }
                        } catch (RuntimeException e) {
                            return; // the server went away mid-upload
                        }
                    }
                });
            }
            await("uploads acknowledged before the kill").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(20)).until(() -> acknowledged.size() >= 25);
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            killed.set(true);
            pool.shutdown();
            pool.awaitTermination(60, TimeUnit.SECONDS);
            assertThat(acknowledged).as("uploads acknowledged before the kill").hasSizeGreaterThanOrEqualTo(25);

            app = start(dataDir, port, "second");
            awaitUp(port, app);
            TestHttp admin = new TestHttp(port).as(ADMIN, ADMIN_PASSWORD);
            Multipart files = new Multipart("http://localhost:" + port, ADMIN, ADMIN_PASSWORD);
            for (var e : acknowledged.entrySet()) {
                var f = files.get("/api/v1/documents/" + e.getKey() + "/file");
                assertThat(f.status()).as("acknowledged document " + e.getKey()).isEqualTo(200);
                assertThat(TestFiles.sha256(f.bytes())).isEqualTo(e.getValue());
            }
            var all = admin.get("/api/v1/meetings/" + MEETING + "/documents?kind=TD").json();
            List<String> ids = new ArrayList<>();
            all.forEach(d -> ids.add(d.get("id").asString()));
            assertThat(ids).containsAll(acknowledged.keySet());
            for (var d : all) {
                var v = d.get("versions").get(0);
                var f = files.get("/api/v1/documents/" + d.get("id").asString() + "/file");
                assertThat(f.status()).as("every document that exists has its bytes").isEqualTo(200);
                assertThat(TestFiles.sha256(f.bytes())).isEqualTo(v.get("sha256").asString());
            }
            try (Stream<Path> blobs = Files.walk(dataDir.resolve("documents/sha256"))) {
                for (Path p : blobs.filter(Files::isRegularFile).toList()) {
                    assertThat(sha256(p)).as("blob " + p.getFileName() + " is whole").isEqualTo(p.getFileName().toString());
                }
            }
        } finally {
            stop(app);
        }
        FileSystemUtils.deleteRecursively(dataDir);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static Process start(Path dataDir, int port, String name) throws IOException {
        Files.createDirectories(dataDir);
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Duser.timezone=UTC",
                "-cp", System.getProperty("java.class.path"), "org.plenary.PlenaryApplication",
                "--server.port=" + port, "--plenary.data-dir=" + dataDir, "--plenary.database.durable=true",
                "--plenary.database.clean=false", "--plenary.admin.password=" + ADMIN_PASSWORD,
                "--plenary.demo-data=true", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
        return new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve(name + ".log").toFile()).start();
    }

    static void awaitUp(int port, Process app) {
        TestHttp http = new TestHttp(port);
        await("the application answering").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .failFast("the application exited", () -> !app.isAlive())
                .ignoreExceptions() // not listening yet
                .until(() -> http.get("/api/v1/meetings/" + MEETING).status() == 200);
    }

    /** A graceful stop (SIGTERM) so that the bundled PostgreSQL stops with it; forced if it hangs. */
    static void stop(Process app) throws InterruptedException {
        if (app == null || !app.isAlive()) {
            return;
        }
        List<ProcessHandle> children = app.descendants().toList();
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            if (child.isAlive()) {
                child.destroy();
            }
        }
    }

    static String sha256(Path p) throws IOException {
        MessageDigest digest = Spool.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(p), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
