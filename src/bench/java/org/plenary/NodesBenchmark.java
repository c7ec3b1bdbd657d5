package org.plenary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.plenary.support.TwoNodes;

/**
 * Issue 16's node benchmark (bench/nodes/run.sh): the built jar as two nodes on one PostgreSQL
 * ({@link TwoNodes}), loaded with wrk first through node a alone, then through HAProxy in front of
 * both. For each path: requests per second, latency, bytes per answer, and what PostgreSQL did per
 * request (statements from pg_stat_statements, transactions and rows from pg_stat_database, deltas
 * around the run, so a few background statements of the nodes count too).
 */
public final class NodesBenchmark {

    static final String MEETING = "SG12-2026-06";

    record Path_(String name, String method, String path) {
    }

    record Result(String target, String path, long requests, double rps, double bytesPerRequest, String p50,
            String p99, long errors, double statements, double transactions, double rows) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        Path dir = Path.of("target", "bench-nodes").toAbsolutePath();
        try (TwoNodes cluster = TwoNodes.start(dir, TwoNodes.settings()
                .postgres("shared_preload_libraries", "pg_stat_statements")
                .postgres("max_connections", "200"))) {
            try (Connection c = cluster.sql(); Statement st = c.createStatement()) {
                st.execute("create extension if not exists pg_stat_statements");
            }
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    (TwoNodes.ADMIN + ":" + cluster.adminPassword()).getBytes(StandardCharsets.UTF_8));
            Path lua = writeScript(dir, cluster.a().url(), basic);
            // the write: following Q4/12 with a write token (one insert, no bcrypt per request, no version
            // conflict between concurrent writers, as an Annex A PUT of one meeting would have)
            List<Path_> paths = List.of(new Path_("meeting page", "GET", "/meetings/" + MEETING),
                    new Path_("sessions JSON", "GET", "/api/v1/meetings/" + MEETING + "/sessions"),
                    new Path_("write: follow Q4/12 (PUT, token)", "PUT", "/api/v1/me/questions/12/4"));
            List<Result> results = new ArrayList<>();
            for (String[] target : List.of(new String[] {"one node", cluster.a().url()},
                    new String[] {"two nodes + HAProxy", cluster.front().url()})) {
                for (Path_ p : paths) {
                    String script = p.method().equals("PUT") ? lua.toString() : null;
                    wrk(target[1] + p.path(), script, 5, connections); // warm-up (JIT, caches)
                    long[] before = counters(cluster);
                    String out = wrk(target[1] + p.path(), script, seconds, connections);
                    Thread.sleep(11_000); // idle backends report their transaction counts within 10 s
                    long[] after = counters(cluster);
                    results.add(result(target[0], p.name(), out, before, after));
                }
            }
            System.out.printf(Locale.ROOT, "%n%d s per run, %d connections, 2 wrk threads, %d cores%n", seconds,
                    connections, Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "%-20s %-34s %9s %9s %8s %8s %10s %7s %9s %8s %6s%n", "target", "path",
                    "requests", "req/s", "p50", "p99", "bytes/req", "errors", "stmts/req", "xact/req", "rows/req");
            for (Result r : results) {
                System.out.printf(Locale.ROOT, "%-20s %-34s %9d %9.0f %8s %8s %10.0f %7d %9.2f %8.2f %6.1f%n",
                        r.target(), r.path(), r.requests(), r.rps(), r.p50(), r.p99(), r.bytesPerRequest(), r.errors(),
                        r.statements(), r.transactions(), r.rows());
            }
        }
    }

    /** Statements (pg_stat_statements), transactions and rows read (pg_stat_database) so far. */
    static long[] counters(TwoNodes cluster) throws SQLException {
        try (Connection c = cluster.sql(); Statement st = c.createStatement()) {
            st.execute("select pg_stat_clear_snapshot()");
            long statements;
            try (ResultSet rs = st.executeQuery("select coalesce(sum(calls), 0) from pg_stat_statements")) {
                rs.next();
                statements = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("""
                    select xact_commit + xact_rollback, tup_returned + tup_fetched
                    from pg_stat_database where datname = current_database()""")) {
                rs.next();
                return new long[] {statements, rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    static Result result(String target, String path, String out, long[] before, long[] after) {
        long requests = group(out, "(\\d+) requests in");
        double rps = Double.parseDouble(text(out, "Requests/sec:\\s+([\\d.]+)"));
        double bytes = size(text(out, "requests in [^,]+, ([\\d.]+\\w+) read"));
        long errors = out.contains("Non-2xx") ? group(out, "Non-2xx or 3xx responses: (\\d+)") : 0;
        errors += out.contains("Socket errors") ? 1 : 0;
        double n = Math.max(1, requests);
        return new Result(target, path, requests, rps, bytes / n, text(out, "50%\\s+(\\S+)"), text(out, "99%\\s+(\\S+)"),
                errors, (after[0] - before[0]) / n, (after[1] - before[1]) / n, (after[2] - before[2]) / n);
    }

    static String wrk(String url, String script, int seconds, int connections) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency"));
        if (script != null) {
            cmd.addAll(List.of("-s", script));
        }
        cmd.add(url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        return out;
    }

    /**
     * A wrk script that follows a Question with a personal access token (write scope), made once with
     * the password: each request is one authenticated transaction with an insert.
     */
    static Path writeScript(Path dir, String node, String basic) throws IOException, InterruptedException {
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(node + "/api/v1/me/tokens")).header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench-nodes\",\"scope\":\"WRITE\",\"expiresInDays\":7}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created.body());
        if (created.statusCode() != 201 && created.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token: " + created.statusCode() + " " + created.body());
        }
        Path lua = dir.resolve("put.lua");
        Files.writeString(lua, """
                wrk.method = "PUT"
                wrk.headers["Authorization"] = "Bearer %s"
                """.formatted(m.group(1)));
        return lua;
    }

    static long group(String out, String regex) {
        return Long.parseLong(text(out, regex));
    }

    static String text(String out, String regex) {
        Matcher m = Pattern.compile(regex).matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in wrk's output:\n" + out);
        }
        return m.group(1);
    }

    /** wrk's "12.34MB" in bytes. */
    static double size(String s) {
        Matcher m = Pattern.compile("([\\d.]+)(\\w+)").matcher(s);
        m.matches();
        double v = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "KB" -> v * 1024;
            case "MB" -> v * 1024 * 1024;
            case "GB" -> v * 1024 * 1024 * 1024;
            default -> v;
        };
    }
}
