package org.plenary.documents;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code plenary.documents.*}: upload limits, archive checks and where the bytes are stored.
 *
 * @param maxFileSize largest file accepted (also the multipart limit)
 * @param storage {@code local} (under the data directory) or {@code s3}
 * @param orphanGrace how old unreferenced bytes must be before the cleanup removes them
 */
@ConfigurationProperties("plenary.documents")
record DocumentsProperties(@DefaultValue("100MB") DataSize maxFileSize, @DefaultValue("local") String storage,
        Path localRoot, @DefaultValue("PT1H") Duration orphanGrace, @DefaultValue Archive archive,
        @DefaultValue S3 s3) {

    /** Limits for .docx, .xlsx, .pptx and .zip, which are zip archives. */
    record Archive(@DefaultValue("10000") int maxEntries, @DefaultValue("1GB") DataSize maxUncompressed,
            @DefaultValue("100") int maxRatio) {
    }

    record S3(String bucket, @DefaultValue("plenary/documents/") String prefix, String region, URI endpoint,
            @DefaultValue("false") boolean pathStyle) {
    }
}
