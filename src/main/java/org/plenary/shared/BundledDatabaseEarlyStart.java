package org.plenary.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the bundled PostgreSQL on a thread of its own as soon as the settings are known, so that
 * initdb (a fresh data directory) or the server's start (a restart) runs while Spring reads the
 * configuration classes and builds the first beans, instead of after them: on two cores this takes
 * seconds off the start. {@link EmbeddedPostgresConfig} then takes the server when the connection
 * pool needs it, and a start failure (the data directory in use) surfaces there, as before. If the
 * context fails before that, the server is stopped with the context's beans. Registered in
 * {@code META-INF/spring.factories}, so the tests start the same way; nothing starts early when an
 * external database is configured.
 */
class BundledDatabaseEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN = "plenary.bundledDatabaseEarlyStart";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!EmbeddedPostgresConfig.bundled(context.getEnvironment())
                || !(context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry)
                || registry.containsSingleton(BEAN)) {
            return;
        }
        Binder binder = Binder.get(context.getEnvironment());
        Pending pending = new Pending(binder.bind("plenary.data-dir", Path.class).orElse(Path.of("./data")),
                binder.bind("plenary.database.durable", Boolean.class).orElse(true),
                binder.bind("plenary.database.clean", Boolean.class).orElse(false));
        registry.registerSingleton(BEAN, pending);
        registry.registerDisposableBean(BEAN, pending);
    }

    /** The server being started with these settings; handed over once, stopped at the end if never taken. */
    static final class Pending implements DisposableBean {

        private final Path dataDir;
        private final boolean durable;
        private final boolean clean;
        private final CompletableFuture<BundledDatabase> start;
        private final AtomicBoolean taken = new AtomicBoolean();

        Pending(Path dataDir, boolean durable, boolean clean) {
            this.dataDir = dataDir;
            this.durable = durable;
            this.clean = clean;
            this.start = CompletableFuture.supplyAsync(() -> {
                try {
                    return BundledDatabase.start(dataDir, durable, clean);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, task -> {
                Thread t = new Thread(task, "plenary-postgres-start");
                t.setDaemon(true);
                t.start();
            });
        }

        /** The started server if it was started with these settings, else empty (then stopped here). */
        BundledDatabase take(Path dataDir, boolean durable, boolean clean) throws IOException {
            if (!taken.compareAndSet(false, true)) {
                throw new IllegalStateException("The bundled PostgreSQL started early was taken already");
            }
            BundledDatabase db = join();
            if (this.dataDir.equals(dataDir) && this.durable == durable && this.clean == clean) {
                return db;
            }
            db.close();
            return null;
        }

        private BundledDatabase join() throws IOException {
            try {
                return start.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() instanceof UncheckedIOException u ? u.getCause() : e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }

        @Override
        public void destroy() throws IOException {
            if (taken.compareAndSet(false, true)) {
                try {
                    join().close();
                } catch (IOException | RuntimeException e) {
                    // it never started: nothing to stop
                }
            }
        }
    }
}
