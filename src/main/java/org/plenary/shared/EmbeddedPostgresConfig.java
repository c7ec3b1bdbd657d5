package org.plenary.shared;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the bundled PostgreSQL when no external datasource is configured
 * ({@code spring.datasource.url} unset). Data lives under {@code plenary.data-dir}/postgres,
 * survives restarts, and the server stops with the application. One application per data
 * directory ({@link DataDirectoryLock}); every connection needs the generated password.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfig.NoExternalDatabase.class)
public class EmbeddedPostgresConfig {

    @Bean(destroyMethod = "close")
    BundledDatabase bundledDatabase(@Value("${plenary.data-dir:./data}") Path dataDir,
            @Value("${plenary.database.durable:true}") boolean durable,
            @Value("${plenary.database.clean:false}") boolean clean) throws IOException {
        return BundledDatabase.start(dataDir, durable, clean);
    }

    /** The server itself, stopped by {@link BundledDatabase#close()}. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(BundledDatabase db) {
        return db.server();
    }

    /**
     * While PostgreSQL is down a request waits at most the connection timeout (then answers
     * 503); the pool reconnects by itself once the server is back.
     */
    @Bean(destroyMethod = "close")
    DataSource dataSource(BundledDatabase db, @Value("${plenary.database.pool-size:20}") int poolSize,
            @Value("${spring.datasource.hikari.connection-timeout:3000}") long connectionTimeoutMillis) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        config.setUsername(BundledDatabase.USERNAME);
        config.setPassword(db.password());
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setValidationTimeout(Math.min(1000, connectionTimeoutMillis / 2));
        config.setPoolName("plenary-embedded");
        return new HikariDataSource(config);
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
