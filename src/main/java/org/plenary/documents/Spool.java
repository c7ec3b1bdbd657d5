package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Local temporary files for uploads, on the same file system as the local blob store so that a
 * finished upload moves into place atomically. Hashes while it copies.
 */
class Spool {

    private final Path dir;

    Spool(Path dir) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        Files.createDirectories(this.dir);
    }

    /** A spooled upload; closing it removes the temporary file unless the blob store took it. */
    record Spooled(Path path, String sha256, long size) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            Files.deleteIfExists(path);
        }
    }

    Spooled write(InputStream in) throws IOException {
        Path tmp = Files.createTempFile(dir, "upload-", ".part");
        MessageDigest digest = sha256();
        long size;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), digest)) {
            size = in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new Spooled(tmp, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Removes temporary files left by uploads that were interrupted (a crash, a killed process). */
    int removeOlderThan(Instant before) throws IOException {
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                try {
                    if (Files.getLastModifiedTime(p).toInstant().isBefore(before) && Files.deleteIfExists(p)) {
                        removed++;
                    }
                } catch (NoSuchFileException e) {
                    // gone meanwhile
                }
            }
        }
        return removed;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
