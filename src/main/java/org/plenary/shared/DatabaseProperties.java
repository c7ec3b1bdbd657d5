package org.plenary.shared;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code plenary.database.*}: the bundled PostgreSQL (unused with {@code spring.datasource.url}).
 *
 * @param durable fsync on (off only for throwaway test databases)
 * @param clean delete the data directory's database at start (tests)
 * @param poolSize the connection pool's size
 */
@Validated
@ConfigurationProperties("plenary.database")
record DatabaseProperties(@DefaultValue("true") boolean durable, @DefaultValue("false") boolean clean,
        @DefaultValue("20") @Positive int poolSize) {
}
