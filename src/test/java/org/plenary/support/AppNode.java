package org.plenary.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Plenary node: the built jar ({@code target/plenary-*.jar}) in a JVM of its own, as an operator
 * runs it, configured by environment variables only, on a free loopback port, its output in
 * {@code <dir>/node.log}. {@link #kill()} is a SIGKILL; {@link #start()} starts it again with the same
 * settings.
 */
public final class AppNode implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path dir;
    private final int port;
    private final Map<String, String> env;
    private Process process;

    AppNode(String name, Path dir, Map<String, String> env) {
        this.name = name;
        this.dir = dir;
        this.port = freePort();
        this.env = new LinkedHashMap<>(env);
        this.env.put("PORT", String.valueOf(port));
        this.env.putIfAbsent("PLENARY_DATA_DIR", dir.resolve("data").toString());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return dir.resolve("node.log");
    }

    /** Starts the JVM (not waiting for it: {@link #awaitReady}). */
    public AppNode start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " runs already");
        }
        try {
            Files.createDirectories(dir);
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx400m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=UTC",
                    "-jar", jar().toString(), "--spring.main.banner-mode=off"));
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            pb.environment().putAll(env);
            process = pb.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node's readiness endpoint answers 200 (what the load balancer checks). */
    public AppNode awaitReady(Duration atMost) {
        await().alias(name + " ready (see " + log() + ")").atMost(atMost).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " stopped while starting; see " + log());
                    }
                    return ready();
                });
        return this;
    }

    /** Whether the readiness endpoint answers 200 now. */
    public boolean ready() {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no graceful drain, as a crashed machine. */
    public void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A normal stop (SIGTERM: graceful shutdown). */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    /** The application jar the build packaged. */
    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("plenary-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/plenary-*.jar: run after package"))
                    .toAbsolutePath();
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
