package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.plenary.support.TestHttp;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 10, finding 3: a second instance started on the data directory of a running one (its own
 * JVM, as an operator would) refuses with a message naming the directory and touches nothing;
 * the first instance's PostgreSQL keeps running and it keeps serving.
 */
class SecondInstanceTests {

    private static final Path DATA = Path.of("target/second-instance-test-data");

    @Test
    void aSecondInstanceOnTheSameDataDirectoryRefusesAndTheFirstKeepsServing() throws Exception {
        deleteRecursively(DATA);
        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(PlenaryApplication.class).run(
                "--server.port=0", "--plenary.data-dir=" + DATA, "--plenary.database.clean=false",
                "--plenary.database.durable=false", "--spring.main.banner-mode=off")) {
            TestHttp http = new TestHttp(((WebServerApplicationContext) first).getWebServer().getPort());
            long postmaster = Long.parseLong(
                    Files.readAllLines(DATA.resolve("postgres/postmaster.pid")).get(0).trim());

            Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-cp", System.getProperty("java.class.path"), PlenaryApplication.class.getName(),
                    "--server.port=0", "--plenary.data-dir=" + DATA, "--plenary.database.clean=false",
                    "--plenary.database.durable=false", "--spring.main.banner-mode=off")
                    .redirectErrorStream(true).start();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
            System.out.println(output);

            assertThat(second.exitValue()).as("the second instance does not start").isNotZero();
            assertThat(output).contains("The data directory " + DATA.toAbsolutePath().normalize()
                    + " is in use by another running Plenary instance");
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as("the first instance's PostgreSQL still runs").isTrue();
            assertThat(http.get("/api/v1/meetings/SG12-2026-06").status()).isEqualTo(200);
            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
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
