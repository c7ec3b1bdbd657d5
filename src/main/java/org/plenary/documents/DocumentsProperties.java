package org.plenary.documents;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.documents.*}: upload limits, archive checks and where the bytes are stored.
 *
 * @param maxFileSize largest file accepted (also the multipart limit)
 * @param storage {@code local} (under the data directory) or {@code s3}
 * @param localRoot where local storage keeps the bytes; unset: {@code documents/} under the data directory
 * @param orphanGrace how old unreferenced bytes must be before the cleanup removes them
 * @param archive limits for files that are zip archives
 * @param s3 the S3 bucket, with {@code storage=s3}
 * @param cleanupDelay the pause between two runs of the cleanup of unreferenced bytes (once per cluster)
 */
@Validated
@ConfigurationProperties("plenary.documents")
record DocumentsProperties(@DefaultValue("100MB") DataSize maxFileSize, @DefaultValue("local") String storage,
        Path localRoot, @DefaultValue("PT1H") Duration orphanGrace, @DefaultValue @Valid Archive archive,
        @DefaultValue S3 s3, @DefaultValue("PT1H") @DurationMin(minutes = 1) Duration cleanupDelay) {

    /**
     * Limits for .docx, .xlsx, .pptx and .zip, which are zip archives.
     *
     * @param maxEntries files one archive may hold
     * @param maxUncompressed size of its files once unpacked
     * @param maxRatio how many times larger unpacked than packed (zip bombs)
     */
    record Archive(@DefaultValue("10000") @Positive int maxEntries, @DefaultValue("1GB") DataSize maxUncompressed,
            @DefaultValue("100") @Positive int maxRatio) {
    }

    /**
     * @param bucket the bucket (required with {@code storage=s3})
     * @param prefix the key prefix inside the bucket
     * @param region the bucket's region; unset: the AWS SDK's default chain
     * @param endpoint another S3-compatible endpoint (MinIO, Ceph …)
     * @param pathStyle path-style addressing (most S3-compatible servers)
     */
    record S3(String bucket, @DefaultValue("plenary/documents/") String prefix, String region, URI endpoint,
            @DefaultValue("false") boolean pathStyle) {
    }
}
