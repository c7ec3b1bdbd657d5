package org.plenary.registration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingSetup;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Not a test (surefire does not pick up {@code *Benchmark}): run it with {@code bench/registration/run.sh}.
 * Registers N delegates from C concurrent HTTP clients through {@code POST /api/v1/meetings/{code}/registrations}
 * (the full path: security, deadlines, rules, the row, its transition, two outbox mails) and, on the same
 * database in the same run, inserts N registration rows with plain JDBC from C threads as the baseline.
 */
@IntegrationTest
class RegistrationBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    MeetingSetup meetings;
    @Autowired
    DataSource dataSource;

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
        Fixtures fx = new Fixtures(users, directory, meetings);
        Organisation org = fx.organisation(MembershipCategory.SECTOR_MEMBER, "CH", false);
        fx.focalPointOf(org);
        Meeting warm = fx.meeting(LocalDate.of(2026, 9, 14));
        Meeting measured = fx.meeting(LocalDate.of(2026, 9, 21));
        List<String> emails = accounts(delegates + 200);

        http(warm, org, emails.subList(delegates, delegates + 200), "warm-up");
        Run web = http(measured, org, emails.subList(0, delegates), "HTTP registration (full path)");
        Run jdbc = jdbc(org, emails.size());

        String report = String.format("Registration benchmark: %d delegates, %d concurrent clients, %d cores%n%s%n%s%n"
                + "HTTP / JDBC throughput: %.1f %%%n", delegates, clients, Runtime.getRuntime().availableProcessors(),
                jdbc.line(), web.line(), 100.0 * (web.ok() / web.seconds()) / (jdbc.ok() / jdbc.seconds()));
        System.out.println(report);
        Path out = Path.of("target/bench/registration.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /**
     * Benchmark accounts are inserted directly with a {noop} password hash: HTTP Basic then costs no
     * bcrypt round per request, which would otherwise dominate and hide the registration itself.
     */
    private List<String> accounts(int n) throws Exception {
        List<String> emails = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 6);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into directory_account (id, email, name, preferred_language, password_hash, roles, enabled,
                  must_change_password, created_at) values (?, ?, ?, 'en', ?, '{DELEGATE}', true, false, now())""")) {
            for (int i = 0; i < n; i++) {
                String email = "bench." + run + "." + i + "@example.org";
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, email);
                ps.setString(3, "Bench delegate " + i);
                ps.setString(4, "{noop}" + TestUsers.PASSWORD);
                ps.addBatch();
                emails.add(email);
                if (i % 500 == 499) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        return emails;
    }

    private Run http(Meeting meeting, Organisation org, List<String> emails, String name) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(clients)).build();
        String body = "{\"organisation\":\"" + org.id() + "\",\"inPerson\":true,\"newcomer\":true}";
        URI uri = URI.create("http://localhost:" + port + "/api/v1/meetings/" + meeting.code() + "/registrations");
        return concurrently(name, emails.size(), i -> {
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (emails.get(i) + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
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
