package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The bundled PostgreSQL starts with the context, on its own thread: the context takes the running
 * server; a start failure (the directory in use) surfaces when it is taken; a server never taken
 * (the context failed first, or other settings were asked for) is stopped and the directory freed.
 */
class BundledDatabaseEarlyStartTests {

    @TempDir
    Path dir;

    private GenericApplicationContext context() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("plenary.data-dir", dir.toString(), "plenary.database.durable", "false")));
        new BundledDatabaseEarlyStart().initialize(context);
        return context;
    }

    private BundledDatabaseEarlyStart.Pending pending(GenericApplicationContext context) {
        return (BundledDatabaseEarlyStart.Pending) context.getBeanFactory().getSingleton(BundledDatabaseEarlyStart.BEAN);
    }

    @Test
    void theContextTakesTheServerStartedEarly() throws Exception {
        GenericApplicationContext context = context();
        try (BundledDatabase db = pending(context).take(dir, false, false);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), BundledDatabase.USERNAME, db.password())) {
            assertThat(c.isValid(5)).isTrue();
        }
        context.close(); // taken: the context's end leaves it to its owner
    }

    @Test
    void aContextThatFailsBeforeTakingTheServerStopsItAndFreesTheDirectory() throws Exception {
        GenericApplicationContext context = context();
        context.registerBean("broken", String.class, () -> {
            throw new IllegalStateException("a bean that cannot be made");
        });
        assertThatThrownBy(context::refresh).isInstanceOf(BeanCreationException.class);
        try (BundledDatabase next = BundledDatabase.start(dir, false, false)) {
            assertThat(next.password()).isNotBlank();
        }
    }

    @Test
    void otherSettingsThanTheEarlyStartsAreStartedAfresh() throws Exception {
        GenericApplicationContext context = context();
        assertThat(pending(context).take(dir, true, false)).isNull();
        try (BundledDatabase next = BundledDatabase.start(dir, true, false)) {
            assertThat(next.password()).isNotBlank();
        }
        context.close();
    }

    @Test
    void aDirectoryInUseIsReportedWhenTheServerIsTaken() throws Exception {
        try (BundledDatabase first = BundledDatabase.start(dir, false, false)) {
            GenericApplicationContext context = context();
            assertThatThrownBy(() -> pending(context).take(dir, false, false))
                    .isInstanceOf(DataDirectoryLock.DataDirectoryInUseException.class);
            context.close();
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), BundledDatabase.USERNAME,
                    first.password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
    }

    @Test
    void nothingStartsEarlyForAnExternalDatabase() {
        GenericApplicationContext context = new GenericApplicationContext();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:postgresql://db.example/plenary")));
        new BundledDatabaseEarlyStart().initialize(context);
        assertThat(context.getBeanFactory().containsSingleton(BundledDatabaseEarlyStart.BEAN)).isFalse();
    }
}
