package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where file bytes live, addressed by their SHA-256 (lower-case hex). Writing the same bytes twice
 * stores them once. {@link #put} returns only when the bytes are durable.
 */
interface BlobStore {

    /**
     * Makes the bytes of {@code file} durable under {@code sha256} and consumes the file (moved or
     * deleted). When the blob exists already its age is refreshed, so that the orphan cleanup does
     * not take it away from an upload that is about to reference it.
     */
    void put(Path file, String sha256) throws IOException;

    default InputStream open(String sha256) throws IOException {
        return open(sha256, 0);
    }

    /** The blob's bytes from {@code offset} on (a range request reads only what it sends). */
    InputStream open(String sha256, long offset) throws IOException;

    boolean exists(String sha256) throws IOException;

    /** Calls {@code action} with every blob last written before {@code before}. */
    void forEachOlderThan(Instant before, Consumer<String> action) throws IOException;

    void delete(String sha256) throws IOException;

    static void checkHash(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
        }
    }
}
