package org.plenary.scheduling.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.plenary.PlenaryApplication;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingSetup;
import org.plenary.scheduling.Room;
import org.plenary.scheduling.RoomManagement;
import org.plenary.scheduling.SchedulePublishing;
import org.plenary.scheduling.Session;
import org.plenary.scheduling.SessionEditing;
import org.plenary.scheduling.SessionKind;
import org.plenary.scheduling.solver.Planner;
import org.plenary.scheduling.solver.Schedule;
import org.plenary.shared.LocalizedText;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Scheduling benchmark (not a test; run with bench/scheduling/run.sh).
 * Part 1: the solver on an SG12-sized and a 3GPP-sized generated instance: time to the first
 * feasible plan, and the score after 10 s and 60 s, next to the construction heuristic alone.
 * Part 2: the room-display page under 500 concurrent clients, next to a static copy of the same
 * page served by the same server in the same run.
 */
public final class SchedulingBenchmark {

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        long longRun = quick ? 12 : 60;
        int clients = 500;
        int perClient = quick ? 4 : 20;
        System.out.println("== Solver (" + Runtime.getRuntime().availableProcessors() + " cores)");
        solver("SG12-sized", () -> Instances.sg12(12), longRun);
        solver("3GPP-sized", () -> Instances.threeGpp(3), longRun);
        if (Arrays.asList(args).contains("--solver-only")) {
            System.exit(0);
        }
        System.out.println();
        System.out.println("== Room display, " + clients + " concurrent clients × " + perClient + " requests");
        display(clients, perClient);
        System.exit(0);
    }

    static void solver(String name, java.util.function.Supplier<Schedule> instance, long seconds) {
        Schedule problem = instance.get();
        Planner planner = new Planner();
        // baseline: the construction heuristic alone (first fit, then stop)
        Solver<Schedule> ch = ai.timefold.solver.core.api.solver.SolverFactory.<Schedule>create(Planner.config()
                .withTerminationConfig(null)
                .withPhases(new ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig()))
                .buildSolver();
        long t0 = System.nanoTime();
        Schedule constructed = ch.solve(instance.get());
        long chMillis = (System.nanoTime() - t0) / 1_000_000;

        Solver<Schedule> solver = planner.factory().buildSolver(new SolverConfigOverride<Schedule>()
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(seconds))));
        AtomicReference<Long> firstFeasible = new AtomicReference<>();
        List<long[]> best = new ArrayList<>();
        List<HardSoftScore> scores = new ArrayList<>();
        solver.addEventListener(e -> {
            HardSoftScore s = (HardSoftScore) e.getNewBestScore();
            if (e.isNewBestSolutionInitialized() && s.isFeasible() && firstFeasible.get() == null) {
                firstFeasible.set(e.getTimeMillisSpent());
            }
            synchronized (best) {
                best.add(new long[] {e.getTimeMillisSpent()});
                scores.add(s);
            }
        });
        Schedule solved = solver.solve(instance.get());
        Planner.Report r = planner.report(solved);
        System.out.printf("%-11s %3d sessions, %2d rooms, %2d slots%n", name, problem.getSessions().size(),
                problem.getRooms().size(), problem.getSlots().size());
        System.out.printf("  baseline (construction heuristic only): %s in %d ms%n", constructed.getScore(), chMillis);
        System.out.printf("  time to first feasible plan:            %s%n",
                firstFeasible.get() == null ? "none found" : firstFeasible.get() + " ms");
        System.out.printf("  best score after 10 s:                  %s%n", scoreAt(best, scores, 10_000));
        System.out.printf("  best score after %d s:                  %s%s%n", seconds, solved.getScore(),
                r.feasible() ? "" : "  (broken: " + r.hardBroken().stream().map(Planner.Broken::constraint).toList() + ")");
    }

    private static String scoreAt(List<long[]> times, List<HardSoftScore> scores, long millis) {
        HardSoftScore at = null;
        synchronized (times) {
            for (int i = 0; i < times.size(); i++) {
                if (times.get(i)[0] <= millis) {
                    at = scores.get(i);
                }
            }
        }
        return at == null ? "-" : at.toString();
    }

    static void display(int clients, int perClient) throws Exception {
        Path staticDir = Path.of("target/bench-static");
        Files.createDirectories(staticDir.resolve("scheduling"));
        ConfigurableApplicationContext ctx = SpringApplication.run(PlenaryApplication.class,
                "--server.port=0", "--plenary.data-dir=target/bench-data", "--plenary.database.durable=false",
                "--plenary.database.clean=true", "--plenary.admin.password=bench-admin-password-1",
                "--logging.level.root=WARN", "--logging.level.org.plenary=WARN", "--spring.main.banner-mode=off",
                "--spring.thymeleaf.cache=true", // test-classes' config/application.properties turns it off
                "--server.tomcat.threads.max=200",
                "--spring.web.resources.static-locations=classpath:/static/,file:" + staticDir.toAbsolutePath() + "/");
        try {
            int port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
            todaysSessions(ctx);
            String base = "http://127.0.0.1:" + port;
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            String page = client.send(HttpRequest.newBuilder(URI.create(base + "/display/montbrillant-lobby")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Files.writeString(staticDir.resolve("scheduling/display-copy.html"), page);
            System.out.printf("page: %d bytes, %d rooms shown%n", page.length(), page.split("class=\"room\"").length - 1);
            String[][] targets = {{"static copy (baseline)", "/scheduling/display-copy.html"},
                    {"display page", "/display/montbrillant-lobby"},
                    {"board fragment (polled)", "/display/montbrillant-lobby/board"},
                    {"display JSON", "/api/v1/display/montbrillant-lobby"}};
            for (String[] t : targets) {
                load(client, base + t[1], Math.min(clients, 50), 2); // warm-up
            }
            System.out.printf("%-26s %9s %9s %9s %7s%n", "target", "req/s", "p50 ms", "p99 ms", "errors");
            for (String[] t : targets) {
                long[] r = load(client, base + t[1], clients, perClient);
                System.out.printf("%-26s %9d %9d %9d %7d%n", t[0], r[0], r[1], r[2], r[3]);
            }
        } finally {
            ctx.close();
        }
    }

    /** Gives the demo venue a meeting running today with eight rooms busy, published, so the screen is full. */
    private static void todaysSessions(ConfigurableApplicationContext ctx) {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("bench", null, "ROLE_SECRETARIAT"));
        MeetingSetup meetings = ctx.getBean(MeetingSetup.class);
        SessionEditing editing = ctx.getBean(SessionEditing.class);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Zurich"));
        String code = "BENCH-" + today;
        meetings.create(code, 12, new MeetingDetails(LocalizedText.en("Benchmark meeting"),
                LocalizedText.en("Geneva"), LocalizedText.en("ITU headquarters"), today, today.plusDays(1),
                "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30), null, null, "bench@example.org", null));
        List<Room> rooms = ctx.getBean(RoomManagement.class).rooms(code);
        int[] questions = {4, 5, 6, 7, 9, 10, 12, 13, 14, 15, 16, 17, 19, 20, 1, 2};
        int q = 0;
        for (Room r : rooms) {
            for (String[] t : new String[][] {{"09:30", "12:30"}, {"14:30", "17:30"}}) {
                editing.create(code, new Session.Input(SessionKind.QUESTION, null, List.of(questions[q++ % 16]),
                        null, today, LocalTime.parse(t[0]), LocalTime.parse(t[1]), r.id(), null, List.of(), false, 20,
                        false, 0, null, java.util.Set.of(), null));
            }
        }
        ctx.getBean(SchedulePublishing.class).publish(code, "benchmark");
        SecurityContextHolder.clearContext();
    }

    /** {@code clients} concurrent loops of {@code each} GETs; returns req/s, p50, p99 (ms) and errors. */
    static long[] load(HttpClient client, String url, int clients, int each) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build();
        long[] latencies = new long[clients * each];
        AtomicInteger slot = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        List<CompletableFuture<Void>> loops = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            CompletableFuture<Void> f = CompletableFuture.completedFuture(null);
            for (int i = 0; i < each; i++) {
                f = f.thenCompose(v -> {
                    long t = System.nanoTime();
                    return client.sendAsync(req, HttpResponse.BodyHandlers.ofByteArray()).handle((r, e) -> {
                        if (e != null || r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        latencies[slot.getAndIncrement()] = (System.nanoTime() - t) / 1_000_000;
                        return null;
                    });
                });
            }
            loops.add(f);
        }
        CompletableFuture.allOf(loops.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] sorted = Arrays.copyOf(latencies, slot.get());
        Arrays.sort(sorted);
        return new long[] {Math.round(sorted.length / seconds), sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.99)], errors.get()};
    }
}
