package org.plenary.shared;

import java.io.IOException;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
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

    /** The server {@link BundledDatabaseEarlyStart} began to start with the context, or one started now. */
    @Bean(destroyMethod = "close")
    BundledDatabase bundledDatabase(PlenaryProperties plenary, DatabaseProperties database,
            ObjectProvider<BundledDatabaseEarlyStart.Pending> early) throws IOException {
        BundledDatabaseEarlyStart.Pending pending = early.getIfAvailable();
        BundledDatabase started = pending == null ? null
                : pending.take(plenary.dataDir(), database.durable(), database.clean());
        return started != null ? started
                : BundledDatabase.start(plenary.dataDir(), database.durable(), database.clean());
    }

    /** The server itself, stopped by {@link BundledDatabase#close()}. */
    @Bean(destroyMethod = "")
    EmbeddedPostgres embeddedPostgres(BundledDatabase db) {
        return db.server();
    }

    /**
     * While PostgreSQL is down a request waits at most the connection timeout (then answers
     * 503); the pool reconnects by itself once the server is back. The pool takes Spring's own
     * {@code spring.datasource.hikari.*} settings (connection and validation timeouts), as an
     * external database's pool does; the pool starts at the first connection, once they are bound.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(BundledDatabase db, DatabaseProperties database) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(db.jdbcUrl());
        pool.setUsername(BundledDatabase.USERNAME);
        pool.setPassword(db.password());
        pool.setMaximumPoolSize(database.poolSize());
        pool.setPoolName("plenary-embedded");
        return pool;
    }

    /** Whether the bundled PostgreSQL is the database: no {@code spring.datasource.url} is set. */
    static boolean bundled(Environment environment) {
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return bundled(context.getEnvironment());
        }
    }
}
