package org.plenary.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

import javax.sql.DataSource;

/**
 * The bundled PostgreSQL's superuser password: generated at first start, kept in
 * {@code postgres.password} next to the database files, readable by the owner only. PostgreSQL
 * asks for it on every connection (scram-sha-256 in {@code pg_hba.conf}); a data directory of an
 * earlier version that still trusts local connections is switched over at its first start.
 */
final class PostgresPassword {

    static final String FILE = "postgres.password";
    static final String HBA = """
            # Written by Plenary: every connection needs the password kept in postgres.password.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private PostgresPassword() {
    }

    static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /** The password, from its file; a new random one if there is none yet. The file is always owner-only. */
    static String readOrCreate(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (!Files.exists(file)) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY)),
                        password + "\n", StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException e) {
                // another start created it first; read that one
            }
        }
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, EnumSet.copyOf(OWNER_ONLY));
        }
        String password = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (password.isEmpty()) {
            throw new IllegalStateException(file + " is empty; delete it only together with the database");
        }
        return password;
    }

    /** True if {@code pg_hba.conf} lets some connection in without a password (versions before this one). */
    static boolean trusts(Path pgDir) throws IOException {
        Path hba = pgDir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readAllLines(hba).stream()
                .map(l -> l.replaceAll("#.*", "").trim())
                .filter(l -> !l.isEmpty())
                .anyMatch(l -> Arrays.asList(l.split("\\s+")).contains("trust"));
    }

    /**
     * Sets the password on a server that still trusts local connections, then makes every
     * connection ask for it ({@code pg_hba.conf} rewritten and reloaded).
     */
    static void requireOn(DataSource trusted, Path pgDir, String password) throws IOException {
        try (Connection c = trusted.getConnection(); Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role postgres password '" + password.replace("'", "''") + "'");
            Path next = pgDir.resolve("pg_hba.conf.plenary");
            Files.writeString(next, HBA, StandardCharsets.US_ASCII);
            Files.move(next, pgDir.resolve("pg_hba.conf"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not set the bundled PostgreSQL's password in " + pgDir, e);
        }
    }
}
