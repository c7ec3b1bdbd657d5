package org.plenary.remote;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The live state of a session's console: raised hands, the floor, cut-offs, chat and voice quality. */
@Repository
class ConsoleStore {

    record Hand(UUID accountId, Instant raisedAt, boolean remote) {
    }

    record Floor(UUID accountId, Instant since, boolean remote) {
    }

    record Chat(long id, UUID accountId, Instant at, String body, boolean hidden) {
    }

    record Quality(UUID accountId, Instant at, double delayMs, double jitterMs, double lossPercent, String codec,
            double r, double mos) {
    }

    private final JdbcClient jdbc;

    ConsoleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- hands

    boolean raise(UUID session, UUID account, boolean remote, Instant at) {
        return jdbc.sql("""
                insert into remote_hand (session_id, account_id, raised_at, remote) values (:s, :a, :at, :r)
                on conflict do nothing""").param("s", session).param("a", account).param("at", Timestamp.from(at))
                .param("r", remote).update() == 1;
    }

    boolean lower(UUID session, UUID account) {
        return jdbc.sql("delete from remote_hand where session_id = :s and account_id = :a").param("s", session)
                .param("a", account).update() == 1;
    }

    List<Hand> hands(UUID session) {
        return jdbc.sql("select * from remote_hand where session_id = :s order by seq")
                .param("s", session).query((rs, i) -> new Hand(rs.getObject("account_id", UUID.class),
                        rs.getTimestamp("raised_at").toInstant(), rs.getBoolean("remote"))).list();
    }

    // ---- floor

    void giveFloor(UUID session, UUID account, boolean remote, Instant at) {
        jdbc.sql("""
                insert into remote_floor (session_id, account_id, since, remote) values (:s, :a, :at, :r)
                on conflict (session_id) do update set account_id = :a, since = :at, remote = :r""")
                .param("s", session).param("a", account).param("at", Timestamp.from(at)).param("r", remote).update();
    }

    boolean clearFloor(UUID session) {
        return jdbc.sql("delete from remote_floor where session_id = :s").param("s", session).update() == 1;
    }

    void clearFloorIf(UUID session, UUID account) {
        jdbc.sql("delete from remote_floor where session_id = :s and account_id = :a").param("s", session)
                .param("a", account).update();
    }

    Optional<Floor> floor(UUID session) {
        return jdbc.sql("select * from remote_floor where session_id = :s").param("s", session)
                .query((rs, i) -> new Floor(rs.getObject("account_id", UUID.class), rs.getTimestamp("since").toInstant(),
                        rs.getBoolean("remote"))).optional();
    }

    // ---- cut-offs (L-RP-4)

    void cutOff(UUID session, UUID account, UUID by, Instant at) {
        jdbc.sql("""
                insert into remote_cutoff (session_id, account_id, cut_at, cut_by) values (:s, :a, :at, :by)
                on conflict (session_id, account_id) do update set cut_at = :at, cut_by = :by, restored_at = null""")
                .param("s", session).param("a", account).param("at", Timestamp.from(at)).param("by", by).update();
    }

    boolean restore(UUID session, UUID account, Instant at) {
        return jdbc.sql("""
                update remote_cutoff set restored_at = :at
                where session_id = :s and account_id = :a and restored_at is null""").param("at", Timestamp.from(at))
                .param("s", session).param("a", account).update() == 1;
    }

    boolean isCutOff(UUID session, UUID account) {
        return jdbc.sql("""
                select count(*) from remote_cutoff where session_id = :s and account_id = :a and restored_at is null""")
                .param("s", session).param("a", account).query(Long.class).single() > 0;
    }

    List<UUID> cutOff(UUID session) {
        return jdbc.sql("""
                select account_id from remote_cutoff where session_id = :s and restored_at is null order by cut_at""")
                .param("s", session).query(UUID.class).list();
    }

    // ---- chat

    long post(UUID session, UUID account, String body, Instant at) {
        return jdbc.sql("""
                insert into remote_chat (session_id, account_id, at, body) values (:s, :a, :at, :b) returning id""")
                .param("s", session).param("a", account).param("at", Timestamp.from(at)).param("b", body)
                .query(Long.class).single();
    }

    boolean hide(UUID session, long id, UUID by, Instant at) {
        return jdbc.sql("""
                update remote_chat set hidden_at = :at, hidden_by = :by
                where id = :id and session_id = :s and hidden_at is null""").param("at", Timestamp.from(at))
                .param("by", by).param("id", id).param("s", session).update() == 1;
    }

    List<Chat> chat(UUID session, int last) {
        return jdbc.sql("""
                select * from (select * from remote_chat where session_id = :s order by id desc limit :n) c order by id""")
                .param("s", session).param("n", last).query((rs, i) -> new Chat(rs.getLong("id"),
                        rs.getObject("account_id", UUID.class), rs.getTimestamp("at").toInstant(), rs.getString("body"),
                        rs.getTimestamp("hidden_at") != null)).list();
    }

    // ---- voice quality

    void quality(UUID session, UUID account, Quality q) {
        jdbc.sql("""
                insert into remote_quality (session_id, account_id, at, delay_ms, jitter_ms, loss_percent, codec, r, mos)
                values (:s, :a, :at, :d, :j, :l, :c, :r, :mos)
                on conflict (session_id, account_id) do update set at = :at, delay_ms = :d, jitter_ms = :j,
                  loss_percent = :l, codec = :c, r = :r, mos = :mos""").param("s", session).param("a", account)
                .param("at", Timestamp.from(q.at())).param("d", q.delayMs()).param("j", q.jitterMs())
                .param("l", q.lossPercent()).param("c", q.codec()).param("r", q.r()).param("mos", q.mos()).update();
    }

    List<Quality> qualities(UUID session) {
        return jdbc.sql("select * from remote_quality where session_id = :s").param("s", session)
                .query((rs, i) -> new Quality(rs.getObject("account_id", UUID.class), rs.getTimestamp("at").toInstant(),
                        rs.getDouble("delay_ms"), rs.getDouble("jitter_ms"), rs.getDouble("loss_percent"),
                        rs.getString("codec"), rs.getDouble("r"), rs.getDouble("mos"))).list();
    }
}
