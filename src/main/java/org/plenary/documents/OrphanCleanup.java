package org.plenary.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes bytes no document references (an upload that failed after its bytes were stored, or a
 * process killed between the two) and temporary files of interrupted uploads, once they are older
 * than {@code plenary.documents.orphan-grace}; younger ones may belong to an upload in progress.
 * Ages are file-system times, so they are compared with the wall clock, not the application's clock.
 */
@Component
class OrphanCleanup {

    private static final Logger log = LoggerFactory.getLogger(OrphanCleanup.class);

    private final BlobStore blobs;
    private final Spool spool;
    private final Documents documents;
    private final DocumentsProperties props;
    private final TransactionTemplate tx;

    OrphanCleanup(BlobStore blobs, Spool spool, Documents documents, DocumentsProperties props,
            TransactionTemplate tx) {
        this.blobs = blobs;
        this.spool = spool;
        this.documents = documents;
        this.props = props;
        this.tx = tx;
    }

    /** A scheduled round ({@code StorageConfig.orphanCleanupTask}, once per cluster). */
    void scheduled() {
        try {
            run(Instant.now().minus(props.orphanGrace()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the task fails this round and runs again after the delay
        }
    }

    /** Removes what is unreferenced and older than {@code before}; returns the hashes of the removed blobs. */
    List<String> run(Instant before) throws IOException {
        List<String> candidates = new ArrayList<>();
        blobs.forEachOlderThan(before, candidates::add);
        List<String> removed = new ArrayList<>();
        for (String sha : candidates) {
            // under the exclusive guard: an acceptance of the same bytes either committed before
            // (then they are referenced) or waits and finds them gone (then it refuses)
            boolean deleted = Boolean.TRUE.equals(tx.execute(s -> {
                documents.guardBytesExclusive(sha);
                if (documents.referenced(sha)) {
                    return false;
                }
                try {
                    blobs.delete(sha);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
            }));
            if (deleted) {
                removed.add(sha);
            }
        }
        int temp = spool.removeOlderThan(before);
        if (!removed.isEmpty() || temp > 0) {
            log.info("Removed {} orphaned document files and {} interrupted uploads", removed.size(), temp);
        }
        return removed;
    }
}
