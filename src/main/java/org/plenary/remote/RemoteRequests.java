package org.plenary.remote;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RemoteRequests {

    private final JdbcClient jdbc;

    RemoteRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(RemoteRequest r) {
        jdbc.sql("""
                insert into remote_request (id, meeting_id, session_id, account_id, requested_at, status)
                values (:id, :m, :s, :a, :at, :status)""").param("id", r.id()).param("m", r.meetingId())
                .param("s", r.sessionId()).param("a", r.accountId()).param("at", Timestamp.from(r.requestedAt()))
                .param("status", r.status().name()).update();
    }

    /** Decides a request still waiting; false if someone decided it meanwhile. */
    boolean decide(UUID id, RemoteRequest.Status to, UUID by, Instant at) {
        return jdbc.sql("""
                update remote_request set status = :to, decided_by = :by, decided_at = :at
                where id = :id and status = 'REQUESTED'""").param("to", to.name()).param("by", by)
                .param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    Optional<RemoteRequest> byId(UUID id) {
        return jdbc.sql("select * from remote_request where id = :id").param("id", id).query(RemoteRequests::map)
                .optional();
    }

    Optional<RemoteRequest> of(UUID session, UUID account) {
        return jdbc.sql("select * from remote_request where session_id = :s and account_id = :a").param("s", session)
                .param("a", account).query(RemoteRequests::map).optional();
    }

    List<RemoteRequest> ofMeeting(UUID meeting) {
        return jdbc.sql("select * from remote_request where meeting_id = :m order by requested_at, id")
                .param("m", meeting).query(RemoteRequests::map).list();
    }

    List<RemoteRequest> ofAccount(UUID meeting, UUID account) {
        return jdbc.sql("select * from remote_request where meeting_id = :m and account_id = :a order by requested_at")
                .param("m", meeting).param("a", account).query(RemoteRequests::map).list();
    }

    private static RemoteRequest map(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new RemoteRequest(rs.getObject("id", UUID.class), rs.getObject("meeting_id", UUID.class),
                rs.getObject("session_id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getTimestamp("requested_at").toInstant(), RemoteRequest.Status.valueOf(rs.getString("status")),
                rs.getObject("decided_by", UUID.class), decided == null ? null : decided.toInstant());
    }
}
