package org.plenary.fellowships;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.plenary.directory.AccountId;
import org.plenary.directory.OrganisationId;
import org.plenary.meetings.MeetingId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications, budgets and the eligible countries, in plain SQL. */
@Repository
class Applications {

    private final JdbcClient jdbc;

    Applications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------ eligible countries

    record Eligible(String code, String note) {
    }

    List<Eligible> eligible() {
        return jdbc.sql("select country_code, note from fellowships_eligible_country order by country_code")
                .query((rs, n) -> new Eligible(rs.getString(1), rs.getString(2))).list();
    }

    /** Whether the country is eligible, locking its row so that concurrent applications and awards queue up. */
    boolean lockEligible(String code) {
        return jdbc.sql("select 1 from fellowships_eligible_country where country_code = ? for update").param(code)
                .query(Integer.class).optional().isPresent();
    }

    boolean isEligible(String code) {
        return jdbc.sql("select count(*) from fellowships_eligible_country where country_code = ?").param(code)
                .query(Integer.class).single() > 0;
    }

    void replaceEligible(List<Eligible> list, Instant now) {
        jdbc.sql("delete from fellowships_eligible_country").update();
        list.forEach(e -> upsertEligible(e, now));
    }

    void upsertEligible(Eligible e, Instant now) {
        jdbc.sql("""
                insert into fellowships_eligible_country (country_code, note, added_at) values (?, ?, ?)
                on conflict (country_code) do update set note = excluded.note""")
                .params(e.code(), e.note(), Timestamp.from(now)).update();
    }

    void removeEligible(String code) {
        jdbc.sql("delete from fellowships_eligible_country where country_code = ?").param(code).update();
    }

    // ------------------------------------------------------------ budget

    Optional<BigDecimal> budget(MeetingId meeting) {
        return jdbc.sql("select amount from fellowships_budget where meeting_id = ?").param(meeting.value())
                .query(BigDecimal.class).optional();
    }

    void setBudget(MeetingId meeting, BigDecimal amount, AccountId by, Instant now) {
        jdbc.sql("""
                insert into fellowships_budget (meeting_id, amount, updated_at, updated_by) values (?, ?, ?, ?)
                on conflict (meeting_id) do update set amount = excluded.amount, updated_at = excluded.updated_at,
                updated_by = excluded.updated_by""")
                .params(meeting.value(), amount, Timestamp.from(now), by.value()).update();
    }

    // ------------------------------------------------------------ applications

    void insert(Application a) {
        jdbc.sql("""
                insert into fellowships_application (id, meeting_id, account_id, registration_id, organisation_id,
                  country_code, kind, specific_needs, needs_note, gender, status, cost, financial_year, applied_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.meeting().value(), a.account().value(), a.registration(), a.organisation().value(),
                        a.country(), a.kind().name(), a.specificNeeds(), a.needsNote(), a.gender(),
                        a.status().name(), a.cost(), a.financialYear(), Timestamp.from(a.appliedAt()))
                .update();
    }

    void setCost(UUID id, BigDecimal cost) {
        jdbc.sql("update fellowships_application set cost = ? where id = ?").params(cost, id).update();
    }

    boolean decide(UUID id, Application.Status to, AccountId by, Instant at, String reason) {
        return jdbc.sql("""
                update fellowships_application set status = ?, decided_at = ?, decided_by = ?, reason = ?
                where id = ? and status = 'APPLIED'""")
                .params(to.name(), Timestamp.from(at), by.value(), reason, id).update() == 1;
    }

    Optional<Application> byId(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Applications::map).optional();
    }

    /** The person's latest application for the meeting (at most one is not withdrawn). */
    Optional<Application> byMeetingAndAccount(MeetingId meeting, AccountId account) {
        return jdbc.sql(SELECT + " where meeting_id = ? and account_id = ? order by applied_at desc, id limit 1")
                .params(meeting.value(), account.value()).query(Applications::map).optional();
    }

    /** Withdraws the registration's pending applications; returns how many. */
    int withdrawPending(UUID registration, Instant at) {
        return jdbc.sql("""
                update fellowships_application set status = 'WITHDRAWN', decided_at = ?
                where registration_id = ? and status = 'APPLIED'""")
                .params(Timestamp.from(at), registration).update();
    }

    List<Application> ofMeeting(MeetingId meeting) {
        return jdbc.sql(SELECT + " where meeting_id = ? order by applied_at, id").param(meeting.value())
                .query(Applications::map).list();
    }

    /** The meeting's applications for a country that still count: applied or awarded. */
    List<Application> activeForCountry(MeetingId meeting, String country) {
        return jdbc.sql(SELECT + " where meeting_id = ? and country_code = ? and status in ('APPLIED', 'AWARDED')")
                .params(meeting.value(), country).query(Applications::map).list();
    }

    int awardedInYear(AccountId account, int year) {
        return jdbc.sql("""
                select count(*) from fellowships_application
                where account_id = ? and financial_year = ? and status = 'AWARDED'""")
                .params(account.value(), year).query(Integer.class).single();
    }

    /** Serialises awards to one person (X-FEL-3) for the rest of the transaction. */
    void lockPerson(AccountId account) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("fellowship-person-" + account.value())
                .query((rs, n) -> 1).single();
    }

    private static final String SELECT = """
            select id, meeting_id, account_id, registration_id, organisation_id, country_code, kind, specific_needs,
              needs_note, gender, status, cost, financial_year, applied_at, decided_at, decided_by, reason
            from fellowships_application""";

    private static Application map(ResultSet rs, int n) throws SQLException {
        UUID decidedBy = rs.getObject("decided_by", UUID.class);
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new Application(rs.getObject("id", UUID.class), new MeetingId(rs.getObject("meeting_id", UUID.class)),
                new AccountId(rs.getObject("account_id", UUID.class)), rs.getObject("registration_id", UUID.class),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("country_code"),
                FellowshipKind.valueOf(rs.getString("kind")), rs.getBoolean("specific_needs"),
                rs.getString("needs_note"), rs.getString("gender"), Application.Status.valueOf(rs.getString("status")),
                rs.getBigDecimal("cost"), rs.getInt("financial_year"), rs.getTimestamp("applied_at").toInstant(),
                decidedAt == null ? null : decidedAt.toInstant(), decidedBy == null ? null : new AccountId(decidedBy),
                rs.getString("reason"));
    }
}
