package org.plenary.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bundled PostgreSQL of one data directory: the directory's lock taken first (a second
 * instance stops there), a server left over by a killed run stopped, then the server started
 * with its data under {@code postgres/} and a password required on every connection.
 */
public final class BundledDatabase implements AutoCloseable {

    public static final String USERNAME = "postgres";
    private static final Logger log = LoggerFactory.getLogger(BundledDatabase.class);

    private final DataDirectoryLock lock;
    private final EmbeddedPostgres server;
    private final String password;

    private BundledDatabase(DataDirectoryLock lock, EmbeddedPostgres server, String password) {
        this.lock = lock;
        this.server = server;
        this.password = password;
    }

    public static BundledDatabase start(Path dataDir, boolean durable, boolean clean) throws IOException {
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        try {
            Path pgDir = lock.directory().resolve("postgres");
            lock.stopLeftOverServer(pgDir);
            if (Files.exists(pgDir.resolve("PG_VERSION")) && !PostgresPassword.trusts(pgDir)
                    && !Files.exists(PostgresPassword.file(lock.directory()))) {
                throw new IllegalStateException("The bundled PostgreSQL in " + pgDir + " requires a password, but "
                        + PostgresPassword.file(lock.directory()) + " is missing; restore it from the backup of the "
                        + "data directory");
            }
            String password = PostgresPassword.readOrCreate(lock.directory());
            String sync = durable ? "on" : "off";
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(clean)
                    .setRegisterShutdownHook(false)
                    // initdb options (zonky passes these as --key=value): a new directory asks for the password at once
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("pwfile", PostgresPassword.file(lock.directory()).toString())
                    .setConnectConfig("password", password)
                    .setServerConfig("fsync", sync)
                    .setServerConfig("synchronous_commit", sync)
                    .setServerConfig("full_page_writes", sync)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            try {
                if (PostgresPassword.trusts(pgDir)) {
                    log.warn("The bundled PostgreSQL in {} accepted connections without a password; it now requires "
                            + "the one in {}", pgDir, PostgresPassword.file(lock.directory()));
                    PostgresPassword.requireOn(server.getPostgresDatabase(), pgDir, password);
                }
            } catch (IOException | RuntimeException e) {
                server.close();
                throw e;
            }
            log.info("Bundled PostgreSQL running on 127.0.0.1:{} with data in {}", server.getPort(), pgDir);
            return new BundledDatabase(lock, server, password);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public EmbeddedPostgres server() {
        return server;
    }

    public String jdbcUrl() {
        return server.getJdbcUrl(USERNAME, "postgres");
    }

    public String password() {
        return password;
    }

    /** Stops the server, then gives the data directory free. */
    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            lock.close();
        }
    }
}
