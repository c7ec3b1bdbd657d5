package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.plenary.support.TestHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 10, finding 10: the bundled PostgreSQL of a running application is really stopped
 * ({@code pg_ctl stop -m immediate}) and started again on the same directory and port. While it
 * is down the application says so quickly (readiness DOWN, 503 page and problem, login
 * "temporarily unavailable" rather than "wrong password"); once it is back it recovers by itself;
 * with the database down it shuts down quickly. Also: PostgreSQL asks every client for a password.
 */
class DatabaseOutageTests {

    private static final Path DATA = Path.of("target/outage-test-data");
    private static final String ADMIN = "secretariat@plenary.local";
    private static final String ADMIN_PASSWORD = "test-admin-password-1";
    private static final Duration QUICK = Duration.ofSeconds(8);

    @Test
    void postgresStoppedAndStartedAgainUnderARunningApplication() throws Exception {
        deleteRecursively(DATA);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(PlenaryApplication.class).run(
                "--server.port=0", "--plenary.data-dir=" + DATA, "--plenary.database.clean=false",
                "--plenary.database.durable=false", "--spring.main.banner-mode=off",
                "--plenary.admin.password=" + ADMIN_PASSWORD);
        PgCtl postgres = PgCtl.of(DATA.resolve("postgres").toAbsolutePath());
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            MessageSource messages = app.getBean(MessageSource.class);
            String unavailableFr = messages.getMessage("problem.databaseUnavailable", null, Locale.FRENCH);
            String loginUnavailableFr = messages.getMessage("login.unavailable", null, Locale.FRENCH);
            TestHttp http = new TestHttp(port);
            Web web = new Web(port);

            int pgPort = app.getBean(EmbeddedPostgres.class).getPort();
            assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                    "postgres", "").close()).as("no connection without the password").isInstanceOf(SQLException.class);

            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
            assertThat(web.login(ADMIN, ADMIN_PASSWORD)).doesNotContain("/login");

            Web loadedBefore = new Web(port);
            loadedBefore.loadLoginForm();
            // connections in use across the outage go back to the pool just before the login page is
            // asked for: the pool hands them out again without a check (HikariCP skips it for a
            // connection used in the last 500 ms), the first statement fails on the dead socket and
            // the rollback fails too, so the outage arrives as a failed rollback (two connections:
            // the session is saved twice, when the page is written and when the request ends)
            HikariDataSource pool = app.getBean(HikariDataSource.class);
            List<Connection> inUseAcrossTheOutage = List.of(pool.getConnection(), pool.getConnection());
            postgres.stop();

            long t = System.nanoTime();
            TestHttp.Response readiness = http.get("/actuator/health/readiness");
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(readiness.body()).contains("DOWN");
            assertQuick(t, "readiness");
            assertThat(http.get("/actuator/health/liveness").status()).as("alive all the same").isEqualTo(200);

            t = System.nanoTime();
            HttpResponse<String> page = new Web(port).get("/", "fr");
            assertQuick(t, "page");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains(unavailableFr);

            t = System.nanoTime();
            TestHttp.Response problem = http.language("fr").get("/api/v1/meetings/SG12-2026-06");
            assertQuick(t, "API");
            assertThat(problem.status()).isEqualTo(503);
            assertThat(problem.contentType()).startsWith("application/problem+json");
            assertThat(problem.json().get("detail").asString()).isEqualTo(unavailableFr);
            assertThat(problem.json().get("status").asInt()).isEqualTo(503);
            TestHttp.Response basic = http.as(ADMIN, ADMIN_PASSWORD).language("fr").get("/actuator/prometheus");
            assertThat(basic.status()).as("a right password is not answered as wrong").isEqualTo(503);
            assertThat(basic.json().get("detail").asString()).isEqualTo(unavailableFr);

            // sessions live in PostgreSQL: the login page itself says that logging in is unavailable, and a
            // form loaded before the outage is answered the same way, never as a wrong password
            for (Connection c : inUseAcrossTheOutage) {
                c.close();
            }
            t = System.nanoTime();
            HttpResponse<String> loginPage = new Web(port).get("/login", "fr");
            assertQuick(t, "login");
            assertThat(loginPage.statusCode()).isEqualTo(503);
            assertThat(loginPage.body()).contains(HtmlUtils.htmlEscape(loginUnavailableFr))
                    .doesNotContain(messages.getMessage("login.failed", null, Locale.FRENCH));
            HttpResponse<String> posted = loadedBefore.post(ADMIN, ADMIN_PASSWORD, "fr");
            assertThat(posted.statusCode()).isEqualTo(503);
            assertThat(posted.body()).contains(HtmlUtils.htmlEscape(loginUnavailableFr));

            postgres.start();

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (http.get("/actuator/health/readiness").status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            assertThat(http.get("/actuator/health/readiness").status()).as("ready again by itself").isEqualTo(200);
            assertThat(web.get("/", "fr").statusCode()).isEqualTo(200);
            assertThat(http.get("/api/v1/meetings/SG12-2026-06").status()).isEqualTo(200);
            assertThat(new Web(port).login(ADMIN, ADMIN_PASSWORD)).doesNotContain("/login");

            postgres.stop();
            t = System.nanoTime();
            app.close();
            assertThat(Duration.ofNanos(System.nanoTime() - t)).as("shutdown with the database down")
                    .isLessThan(Duration.ofSeconds(10));
        } finally {
            app.close();
            postgres.stopIfRunning();
        }
    }

    private static void assertQuick(long startNanos, String what) {
        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).as(what + " answers quickly").isLessThan(QUICK);
    }

    /** The zonky binaries' pg_ctl on the running server's data directory, with the options it was started with. */
    private record PgCtl(Path dataDir, Path bin, String options) {

        static PgCtl of(Path dataDir) throws IOException {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
            Path postgres = Path.of(ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow());
            String opts = Files.readString(dataDir.resolve("postmaster.opts")).strip();
            return new PgCtl(dataDir, postgres.getParent(), opts.substring(opts.indexOf(' ') + 1));
        }

        void stop() throws Exception {
            run("stop", "-m", "immediate", "-w", "-t", "30");
        }

        void stopIfRunning() throws Exception {
            if (Files.exists(dataDir.resolve("postmaster.pid"))) {
                stop();
            }
        }

        void start() throws Exception {
            run("start", "-w", "-t", "60", "-l", dataDir.resolveSibling("restarted-postgres.log").toString(),
                    "-o", options);
        }

        private void run(String... args) throws Exception {
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
            }
            command.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString()));
            command.addAll(List.of(args));
            // pg_ctl's output into a file, not this JVM's stdout, which is surefire's channel
            Path log = dataDir.resolveSibling("pg_ctl.log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as("pg_ctl " + String.join(" ", args) + ", see " + log).isZero();
        }
    }

    /** A browser-like client: cookies, the login form with its CSRF token, redirects not followed. */
    private static final class Web {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
        private final String base;
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        Web(int port) {
            this.base = "http://localhost:" + port;
        }

        HttpResponse<String> get(String path, String language) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
                    .header("Accept-Language", language).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private String csrf;

        void loadLoginForm() throws Exception {
            Matcher m = CSRF.matcher(get("/login", "en").body());
            assertThat(m.find()).isTrue();
            csrf = m.group(1);
        }

        HttpResponse<String> post(String email, String password, String language) throws Exception {
            String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + csrf;
            return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Loads and posts the login form; answers where it sends the browser. */
        String login(String email, String password) throws Exception {
            loadLoginForm();
            HttpResponse<String> r = post(email, password, "en");
            assertThat(r.statusCode()).isEqualTo(302);
            return r.headers().firstValue("Location").orElseThrow();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
