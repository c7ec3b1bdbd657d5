package org.plenary.documents;

import java.io.IOException;
import java.io.InputStream;

import org.springframework.core.io.AbstractResource;

/**
 * A stored file as a resource of known length, so that Spring MVC answers {@code Range} requests
 * with 206 (one range, or several as {@code multipart/byteranges}) and 416 for impossible ones, from
 * either store. Each {@link #getInputStream()} opens the blob lazily: a skip before the first read
 * only moves the offset, so a range is read from the store starting at its first byte (a ranged
 * GET on S3, a positioned channel on disk), not by reading and discarding what precedes it.
 */
final class BlobResource extends AbstractResource {

    private final BlobStore blobs;
    private final String sha256;
    private final long size;

    BlobResource(BlobStore blobs, String sha256, long size) {
        BlobStore.checkHash(sha256);
        this.blobs = blobs;
        this.sha256 = sha256;
        this.size = size;
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public String getDescription() {
        return "blob " + sha256;
    }

    @Override
    public InputStream getInputStream() {
        return new OffsetStream();
    }

    /** Opens the blob at the first read, from the offset the skips before it reached. */
    private final class OffsetStream extends InputStream {

        private long offset;
        private InputStream in;

        private InputStream in() throws IOException {
            if (in == null) {
                in = offset >= size ? InputStream.nullInputStream() : blobs.open(sha256, offset);
            }
            return in;
        }

        @Override
        public long skip(long n) throws IOException {
            if (in != null) {
                return in.skip(n);
            }
            long skipped = Math.max(0, Math.min(n, size - offset));
            offset += skipped;
            return skipped;
        }

        @Override
        public int read() throws IOException {
            return in().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return in().read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
            }
        }
    }
}
