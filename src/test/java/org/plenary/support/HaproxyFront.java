package org.plenary.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy (/usr/sbin/haproxy) in front of the nodes, on a free loopback port, as the README's
 * operations notes describe: round robin, a health check on each node's readiness endpoint every
 * 500 ms (down after 2 failures), a request that cannot reach its node retried on another
 * ({@code option redispatch}), and the serving node named in the {@code X-Served-By} answer header.
 */
public final class HaproxyFront implements AutoCloseable {

    public static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final int port = AppNode.freePort();
    private final Path config;
    private final Process process;

    HaproxyFront(Path dir, List<AppNode> nodes) {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is not installed (Debian package haproxy; .ci/run installs it)");
        }
        try {
            Files.createDirectories(dir);
            config = dir.resolve("haproxy.cfg");
            Files.writeString(config, config(nodes));
            process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", config.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("haproxy.log").toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().alias("HAProxy listening on " + port).atMost(Duration.ofSeconds(10)).until(this::listening);
    }

    private String config(List<AppNode> nodes) {
        String servers = nodes.stream().map(n -> "  server %s 127.0.0.1:%d check".formatted(n.name(), n.port()))
                .collect(Collectors.joining("\n"));
        return """
                global
                  maxconn 512
                defaults
                  mode http
                  timeout connect 2s
                  timeout client 60s
                  timeout server 60s
                  timeout tunnel 1h
                  retries 3
                  option redispatch 1
                frontend plenary
                  bind 127.0.0.1:%d
                  default_backend nodes
                backend nodes
                  balance roundrobin
                  option httpchk GET /actuator/health/readiness
                  http-check expect status 200
                  default-server inter 500ms fall 2 rise 1
                  http-response set-header X-Served-By %%s
                %s
                """.formatted(port, servers);
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path config() {
        return config;
    }

    private boolean listening() {
        if (!process.isAlive()) {
            throw new IllegalStateException("HAProxy stopped; see " + config.resolveSibling("haproxy.log"));
        }
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
