package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store's layout, atomic placement and de-duplication; the S3 store's key layout. */
class BlobStoreTests {

    @TempDir
    Path dir;

    @Test
    void localStoreKeepsBytesUnderTheirHashOnceAndConsumesTheSpooledFile() throws IOException {
        LocalBlobStore store = new LocalBlobStore(dir);
        Spool spool = new Spool(dir.resolve("incoming"));
        byte[] bytes = TestFiles.pdf();
        Spool.Spooled s = spool.write(new ByteArrayInputStream(bytes));
        assertThat(s.sha256()).isEqualTo(TestFiles.sha256(bytes));
        assertThat(s.size()).isEqualTo(bytes.length);
        store.put(s.path(), s.sha256());
        assertThat(s.path()).doesNotExist();
        assertThat(store.path(s.sha256())).isEqualTo(dir.resolve("sha256").resolve(s.sha256().substring(0, 2))
                .resolve(s.sha256()).toAbsolutePath());
        try (InputStream in = store.open(s.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }

        Files.setLastModifiedTime(store.path(s.sha256()), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Spool.Spooled again = spool.write(new ByteArrayInputStream(bytes));
        store.put(again.path(), again.sha256());
        assertThat(again.path()).doesNotExist();
        assertThat(Files.getLastModifiedTime(store.path(s.sha256())).toInstant())
                .as("storing the same bytes again refreshes their age").isAfter(Instant.parse("2021-01-01T00:00:00Z"));
        List<String> old = new ArrayList<>();
        store.forEachOlderThan(Instant.parse("2021-01-01T00:00:00Z"), old::add);
        assertThat(old).isEmpty();
        store.forEachOlderThan(Instant.now().plusSeconds(60), old::add);
        assertThat(old).containsExactly(s.sha256());
        try (var files = Files.list(dir.resolve("incoming"))) {
            assertThat(files.count()).as("no temporary file left").isZero();
        }
    }

    @Test
    void s3KeysAreContentAddressedUnderThePrefixAndChecksumsGoInBase64() {
        S3BlobStore s3 = new S3BlobStore(null, "bucket", "/plenary/documents");
        String sha = TestFiles.sha256(new byte[] {1, 2, 3});
        assertThat(s3.key(sha)).isEqualTo("plenary/documents/sha256/" + sha.substring(0, 2) + "/" + sha);
        assertThat(s3.hashOf(s3.key(sha))).isEqualTo(sha);
        assertThat(s3.hashOf("plenary/documents/sha256/zz/" + sha)).as("not where that hash lives").isNull();
        assertThat(s3.hashOf("other/" + sha)).isNull();
        assertThat(new S3BlobStore(null, "b", "").key(sha)).startsWith("sha256/");
        assertThat(S3BlobStore.base64("039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81"))
                .isEqualTo("A5BYxvLAy0ksUzsKTRTvd8wPeKvMztUofYShogEc+4E=");
        Assertions.assertThatThrownBy(() -> s3.key("../../etc"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
