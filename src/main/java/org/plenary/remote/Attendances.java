package org.plenary.remote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Attendances {

    enum Mode {
        ROOM, REMOTE
    }

    record Entry(UUID sessionId, UUID accountId, Mode mode, Instant firstSeen) {
    }

    private final JdbcClient jdbc;

    Attendances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the first time only; answers whether this was the first. */
    boolean record(UUID meeting, UUID session, UUID account, Mode mode, Instant at, UUID by) {
        return jdbc.sql("""
                insert into remote_attendance (meeting_id, session_id, account_id, mode, first_seen, recorded_by)
                values (:m, :s, :a, :mode, :at, :by) on conflict do nothing""").param("m", meeting)
                .param("s", session).param("a", account).param("mode", mode.name()).param("at", Timestamp.from(at))
                .param("by", by).update() == 1;
    }

    boolean present(UUID session, UUID account, Mode mode) {
        return jdbc.sql("""
                select count(*) from remote_attendance where session_id = :s and account_id = :a and mode = :mode""")
                .param("s", session).param("a", account).param("mode", mode.name()).query(Long.class).single() > 0;
    }

    List<Entry> ofSession(UUID session) {
        return jdbc.sql("select * from remote_attendance where session_id = :s order by first_seen, account_id")
                .param("s", session).query(Attendances::map).list();
    }

    List<Entry> ofMeeting(UUID meeting) {
        return jdbc.sql("select * from remote_attendance where meeting_id = :m order by first_seen, account_id")
                .param("m", meeting).query(Attendances::map).list();
    }

    private static Entry map(ResultSet rs, int i) throws SQLException {
        return new Entry(rs.getObject("session_id", UUID.class), rs.getObject("account_id", UUID.class),
                Mode.valueOf(rs.getString("mode")), rs.getTimestamp("first_seen").toInstant());
    }
}
