package org.plenary.remote;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Join links by the hash of their token; the token itself is never stored. */
@Repository
class JoinLinks {

    record Link(String tokenHash, UUID meetingId, UUID sessionId, UUID accountId, Instant issuedAt,
            Instant revokedAt) {
    }

    private final JdbcClient jdbc;

    JoinLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String hash, UUID meeting, UUID session, UUID account, Instant at) {
        jdbc.sql("""
                insert into remote_link (token_hash, meeting_id, session_id, account_id, issued_at)
                values (:h, :m, :s, :a, :at)""").param("h", hash).param("m", meeting).param("s", session)
                .param("a", account).param("at", Timestamp.from(at)).update();
    }

    /** Revokes the person's active links for the session; answers how many. */
    int revoke(UUID session, UUID account, UUID by, Instant at) {
        return jdbc.sql("""
                update remote_link set revoked_at = :at, revoked_by = :by
                where session_id = :s and account_id = :a and revoked_at is null""").param("at", Timestamp.from(at))
                .param("by", by).param("s", session).param("a", account).update();
    }

    boolean hasActive(UUID session, UUID account) {
        return jdbc.sql("select count(*) from remote_link where session_id = :s and account_id = :a and revoked_at is null")
                .param("s", session).param("a", account).query(Long.class).single() > 0;
    }

    Optional<Link> byHash(String hash) {
        return jdbc.sql("select * from remote_link where token_hash = :h").param("h", hash).query((rs, i) -> {
            Timestamp revoked = rs.getTimestamp("revoked_at");
            return new Link(rs.getString("token_hash"), rs.getObject("meeting_id", UUID.class),
                    rs.getObject("session_id", UUID.class), rs.getObject("account_id", UUID.class),
                    rs.getTimestamp("issued_at").toInstant(), revoked == null ? null : revoked.toInstant());
        }).optional();
    }
}
