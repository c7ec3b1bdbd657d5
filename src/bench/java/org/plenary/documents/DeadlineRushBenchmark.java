package org.plenary.documents;

import java.io.ByteArrayInputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.plenary.PlenaryApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.FileSystemUtils;

/**
 * A deadline rush: many clients upload 1 MB files at once. Not a test (never run by
 * {@code mvn verify}); run it with {@code bench/documents/run.sh [clients] [uploadsPerClient]}.
 *
 * <p>It starts the application with durable storage (fsync on for PostgreSQL and for the files)
 * on a fresh data directory and measures, at the same concurrency and in the same run:
 * <ol>
 * <li>baseline: write the bytes to a file, fsync, insert one row (autocommit);</li>
 * <li>service: {@link Submissions#submitTd} in-process (spool, hash, content inspection,
 * fsync and atomic move, numbering, rows, commit);</li>
 * <li>http: multipart POST to {@code /api/v1/meetings/{code}/tds} with a personal access token
 * ({@code Authorization: Bearer}), as a script would;</li>
 * <li>for scale: an authenticated GET without upload (what HTTP and authentication cost alone).</li>
 * </ol>
 */
public final class DeadlineRushBenchmark {

    static final String ADMIN = "secretariat@plenary.local";
    static final String PASSWORD = "bench-admin-password";
    static final String MEETING = "SG12-2026-06";

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int perClient = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int size = 1024 * 1024;
        Path dataDir = Path.of("target", "bench-documents-" + UUID.randomUUID().toString().substring(0, 8))
                .toAbsolutePath();
        System.out.printf(Locale.ROOT, "Deadline rush: %d clients x %d uploads of 1 MB, data in %s%n", clients,
                perClient, dataDir);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlenaryApplication.class)
                // command-line arguments: they win over the test classpath's config/application.properties
                .run("--server.port=0", "--plenary.data-dir=" + dataDir, "--plenary.database.durable=true",
                        "--plenary.database.clean=true", "--plenary.admin.password=" + PASSWORD,
                        "--plenary.database.pool-size=" + Math.max(20, clients + 4),
                        "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                        "--logging.level.org.plenary=WARN")) {
            int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            Submissions submissions = app.getBean(Submissions.class);
            UserDetails admin = app.getBean(UserDetailsService.class).loadUserByUsername(ADMIN);

            // one write token for the secretariat account, created through the API with its password, as a script's owner would
            String token = createToken(port);

            jdbc.sql("create table if not exists bench_baseline (id uuid primary key, path text, size bigint, "
                    + "at timestamptz)").update();
            Path baselineDir = Files.createDirectories(dataDir.resolve("bench-baseline"));
            List<Row> rows = new ArrayList<>();
            // warm-up, not measured
            run(4, 2, () -> upload(submissions, admin, TestFiles.pdfOfSize(size)));

            rows.add(run(clients, perClient, () -> {
                byte[] bytes = TestFiles.pdfOfSize(size);
                long t = System.nanoTime();
                Path p = baselineDir.resolve(UUID.randomUUID() + ".bin");
                try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ch.write(java.nio.ByteBuffer.wrap(bytes));
                    ch.force(true);
                }
                jdbc.sql("insert into bench_baseline values (:id, :p, :s, :at)").param("id", UUID.randomUUID())
                        .param("p", p.toString()).param("s", bytes.length)
                        .param("at", Timestamp.from(Instant.now())).update();
                return System.nanoTime() - t;
            }).named("baseline: file write + fsync + insert"));

            rows.add(run(clients, perClient, () -> {
                byte[] bytes = TestFiles.pdfOfSize(size);
                long t = System.nanoTime();
                upload(submissions, admin, bytes);
                return System.nanoTime() - t;
            }).named("service: submitTd in-process"));

            rows.add(run(clients, perClient, () -> {
                byte[] bytes = TestFiles.pdfOfSize(size);
                long t = System.nanoTime();
                var r = Multipart.bearer("http://localhost:" + port, token).field("title", "Rush")
                        .field("series", "GEN").field("source", "Benchmark").file("rush.pdf", bytes)
                        .post("/api/v1/meetings/" + MEETING + "/tds");
                if (r.status() != 201) {
                    throw new IllegalStateException("HTTP " + r.status() + ": " + r.body());
                }
                return System.nanoTime() - t;
            }).named("http: multipart POST (token)"));

            rows.add(run(clients, perClient, () -> {
                long t = System.nanoTime();
                var r = Multipart.bearer("http://localhost:" + port, token)
                        .get("/api/v1/meetings/" + MEETING + "/documents?kind=C");
                if (r.status() != 200) {
                    throw new IllegalStateException("HTTP " + r.status());
                }
                return System.nanoTime() - t;
            }).named("for scale: authenticated GET, no upload"));

            System.out.printf(Locale.ROOT, "%-42s %10s %10s %10s %10s%n", "", "uploads/s", "MB/s", "p50 ms",
                    "p99 ms");
            for (Row r : rows) {
                System.out.printf(Locale.ROOT, "%-42s %10.1f %10.1f %10.1f %10.1f%n", r.name, r.throughput(),
                        r.throughput() * size / (1024.0 * 1024), r.percentile(50), r.percentile(99));
            }
            System.out.printf(Locale.ROOT, "ratio http / baseline (write + fsync + insert): %.2f (goal >= 0.5)%n",
                    rows.get(2).throughput() / rows.get(0).throughput());
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    static String createToken(int port) throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/api/v1/me/tokens"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (ADMIN + ":" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"deadline rush\",\"scope\":\"WRITE\",\"expiresInDays\":7}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"token\":\"(plenary_pat_[^\"]+)\"")
                .matcher(r.body());
        if (r.statusCode() != 201 || !m.find()) {
            throw new IllegalStateException("no token: HTTP " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static long upload(Submissions submissions, UserDetails admin, byte[] bytes) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            submissions.submitTd(MEETING, new Submissions.TdForm("Rush", "GEN", "Benchmark", null, List.of(),
                    List.of(), null, null, null), new Submissions.Upload("rush.pdf",
                    new ByteArrayInputStream(bytes)));
            return 0;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    interface Timed {
        long nanos() throws Exception;
    }

    static final class Row {
        final List<Long> latencies;
        final long wallNanos;
        String name;

        Row(List<Long> latencies, long wallNanos) {
            this.latencies = latencies;
            this.wallNanos = wallNanos;
        }

        Row named(String n) {
            this.name = n;
            return this;
        }

        double throughput() {
            return latencies.size() / (wallNanos / 1e9);
        }

        double percentile(int p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, i)) / 1e6;
        }
    }

    static Row run(int clients, int perClient, Timed task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        latencies.add(task.nanos());
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return new Row(latencies, System.nanoTime() - start);
    }
}
