package org.plenary.shared;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Run in a child JVM: starts the bundled PostgreSQL, writes a row, then dies as if killed. */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false).setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('survives')");
        }
        Runtime.getRuntime().halt(0);
    }
}
