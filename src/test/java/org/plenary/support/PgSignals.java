package org.plenary.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * A raw JDBC connection of its own to the application's PostgreSQL, as another node would hold:
 * sends {@code NOTIFY}s and listens to the cluster signals' channel, outside Spring.
 */
public final class PgSignals implements AutoCloseable {

    public static final String CHANNEL = "plenary_signals";

    private final Connection connection;

    private PgSignals(Connection connection) {
        this.connection = connection;
    }

    /** A connection with the pool's address and credentials, listening to the signals' channel. */
    public static PgSignals connect(DataSource dataSource) throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        PgSignals s = new PgSignals(DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword()));
        try (Statement st = s.connection.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
        return s;
    }

    /** Sends a signal as another node would. */
    public void send(String payload) throws SQLException {
        try (var st = connection.prepareStatement("select pg_notify(?, ?)")) {
            st.setString(1, CHANNEL);
            st.setString(2, payload);
            st.execute();
        }
    }

    /**
     * The payloads received within this time, each without the sending node's id ({@code @…} at the
     * end); waits the whole time: to count, or to see that none came.
     */
    public List<String> received(Duration within) throws SQLException {
        List<String> payloads = new ArrayList<>();
        long until = System.currentTimeMillis() + within.toMillis();
        PGConnection pg = connection.unwrap(PGConnection.class);
        for (long left = within.toMillis(); left > 0; left = until - System.currentTimeMillis()) {
            PGNotification[] got = pg.getNotifications((int) left);
            if (got != null) {
                for (PGNotification n : got) {
                    String p = n.getParameter();
                    payloads.add(p.contains("@") ? p.substring(0, p.lastIndexOf('@')) : p);
                }
            }
        }
        return payloads;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
