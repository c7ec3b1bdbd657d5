package org.plenary.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OutboxMails {

    private final JdbcClient jdbc;

    OutboxMails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A mail to queue. */
    record New(String to, String language, String subject, String body, Instant at) {
    }

    /** One mail, one row. */
    void insert(New m) {
        jdbc.sql("""
                insert into notifications_outbox (recipient, language, subject, body, created_at, next_attempt_at)
                values (:to, :lang, :subject, :body, :at, :at)""")
                .param("to", m.to()).param("lang", m.language()).param("subject", m.subject()).param("body", m.body())
                .param("at", Timestamp.from(m.at())).update();
    }

    /** Due mails, locked for this transaction; rows another worker holds are skipped. */
    List<OutboxMail> lockDue(Instant now, int limit) {
        return jdbc.sql("""
                select * from notifications_outbox where sent_at is null and next_attempt_at <= :now
                order by next_attempt_at, id limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(OutboxMails::map).list();
    }

    void markSent(long id, Instant at) {
        jdbc.sql("update notifications_outbox set sent_at = :at, attempts = attempts + 1, last_error = null where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void markFailed(long id, Instant next, String error) {
        jdbc.sql("""
                update notifications_outbox set attempts = attempts + 1, next_attempt_at = :next, last_error = :err
                where id = :id""")
                .param("next", Timestamp.from(next)).param("err", error == null ? null
                        : error.substring(0, Math.min(1000, error.length())))
                .param("id", id).update();
    }

    List<OutboxMail> recent(boolean pendingOnly, int limit) {
        return jdbc.sql("select * from notifications_outbox " + (pendingOnly ? "where sent_at is null " : "")
                + "order by id desc limit :limit").param("limit", limit).query(OutboxMails::map).list();
    }

    List<OutboxMail> to(String recipient) {
        return jdbc.sql("select * from notifications_outbox where lower(recipient) = lower(:r) order by id")
                .param("r", recipient).query(OutboxMails::map).list();
    }

    /** Mails not sent whose last attempt failed (they wait for their next try, or for the operator). */
    long failing() {
        return jdbc.sql("select count(*) from notifications_outbox where sent_at is null and last_error is not null")
                .query(Long.class).single();
    }

    long pending() {
        return jdbc.sql("select count(*) from notifications_outbox where sent_at is null").query(Long.class).single();
    }

    private static OutboxMail map(ResultSet rs, int row) throws SQLException {
        return new OutboxMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("language"),
                rs.getString("subject"), rs.getString("body"), rs.getTimestamp("created_at").toInstant(),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), instant(rs, "sent_at"),
                rs.getString("last_error"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
