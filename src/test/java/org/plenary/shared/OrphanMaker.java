package org.plenary.shared;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a child JVM: starts the bundled PostgreSQL as the application does (data directory
 * locked, password required), writes a row, then dies as if killed.
 */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        BundledDatabase db = BundledDatabase.start(Path.of(args[0]), true, false);
        try (Connection c = db.server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('survives')");
        }
        Runtime.getRuntime().halt(0);
    }
}
