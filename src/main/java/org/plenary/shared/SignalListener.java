package org.plenary.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code LISTEN}s on one connection of its own (opened with the pool's address and credentials,
 * not taken from the pool, which it would hold for good) in a daemon thread, hands each
 * notification to {@link ClusterSignals}, checks the connection after a quiet minute, and
 * reconnects after a failure (PostgreSQL restarted, network cut), then tells the handlers that
 * anything may have changed meanwhile.
 */
final class SignalListener {

    private static final Logger log = LoggerFactory.getLogger(SignalListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long CHECK_AFTER_MILLIS = 60_000;

    private final DataSource dataSource;
    private final String channel;
    private final Duration reconnectDelay;
    private final Consumer<String> dispatch;
    private final Runnable resync;
    private volatile Thread thread;
    private volatile boolean running;
    private volatile boolean listening;

    SignalListener(DataSource dataSource, String channel, Duration reconnectDelay, Consumer<String> dispatch,
            Runnable resync) {
        this.dataSource = dataSource;
        this.channel = channel;
        this.reconnectDelay = reconnectDelay;
        this.dispatch = dispatch;
        this.resync = resync;
    }

    synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "plenary-signals");
        thread.setDaemon(true);
        thread.start();
    }

    synchronized void stop() {
        running = false;
        Thread t = thread;
        thread = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(WAIT_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isAlive() {
        Thread t = thread;
        return t != null && t.isAlive();
    }

    boolean listening() {
        return listening;
    }

    private void run() {
        boolean reconnecting = false;
        while (running) {
            try (Connection c = connect()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + channel);
                }
                listening = true;
                if (reconnecting) {
                    log.info("Listening to cluster signals again");
                    resync.run();
                }
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Cluster signals: connection lost ({}), reconnecting in {}", e.getMessage(), reconnectDelay);
                }
            } finally {
                listening = false;
            }
            reconnecting = true;
            if (running) {
                try {
                    Thread.sleep(reconnectDelay.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastHeard = System.currentTimeMillis();
        while (running) {
            PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
            long now = System.currentTimeMillis();
            if (received != null && received.length > 0) {
                lastHeard = now;
                for (PGNotification n : received) {
                    dispatch.accept(n.getParameter());
                }
            } else if (now - lastHeard > CHECK_AFTER_MILLIS) {
                try (Statement st = c.createStatement()) {
                    st.execute("select 1"); // a silent network cut shows here, not in the wait
                }
                lastHeard = now;
            }
        }
    }

    /** Its own connection with the pool's settings; a pool of another kind lends one connection for good. */
    private Connection connect() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            if (pool.getJdbcUrl() != null) {
                Properties p = new Properties();
                if (pool.getUsername() != null) {
                    p.setProperty("user", pool.getUsername());
                }
                if (pool.getPassword() != null) {
                    p.setProperty("password", pool.getPassword());
                }
                p.setProperty("ApplicationName", "plenary-signals");
                p.setProperty("tcpKeepAlive", "true");
                p.setProperty("connectTimeout", "5");
                p.setProperty("socketTimeout", String.valueOf(CHECK_AFTER_MILLIS / 1000 * 2));
                return DriverManager.getConnection(pool.getJdbcUrl(), p);
            }
        }
        Connection c = dataSource.getConnection();
        c.setAutoCommit(true);
        return c;
    }

    /** Runs a handler; its failure is logged and stops neither the listener nor the other handlers. */
    static void quietly(Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            log.warn("A cluster signal's handler failed", e);
        }
    }
}
