package org.plenary.registration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.plenary.shared.BundledDatabase;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test (surefire does not pick up {@code *Benchmark}): run it with {@code bench/registration/run.sh}.
 * Registers N delegates from C concurrent HTTP clients through {@code POST /api/v1/meetings/{code}/registrations}
 * (the full path: security, deadlines, rules, the row, its transition, two outbox mails) and, on the same
 * database in the same run, inserts N registration rows with plain JDBC from C threads as the baseline.
 */
@IntegrationTest
class RegistrationBenchmark extends RegistrationTestBase {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    BundledDatabase database;

    final int delegates = Integer.getInteger("bench.delegates", 5000);
    final int clients = Integer.getInteger("bench.clients", 100);

    record Run(String name, int ok, int failed, double seconds, long[] latenciesNanos) {
        String line() {
            long[] l = latenciesNanos.clone();
            Arrays.sort(l);
            return String.format("%-34s %6d ok %4d failed %8.1f req/s   p50 %7.2f ms   p99 %7.2f ms   (%.1f s)", name,
                    ok, failed, ok / seconds, pct(l, 50) / 1e6, pct(l, 99) / 1e6, seconds);
        }

        static double pct(long[] sorted, int p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    @Test
    void registerDelegatesOverHttpAgainstAPlainJdbcBaseline() throws Exception {
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "CH", false);
        fx.focalPointOf(org);
        Meeting warm = meeting; // the base's meeting of 14 September 2026
        Meeting measured = fx.meeting(LocalDate.of(2026, 9, 21));
        List<String> tokens = accounts(delegates + 200);

        http(warm, org, tokens.subList(delegates, delegates + 200), "warm-up");
        Run web = http(measured, org, tokens.subList(0, delegates), "HTTP registration (full path)");
        Run jdbc = jdbc(org, tokens.size());
        double pgbench = pgbench();
        double rate = web.ok() / web.seconds();

        String report = String.format("Registration benchmark: %d delegates, %d concurrent clients, %d cores%n%s%n%s%n"
                + "pgbench single-row insert, 32 clients, same PostgreSQL: %.1f tps%n"
                + "HTTP / JDBC throughput: %.1f %%%nratio HTTP / pgbench: %.3f (goal >= 0.3)%n", delegates, clients,
                Runtime.getRuntime().availableProcessors(), jdbc.line(), web.line(), pgbench,
                100.0 * rate / (jdbc.ok() / jdbc.seconds()), rate / pgbench);
        System.out.println(report);
        Path out = Path.of("target/bench/registration.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * Benchmark accounts are inserted directly, each with a personal access token (a row holding the token's
     * SHA-256, as the account page would create it): clients authenticate as real API clients do, with
     * {@code Authorization: Bearer}, which costs one indexed query and no bcrypt. Returns the tokens.
     */
    private List<String> accounts(int n) throws Exception {
        List<String> tokens = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        SecureRandom random = new SecureRandom();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into directory_account (id, email, name, preferred_language, password_hash, roles, enabled,
                  must_change_password, created_at) values (?, ?, ?, 'en', null, '{DELEGATE}', true, false, now())""");
                PreparedStatement tk = c.prepareStatement("""
                insert into directory_access_token (id, account_id, name, scope, token_hash, created_at, expires_at)
                values (?, ?, 'bench', 'WRITE', ?, now(), now() + interval '1 day')""")) {
            for (int i = 0; i < n; i++) {
                UUID id = UUID.randomUUID();
                ps.setObject(1, id);
                ps.setString(2, "bench." + run + "." + i + "@example.org");
                ps.setString(3, "Bench delegate " + i);
                ps.addBatch();
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                String token = "plenary_pat_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
                tk.setObject(1, UUID.randomUUID());
                tk.setObject(2, id);
                tk.setString(3, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(token.getBytes(StandardCharsets.UTF_8))));
                tk.addBatch();
                tokens.add(token);
                if (i % 500 == 499) {
                    ps.executeBatch();
                    tk.executeBatch();
                }
            }
            ps.executeBatch();
            tk.executeBatch();
        }
        return tokens;
    }

    /** pgbench (Debian's postgresql-client) on the same bundled PostgreSQL: single-row inserts, 32 clients, 10 s. */
    private double pgbench() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create table if not exists bench_pgbench (id bigserial primary key, v int)");
        }
        Path script = Files.createTempFile("pgbench-", ".sql");
        Files.writeString(script, "insert into bench_pgbench (v) values (1);\n");
        ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-h", "127.0.0.1", "-p",
                String.valueOf(database.server().getPort()), "-U", BundledDatabase.USERNAME, "-c", "32", "-j", "2",
                "-T", "10", "-f", script.toString(), "postgres").redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", database.password());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        Matcher m = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + out);
        }
        return Double.parseDouble(m.group(1));
    }

    private Run http(Meeting meeting, Organisation org, List<String> tokens, String name) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(clients)).build();
        String body = "{\"organisation\":\"" + org.id() + "\",\"inPerson\":true,\"newcomer\":true}";
        URI uri = URI.create("http://localhost:" + port + "/api/v1/meetings/" + meeting.code() + "/registrations");
        return concurrently(name, tokens.size(), i -> {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + tokens.get(i))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return client.send(req, HttpResponse.BodyHandlers.ofString()).statusCode() == 201;
        });
    }

    private Run jdbc(Organisation org, int n) throws Exception {
        UUID meeting = UUID.randomUUID();
        return concurrently("plain JDBC insert (baseline)", delegates, i -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                    insert into registration_registration (id, meeting_id, account_id, organisation_id, status,
                      in_person, newcomer, submitted_at) values (?, ?, ?, ?, 'SUBMITTED', true, true, ?)""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, meeting);
                ps.setObject(3, UUID.randomUUID());
                ps.setObject(4, org.id().value());
                ps.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
                return ps.executeUpdate() == 1;
            }
        });
    }

    interface Call {
        boolean run(int i) throws Exception;
    }

    private Run concurrently(String name, int n, Call call) throws Exception {
        long[] latencies = new long[n];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < clients; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    boolean good;
                    try {
                        good = call.run(i);
                    } catch (Exception e) {
                        good = false;
                    }
                    latencies[i] = System.nanoTime() - t0;
                    (good ? ok : failed).incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Run(name, ok.get(), failed.get(), seconds, latencies);
    }
}
