package org.plenary.remote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.plenary.remote.RemoteFixtures.Participant;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestClockConfig;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Not a test (surefire does not pick up {@code *Benchmark}): run it with {@code bench/remote/run.sh}.
 * (1) The full G.107 E-model against the simplified one-line approximation many monitors use;
 * (2) N remote participants raising hands through the API from C concurrent clients against plain
 * JDBC inserts into the same table; (3) reading the console with N hands against one plain select.
 */
@IntegrationTest
class RemoteBenchmark extends RemoteTestBase {

    @Autowired
    JdbcClient jdbc;

    final StringBuilder out = new StringBuilder();

    void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        out.append(s).append('\n');
    }

    @Test
    void run() throws Exception {
        int n = Integer.getInteger("bench.participants", 200);
        int clients = Integer.getInteger("bench.clients", 50);
        eModel();
        try {
            console(n, clients);
        } finally {
            clock.set(TestClockConfig.START);
        }
        Path file = Path.of("target/bench/remote.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    /** The simplified model: R = 93.2 − 0.024 d − 0.11 (d − 177.3) H(d − 177.3) − Ie,eff. */
    static double simplified(double d, double loss, double ie, double bpl) {
        return 93.2 - 0.024 * d - (d > 177.3 ? 0.11 * (d - 177.3) : 0) - EModel.ieEff(ie, bpl, loss, 1);
    }

    void eModel() {
        int rounds = 2_000_000;
        double sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (int i = 0; i < rounds / 10; i++) {
                sink += EModel.rate(i % 800, i % 50, (i % 200) / 10.0, "G.729A").r() + simplified(i % 900, i % 20, 11, 19);
            }
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += EModel.rate(i % 800, i % 50, (i % 200) / 10.0, "G.729A").r();
        }
        long full = System.nanoTime() - t0;
        t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += simplified(i % 800 + 2 * (i % 50), (i % 200) / 10.0, 11, 19);
        }
        long simple = System.nanoTime() - t0;
        line("E-model (G.107, full)        %,12.0f ratings/s  %6.0f ns each", rounds / (full / 1e9), full / (double) rounds);
        line("baseline: simplified formula %,12.0f ratings/s  %6.0f ns each", rounds / (simple / 1e9),
                simple / (double) rounds);
        double maxDiff = 0;
        for (int d = 0; d <= 600; d += 10) {
            maxDiff = Math.max(maxDiff, Math.abs(EModel.rate(d, 0, 0, "G.711").r() - simplified(d, 0, 0, 4.3)));
        }
        line("largest difference full vs simplified, 0-600 ms, G.711: %.1f R points (checksum %.0f)", maxDiff, sink);
    }

    void console(int n, int clients) throws Exception {
        RemoteFixtures.World w = fixtures.world();
        List<Participant> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(w.participant("Bench " + i, i % 2 == 0 ? "SN" : "FR", null, false));
        }
        clock.set(w.start(w.opening).plus(Duration.ofMinutes(1)));
        for (Participant p : people) {
            w.joinRemotely(p, w.opening);
        }
        String path = "/api/v1/remote/meetings/" + w.code() + "/sessions/" + w.opening.id() + "/hands";
        List<Long> api = timed(clients, people, p -> {
            int s = new TestHttp(port).as(p.account().email(), TestUsers.PASSWORD).post(path, "{}").status();
            if (s != 204) {
                throw new IllegalStateException("status " + s);
            }
        });
        jdbc.sql("delete from remote_hand where session_id = :s").param("s", w.opening.id()).update();
        List<Long> service = timed(clients, people,
                p -> users.as(p.account(), () -> console.raiseHand(w.code(), w.opening.id(), null)));
        UUID dummy = UUID.randomUUID();
        List<Long> plain = timed(clients, people, p -> jdbc.sql(
                "insert into remote_hand (session_id, account_id, raised_at, remote) values (:s, :a, now(), true)")
                .param("s", dummy).param("a", p.id()).update());
        jdbc.sql("delete from remote_hand where session_id = :s").param("s", dummy).update();
        report("raise hand via API (%d people, %d clients)".formatted(n, clients), api);
        report("raise hand, service call (no HTTP, no BCrypt)", service);
        report("baseline: plain JDBC insert", plain);

        List<Long> reads = new ArrayList<>();
        List<Long> selects = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            users.as(w.officer, () -> console.state(w.code(), w.opening.id()));
            reads.add(System.nanoTime() - t0);
            t0 = System.nanoTime();
            jdbc.sql("select * from remote_hand where session_id = :s order by raised_at").param("s", w.opening.id())
                    .query().listOfRows();
            selects.add(System.nanoTime() - t0);
        }
        report("console state with %d hands".formatted(n), reads);
        report("baseline: one select of the hands", selects);
    }

    interface Action {
        void run(Participant p) throws Exception;
    }

    List<Long> timed(int clients, List<Participant> people, Action action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Long>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Participant p : people) {
            futures.add(pool.submit(() -> {
                long s = System.nanoTime();
                action.run(p);
                return System.nanoTime() - s;
            }));
        }
        List<Long> times = new ArrayList<>();
        for (Future<Long> f : futures) {
            times.add(f.get());
        }
        times.add(0, System.nanoTime() - t0);
        pool.shutdown();
        return times;
    }

    void report(String what, List<Long> times) {
        boolean withTotal = times.size() > 30;
        long total = withTotal ? times.get(0) : times.stream().mapToLong(Long::longValue).sum();
        List<Long> each = new ArrayList<>(withTotal ? times.subList(1, times.size()) : times);
        Collections.sort(each);
        line("%-45s %8.0f /s  p50 %7.2f ms  p99 %7.2f ms", what, each.size() / (total / 1e9),
                each.get(each.size() / 2) / 1e6, each.get((int) Math.min(each.size() - 1, each.size() * 0.99)) / 1e6);
    }

}
