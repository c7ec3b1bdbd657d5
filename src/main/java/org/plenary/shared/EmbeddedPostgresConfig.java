package org.plenary.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * survives restarts, and the server stops with the application.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfig.NoExternalDatabase.class)
public class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${plenary.data-dir:./data}") Path dataDir,
            @Value("${plenary.database.durable:true}") boolean durable,
            @Value("${plenary.database.clean:false}") boolean clean) throws IOException {
        Path pgDir = dataDir.resolve("postgres").toAbsolutePath().normalize();
        Files.createDirectories(pgDir.getParent());
        stopOrphanedServer(pgDir);
        String sync = durable ? "on" : "off";
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(pgDir)
                .setCleanDataDirectory(clean)
                .setRegisterShutdownHook(false)
                .setServerConfig("fsync", sync)
                .setServerConfig("synchronous_commit", sync)
                .setServerConfig("full_page_writes", sync)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        log.info("Bundled PostgreSQL running on 127.0.0.1:{} with data in {}", pg.getPort(), pgDir);
        return pg;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres pg, @Value("${plenary.database.pool-size:20}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(pg.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("plenary-embedded");
        return new HikariDataSource(config);
    }

    /**
     * After a hard kill of the application its PostgreSQL child may still run and hold
     * {@code postmaster.pid}; stop it so that this start can take the data directory over.
     */
    static void stopOrphanedServer(Path pgDir) throws IOException {
        Path pidFile = pgDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isPresent() && process.get().info().command().orElse("").contains("postgres")) {
            log.warn("Stopping PostgreSQL left over from an earlier run (pid {})", pid);
            ProcessHandle handle = process.get();
            handle.destroy();
            try {
                handle.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
