package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled PostgreSQL's traps (stack notes 1-3): data survives a restart; a server left
 * running by a killed application is stopped so the next start can take the directory over, but
 * only by a start that holds the directory's lock; every connection needs the password.
 */
class BundledDatabaseTests {

    @TempDir
    Path dir;

    @Test
    void anOrphanedServerIsStoppedAndItsDataKept() throws Exception {
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dir.toString())
                // into a file, not this JVM's stdout: that is surefire's channel, which output of
                // its own corrupts ("Corrupted channel by directly writing to native stream")
                .redirectErrorStream(true).redirectOutput(dir.resolve("orphan-maker.log").toFile()).start();
        assertThat(killed.waitFor(120, TimeUnit.SECONDS)).as("see " + dir.resolve("orphan-maker.log")).isTrue();
        long pid = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(pid)).isPresent();

        // The application's JVM is gone (and with it its lock); its PostgreSQL still runs and holds the directory.
        try (BundledDatabase next = BundledDatabase.start(dir, true, false);
                Connection c = DriverManager.getConnection(next.jdbcUrl(), "postgres", next.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("survives");
        }
    }

    @Test
    void aStalePidFileOfAnotherProcessIsLeftAlone() throws Exception {
        Path data = Files.createDirectories(dir.resolve("postgres"));
        long self = ProcessHandle.current().pid();
        Files.writeString(data.resolve("postmaster.pid"), self + "\n" + data + "\n");
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir)) {
            lock.stopLeftOverServer(data);
        }
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void aLockedDirectoryIsRefusedAndItsServerKeepsRunning() throws Exception {
        try (BundledDatabase first = BundledDatabase.start(dir, false, false)) {
            long pid = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).trim());
            assertThatThrownBy(() -> BundledDatabase.start(dir, false, false))
                    .isInstanceOf(DataDirectoryLock.DataDirectoryInUseException.class)
                    .hasMessageContaining(dir.toAbsolutePath().normalize().toString())
                    .hasMessageContaining("in use by another running Plenary instance");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isTrue();
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "postgres", first.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
        // released with the application: the next start takes the directory
        try (BundledDatabase again = BundledDatabase.start(dir, false, false)) {
            assertThat(again.password()).isNotBlank();
        }
    }

    @Test
    void everyConnectionNeedsTheGeneratedPassword() throws Exception {
        try (BundledDatabase db = BundledDatabase.start(dir, false, false)) {
            assertRefusedWithoutPassword(db);
            Path file = dir.resolve("postgres.password");
            assertThat(Files.readString(file).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void aDirectoryOfAnEarlierVersionWithoutPasswordIsSwitchedOverAndKeepsItsData() throws Exception {
        Path pgDir = dir.resolve("postgres");
        // what versions before this one left behind: zonky's defaults, every local connection trusted
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(pgDir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setServerConfig("listen_addresses", "127.0.0.1").start();
                Connection c = DriverManager.getConnection(old.getJdbcUrl("postgres", "postgres"));
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('survives')");
        }
        for (int start = 0; start < 2; start++) {
            try (BundledDatabase db = BundledDatabase.start(dir, false, false)) {
                assertRefusedWithoutPassword(db);
                try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "postgres", db.password());
                        Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select v from kept")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("survives");
                }
            }
        }
    }

    private static void assertRefusedWithoutPassword(BundledDatabase db) {
        String url = "jdbc:postgresql://127.0.0.1:" + db.server().getPort() + "/postgres";
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
    }
}
