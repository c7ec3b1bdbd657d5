package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled PostgreSQL's traps (stack notes 1-3): data survives a restart, and a server left
 * running by a killed application is stopped so the next start can take the directory over.
 */
class BundledDatabaseTests {

    @TempDir
    Path dir;

    private EmbeddedPostgres start(Path data) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setServerConfig("listen_addresses", "127.0.0.1").start();
    }

    @Test
    void anOrphanedServerIsStoppedAndItsDataKept() throws Exception {
        Path data = dir.resolve("postgres");
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), data.toString())
                .inheritIO().start();
        assertThat(killed.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid)).isPresent();

        // The application's JVM is gone; its PostgreSQL still runs and holds the directory.
        EmbeddedPostgresConfig.stopOrphanedServer(data);
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        try (EmbeddedPostgres next = start(data);
                Connection c = next.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives");
        }
    }

    @Test
    void aStalePidFileOfAnotherProcessIsLeftAlone() throws Exception {
        Path data = Files.createDirectories(dir.resolve("stale"));
        long self = ProcessHandle.current().pid();
        Files.writeString(data.resolve("postmaster.pid"), self + "\n");
        EmbeddedPostgresConfig.stopOrphanedServer(data);
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }
}
