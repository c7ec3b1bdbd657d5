package org.plenary.documents;

import java.io.IOException;
import java.nio.file.Path;

import org.plenary.shared.PlenaryProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** Local storage under {@code ${plenary.data-dir}/documents} unless {@code plenary.documents.storage=s3}. */
@Configuration(proxyBeanMethods = false)
class StorageConfig {

    /** Uploads are spooled here first, on the local disk, whatever the blob store. */
    @Bean
    Spool spool(DocumentsProperties props, PlenaryProperties plenary) throws IOException {
        return new Spool(root(props, plenary.dataDir()).resolve("incoming"));
    }

    static Path root(DocumentsProperties props, Path dataDir) {
        return props.localRoot() != null ? props.localRoot() : dataDir.resolve("documents");
    }

    @Bean
    @ConditionalOnProperty(name = "plenary.documents.storage", havingValue = "local", matchIfMissing = true)
    BlobStore localBlobStore(DocumentsProperties props, PlenaryProperties plenary)
            throws IOException {
        return new LocalBlobStore(root(props, plenary.dataDir()));
    }

    @Bean
    @ConditionalOnProperty(name = "plenary.documents.storage", havingValue = "s3")
    BlobStore s3BlobStore(DocumentsProperties props) {
        return s3(props.s3(), null);
    }

    /**
     * The S3 store from its settings; {@code credentials} null: the AWS SDK's default chain
     * ({@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}, profile, instance or task role).
     */
    static S3BlobStore s3(DocumentsProperties.S3 c, AwsCredentialsProvider credentials) {
        if (c.bucket() == null || c.bucket().isBlank()) {
            throw new IllegalStateException("plenary.documents.storage=s3 needs plenary.documents.s3.bucket");
        }
        S3ClientBuilder b = S3Client.builder().forcePathStyle(c.pathStyle());
        if (c.region() != null && !c.region().isBlank()) {
            b.region(Region.of(c.region()));
        }
        if (c.endpoint() != null) {
            b.endpointOverride(c.endpoint());
        }
        if (credentials != null) {
            b.credentialsProvider(credentials);
        }
        return new S3BlobStore(b.build(), c.bucket(), c.prefix());
    }
}
