package org.plenary.registration;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Registrations {

    private final JdbcClient jdbc;

    Registrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a new submission with its first transition (by its delegate, from nothing) unless the
     * person already has a row for the meeting (then nothing is written and the answer is false): the
     * existing-registration check, the insert and the transition in one statement. A concurrent insert
     * of the same person waits for the other transaction and then finds its row.
     */
    boolean insertSubmitted(Registration r) {
        return bind(jdbc.sql("""
                with submitted as (insert into registration_registration (id, meeting_id, account_id, organisation_id, status, in_person,
                  newcomer, gender, function_title, interpretation_language, fellowship_request, captioning_request,
                  sign_language_request, visa_request, passport_name, passport_number, passport_nationality,
                  passport_expiry, date_of_birth, late, submitted_at, decided_at, decided_by, reason, badge_code,
                  version)
                values (:id, :meeting, :account, :org, :status, :inPerson, :newcomer, :gender, :functionTitle,
                  :interpretation, :fellowship, :captioning, :signLanguage, :visa, :pName, :pNumber, :pNationality,
                  :pExpiry, :dob, :late, :submittedAt, :decidedAt, :decidedBy, :reason, :badge, 0)
                on conflict (meeting_id, account_id) do nothing returning id, submitted_at, account_id, status)
                insert into registration_transition (registration_id, at, actor, from_status, to_status)
                select id, submitted_at, account_id, null, status from submitted"""), r).update() == 1;
    }

    /** Replaces the whole row if nobody changed it meanwhile (optimistic lock on version). */
    boolean update(Registration r) {
        return bind(jdbc.sql("""
                update registration_registration set organisation_id = :org, status = :status, in_person = :inPerson,
                  newcomer = :newcomer, gender = :gender, function_title = :functionTitle,
                  interpretation_language = :interpretation, fellowship_request = :fellowship,
                  captioning_request = :captioning, sign_language_request = :signLanguage, visa_request = :visa,
                  passport_name = :pName, passport_number = :pNumber, passport_nationality = :pNationality,
                  passport_expiry = :pExpiry, date_of_birth = :dob, late = :late, submitted_at = :submittedAt,
                  decided_at = :decidedAt, decided_by = :decidedBy, reason = :reason, badge_code = :badge,
                  version = version + 1
                where id = :id and version = :version"""), r).param("version", r.version()).update() == 1;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s, Registration r) {
        Registration.Passport p = r.passport();
        return s.param("id", r.id().value()).param("meeting", r.meeting().value())
                .param("account", r.account().value()).param("org", r.organisation().value())
                .param("status", r.status().name()).param("inPerson", r.inPerson()).param("newcomer", r.newcomer())
                .param("gender", r.gender()).param("functionTitle", r.functionTitle())
                .param("interpretation", r.interpretationLanguage()).param("fellowship", r.fellowshipRequest())
                .param("captioning", r.captioningRequest()).param("signLanguage", r.signLanguageRequest())
                .param("visa", r.visaRequest()).param("pName", p == null ? null : p.fullName())
                .param("pNumber", p == null ? null : p.number()).param("pNationality", p == null ? null : p.nationality())
                .param("pExpiry", p == null ? null : date(p.expiry())).param("dob", p == null ? null : date(p.dateOfBirth()))
                .param("late", r.late()).param("submittedAt", ts(r.submittedAt())).param("decidedAt", ts(r.decidedAt()))
                .param("decidedBy", r.decidedBy() == null ? null : r.decidedBy().value()).param("reason", r.reason())
                .param("badge", r.badgeCode());
    }

    Optional<Registration> byId(RegistrationId id) {
        return jdbc.sql("select * from registration_registration where id = :id").param("id", id.value())
                .query(Registrations::map).optional();
    }

    Optional<Registration> byMeetingAndAccount(MeetingId meeting, AccountId account) {
        return jdbc.sql("select * from registration_registration where meeting_id = :m and account_id = :a")
                .param("m", meeting.value()).param("a", account.value()).query(Registrations::map).optional();
    }

    List<Registration> byMeetingAndAccounts(MeetingId meeting, List<UUID> accounts) {
        return accounts.isEmpty() ? List.of() : jdbc.sql(
                        "select * from registration_registration where meeting_id = :m and account_id in (:a)")
                .param("m", meeting.value()).param("a", accounts).query(Registrations::map).list();
    }

    Optional<Registration> byBadgeCode(MeetingId meeting, String code) {
        return jdbc.sql("select * from registration_registration where meeting_id = :m and badge_code = :c")
                .param("m", meeting.value()).param("c", code).query(Registrations::map).optional();
    }

    List<Registration> ofMeeting(MeetingId meeting) {
        return jdbc.sql("select * from registration_registration where meeting_id = :m order by submitted_at, id")
                .param("m", meeting.value()).query(Registrations::map).list();
    }

    /** The visa queue (L-VISA-3): approved registrations with a visa request. */
    private static final String VISA_QUEUE = """
            select * from registration_registration
            where meeting_id = :m and visa_request and status = 'APPROVED' and decided_at is not null""";

    /** Approved registrations with a visa request, oldest approval first: one page. */
    List<Registration> visaQueue(MeetingId meeting, long offset, int limit) {
        return jdbc.sql(VISA_QUEUE + " order by decided_at, id limit :l offset :o").param("m", meeting.value())
                .param("l", limit).param("o", offset).query(Registrations::map).list();
    }

    long visaQueueSize(MeetingId meeting) {
        return jdbc.sql("select count(*) from (" + VISA_QUEUE + ") q").param("m", meeting.value())
                .query(Long.class).single();
    }

    List<Registration> ofOrganisations(MeetingId meeting, List<OrganisationId> orgs) {
        if (orgs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from registration_registration where meeting_id = :m and organisation_id in (:orgs)
                order by submitted_at, id""")
                .param("m", meeting.value()).param("orgs", orgs.stream().map(OrganisationId::value).toList())
                .query(Registrations::map).list();
    }

    List<Registration> pendingOfOrganisations(List<OrganisationId> orgs) {
        if (orgs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from registration_registration where status = 'SUBMITTED' and organisation_id in (:orgs)
                order by submitted_at, id""")
                .param("orgs", orgs.stream().map(OrganisationId::value).toList()).query(Registrations::map).list();
    }

    List<Registration> ofAccount(AccountId account) {
        return jdbc.sql("select * from registration_registration where account_id = :a order by submitted_at desc")
                .param("a", account.value()).query(Registrations::map).list();
    }

    /** Records the first arrival; false when the badge was already checked in. */
    boolean checkIn(RegistrationId id, Instant at, AccountId by) {
        return jdbc.sql("""
                update registration_registration set checked_in_at = :at, checked_in_by = :by
                where id = :id and checked_in_at is null""")
                .param("at", ts(at)).param("by", by.value()).param("id", id.value()).update() == 1;
    }

    void addTransition(RegistrationId id, Instant at, AccountId actor, RegistrationStatus from, RegistrationStatus to,
            String reason) {
        jdbc.sql("""
                insert into registration_transition (registration_id, at, actor, from_status, to_status, reason)
                values (:id, :at, :actor, :from, :to, :reason)""")
                .param("id", id.value()).param("at", ts(at)).param("actor", actor == null ? null : actor.value())
                .param("from", from == null ? null : from.name()).param("to", to.name()).param("reason", reason)
                .update();
    }

    List<Transition> transitions(RegistrationId id) {
        return jdbc.sql("select * from registration_transition where registration_id = :id order by id")
                .param("id", id.value())
                .query((rs, i) -> new Transition(rs.getTimestamp("at").toInstant(),
                        rs.getObject("actor", UUID.class) == null ? null
                                : new AccountId(rs.getObject("actor", UUID.class)),
                        rs.getString("from_status") == null ? null : RegistrationStatus.valueOf(rs.getString("from_status")),
                        RegistrationStatus.valueOf(rs.getString("to_status")), rs.getString("reason")))
                .list();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate localDate(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    static Registration map(ResultSet rs, int row) throws SQLException {
        Registration.Passport passport = rs.getString("passport_number") == null ? null
                : new Registration.Passport(rs.getString("passport_name"), rs.getString("passport_number"),
                        rs.getString("passport_nationality"), localDate(rs, "passport_expiry"),
                        localDate(rs, "date_of_birth"));
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        return new Registration(new RegistrationId(rs.getObject("id", UUID.class)),
                new MeetingId(rs.getObject("meeting_id", UUID.class)), new AccountId(rs.getObject("account_id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                RegistrationStatus.valueOf(rs.getString("status")), rs.getBoolean("in_person"),
                rs.getBoolean("newcomer"), rs.getString("gender"), rs.getString("function_title"),
                rs.getString("interpretation_language"), rs.getBoolean("fellowship_request"),
                rs.getBoolean("captioning_request"), rs.getBoolean("sign_language_request"),
                rs.getBoolean("visa_request"), passport, rs.getBoolean("late"), instant(rs, "submitted_at"),
                instant(rs, "decided_at"), decidedBy == null ? null : new AccountId(decidedBy), rs.getString("reason"),
                rs.getString("badge_code"), instant(rs, "checked_in_at"), rs.getInt("version"));
    }
}
