package org.plenary.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plenary.shared.PlenaryProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The blob store is chosen by configuration: local files by default, S3 when asked (no network needed to build it). */
class StorageConfigTests {

    @TempDir
    Path dir;

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({DocumentsProperties.class, PlenaryProperties.class})
    static class Props {
    }

    ApplicationContextRunner runner() {
        return new ApplicationContextRunner().withUserConfiguration(Props.class, StorageConfig.class)
                .withPropertyValues("plenary.data-dir=" + dir);
    }

    @Test
    void localFilesUnderTheDataDirectoryByDefault() {
        runner().run(ctx -> {
            assertThat(ctx.getBean(BlobStore.class)).isInstanceOf(LocalBlobStore.class);
            assertThat(dir.resolve("documents/sha256")).isDirectory();
            assertThat(dir.resolve("documents/incoming")).isDirectory();
        });
    }

    @Test
    void s3WhenConfiguredAndABucketIsRequired() {
        runner().withPropertyValues("plenary.documents.storage=s3", "plenary.documents.s3.bucket=plenary-docs",
                "plenary.documents.s3.region=eu-central-1", "plenary.documents.s3.endpoint=http://127.0.0.1:9",
                "plenary.documents.s3.path-style=true", "plenary.documents.s3.prefix=sg12/")
                .run(ctx -> {
                    S3BlobStore s3 = (S3BlobStore) ctx.getBean(BlobStore.class);
                    assertThat(s3.key("ab".repeat(32))).isEqualTo("sg12/sha256/ab/" + "ab".repeat(32));
                });
        runner().withPropertyValues("plenary.documents.storage=s3")
                .run(ctx -> assertThat(ctx).hasFailed());
    }
}
