package org.plenary.visas;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.directory.AccountId;
import org.plenary.meetings.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Visa requests and issued letters, in plain SQL. A request (the representation the delegate named)
 * changes; an issued letter and its PDFs are only ever inserted, and ended once (the database refuses
 * anything else, see V510).
 */
@Repository
class VisaRequests {

    /** The delegate's current request for a registration. */
    record Request(UUID registration, String embassy, Instant namedAt) {
    }

    /** Why an issued letter no longer holds. */
    enum End {
        SUPERSEDED, VOID
    }

    /** An issued letter: who issued it when, for which submission of the registration, saying what. */
    record Issued(UUID id, UUID registration, MeetingId meeting, AccountId account, Instant submittedAt,
            Instant issuedAt, AccountId issuedBy, VisaLetterFacts facts, Instant endedAt, End end) {
        boolean current() {
            return endedAt == null;
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    VisaRequests(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ------------------------------------------------------------ requests

    void name(UUID registration, MeetingId meeting, AccountId account, String embassy, Instant at) {
        jdbc.sql("""
                insert into letters_visa_letter (registration_id, meeting_id, account_id, embassy, named_at)
                values (?, ?, ?, ?, ?)
                on conflict (registration_id) do update set embassy = excluded.embassy, named_at = excluded.named_at,
                  withdrawn_at = null""")
                .params(registration, meeting.value(), account.value(), embassy, Timestamp.from(at)).update();
    }

    /** The open request, if any. */
    Optional<Request> request(UUID registration) {
        return jdbc.sql("""
                select registration_id, embassy, named_at from letters_visa_letter
                where registration_id = ? and withdrawn_at is null""").param(registration)
                .query((rs, n) -> new Request(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).optional();
    }

    /** The open request, locked until the transaction ends (issuing and withdrawing queue up on it). */
    Optional<Request> lockRequest(UUID registration) {
        return jdbc.sql("""
                select registration_id, embassy, named_at from letters_visa_letter
                where registration_id = ? and withdrawn_at is null for update""").param(registration)
                .query((rs, n) -> new Request(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).optional();
    }

    /** Withdraws the request (locking it first) and voids the letter issued for it, if any. */
    void withdraw(UUID registration, Instant at) {
        jdbc.sql("select 1 from letters_visa_letter where registration_id = ? for update").param(registration)
                .query(Integer.class).optional();
        jdbc.sql("update letters_visa_letter set withdrawn_at = ? where registration_id = ? and withdrawn_at is null")
                .params(Timestamp.from(at), registration).update();
        end(registration, End.VOID, at);
    }

    // ------------------------------------------------------------ issued letters

    void insert(Issued i) {
        jdbc.sql("""
                insert into letters_visa_issued (id, registration_id, meeting_id, account_id,
                  registration_submitted_at, issued_at, issued_by, facts)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""")
                .params(i.id(), i.registration(), i.meeting().value(), i.account().value(),
                        Timestamp.from(i.submittedAt()), Timestamp.from(i.issuedAt()), i.issuedBy().value(),
                        json.writeValueAsString(i.facts()))
                .update();
    }

    /** Ends the registration's current letter, if any. */
    void end(UUID registration, End why, Instant at) {
        jdbc.sql("""
                update letters_visa_issued set ended_at = ?, ended_why = ?
                where registration_id = ? and ended_at is null""")
                .params(Timestamp.from(at), why.name(), registration).update();
    }
    /** The open requests of these registrations, in one statement. */
    Map<UUID, Request> requests(List<UUID> registrations) {
        return jdbc.sql("""
                select registration_id, embassy, named_at from letters_visa_letter
                where registration_id in (:ids) and withdrawn_at is null""").param("ids", registrations)
                .query((rs, n) -> new Request(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).list().stream()
                .collect(Collectors.toMap(Request::registration, Function.identity()));
    }

    /** The current (not ended) letters of these registrations, in one statement. */
    Map<UUID, Issued> currents(List<UUID> registrations) {
        return jdbc.sql(SELECT + " where registration_id in (:ids) and ended_at is null").param("ids", registrations)
                .query(this::map).list().stream()
                .collect(Collectors.toMap(Issued::registration, Function.identity(), (a, b) -> a));
    }

    /** The registration's current (not ended) letter. */
    Optional<Issued> current(UUID registration) {
        return jdbc.sql(SELECT + " where registration_id = ? and ended_at is null").param(registration)
                .query(this::map).optional();
    }

    /** The letter issued last for the registration, current or ended. */
    Optional<Issued> latest(UUID registration) {
        return jdbc.sql(SELECT + " where registration_id = ? order by issued_at desc, id limit 1").param(registration)
                .query(this::map).optional();
    }

    Optional<byte[]> pdf(UUID letter, String language) {
        return jdbc.sql("select pdf from letters_visa_issued_pdf where letter_id = ? and language = ?")
                .params(letter, language).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Stores the PDF unless one is stored already (the first one written stays). */
    void storePdf(UUID letter, String language, byte[] pdf, Instant at) {
        jdbc.sql("""
                insert into letters_visa_issued_pdf (letter_id, language, pdf, rendered_at) values (?, ?, ?, ?)
                on conflict (letter_id, language) do nothing""")
                .params(letter, language, pdf, Timestamp.from(at)).update();
    }

    private static final String SELECT = """
            select id, registration_id, meeting_id, account_id, registration_submitted_at, issued_at, issued_by,
              facts::text as facts, ended_at, ended_why
            from letters_visa_issued""";

    private Issued map(ResultSet rs, int n) throws SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        String why = rs.getString("ended_why");
        return new Issued(rs.getObject("id", UUID.class), rs.getObject("registration_id", UUID.class),
                new MeetingId(rs.getObject("meeting_id", UUID.class)),
                new AccountId(rs.getObject("account_id", UUID.class)),
                rs.getTimestamp("registration_submitted_at").toInstant(), rs.getTimestamp("issued_at").toInstant(),
                new AccountId(rs.getObject("issued_by", UUID.class)),
                json.readValue(rs.getString("facts"), VisaLetterFacts.class), ended == null ? null : ended.toInstant(),
                why == null ? null : End.valueOf(why));
    }
}
