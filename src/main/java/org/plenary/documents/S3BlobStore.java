package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs in an S3-compatible bucket, for deployments on several machines:
 * {@code <prefix>sha256/ab/abcd…}. S3 checks the SHA-256 we send with each object, and a PUT
 * is durable when it returns. Putting bytes that exist already rewrites them, which refreshes
 * the object's age for the orphan cleanup.
 */
class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3BlobStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = normalisePrefix(prefix);
    }

    static String normalisePrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            return "";
        }
        String p = prefix.strip().replaceAll("^/+", "");
        return p.endsWith("/") ? p : p + "/";
    }

    String key(String sha256) {
        BlobStore.checkHash(sha256);
        return prefix + "sha256/" + sha256.substring(0, 2) + "/" + sha256;
    }

    /** The key's hash, or null when the key is not one of ours. */
    String hashOf(String key) {
        if (!key.startsWith(prefix + "sha256/")) {
            return null;
        }
        String name = key.substring(key.lastIndexOf('/') + 1);
        return name.matches("[0-9a-f]{64}") && key.equals(key(name)) ? name : null;
    }

    /** S3 wants the checksum in base64, we keep it in hex. */
    static String base64(String sha256Hex) {
        return Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex));
    }

    @Override
    public void put(Path file, String sha256) throws IOException {
        s3.putObject(b -> b.bucket(bucket).key(key(sha256)).checksumSHA256(base64(sha256)),
                RequestBody.fromFile(file));
        Files.deleteIfExists(file);
    }

    @Override
    public InputStream open(String sha256, long offset) {
        if (offset > 0) {
            return s3.getObject(b -> b.bucket(bucket).key(key(sha256)).range("bytes=" + offset + "-"));
        }
        return s3.getObject(b -> b.bucket(bucket).key(key(sha256)));
    }

    @Override
    public boolean exists(String sha256) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key(sha256)));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void forEachOlderThan(Instant before, Consumer<String> action) {
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix + "sha256/")).contents()) {
            String hash = hashOf(o.key());
            if (hash != null && o.lastModified().isBefore(before)) {
                action.accept(hash);
            }
        }
    }

    @Override
    public void delete(String sha256) {
        s3.deleteObject(b -> b.bucket(bucket).key(key(sha256)));
    }
}
