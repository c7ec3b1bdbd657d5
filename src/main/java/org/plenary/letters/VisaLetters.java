package org.plenary.letters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plenary.shared.DocumentRenderer;
import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationId;
import org.plenary.registration.RegistrationManagement;
import org.plenary.registration.RegistrationStatus;
import org.plenary.shared.PlenaryException;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visa-support letters (L-VISA-1..3, X-VISA-1). The delegate names the Swiss embassy or consulate;
 * the secretariat works through a queue ordered by approval date, each with its target issue date
 * (approval + {@value #ISSUE_DAYS} days) and a warning when that is too late; issuing records who
 * and when. Only the delegate and the secretariat see passport data or fetch the letter.
 */
@Service
public class VisaLetters {

    /** L-VISA-3: it usually takes 15 days after approval before the letter can be issued. */
    public static final int ISSUE_DAYS = 15;
    /** Days a Swiss representation usually needs to process a visa: a letter issued later than this before the meeting is flagged. */
    public static final int PROCESSING_DAYS = 15;

    private final JdbcClient jdbc;
    private final RegistrationManagement registrations;
    private final MeetingManagement meetings;
    private final Directory directory;
    private final AccountManagement accounts;
    private final MessageSource messages;
    private final DocumentRenderer renderer;
    private final Clock clock;

    VisaLetters(JdbcClient jdbc, RegistrationManagement registrations, MeetingManagement meetings, Directory directory,
            AccountManagement accounts, MessageSource messages, DocumentRenderer renderer, Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.meetings = meetings;
        this.directory = directory;
        this.accounts = accounts;
        this.messages = messages;
        this.renderer = renderer;
        this.clock = clock;
    }

    public enum Warning {
        NONE, TOO_CLOSE, AFTER_START;

        public String messageKey() {
            return "visa.warning." + name();
        }
    }

    /** The stored part: the representation named and the issuing record. */
    public record Record(UUID registration, String embassy, Instant namedAt, Instant issuedAt, AccountId issuedBy,
            int timesIssued) {
        public boolean issued() {
            return issuedAt != null;
        }
    }

    /** One line of the secretariat's queue. */
    public record QueueEntry(Registration registration, Account delegate, Organisation organisation,
            LocalDate approvedOn, LocalDate targetIssueDate, Warning warning, Record record, String issuedByName) {
    }

    /** The delegate names the Swiss embassy or consulate for their own visa request. */
    @Transactional
    public Record nameEmbassy(String meetingCode, String embassy) {
        PlenaryPrincipal me = me();
        Meeting m = meetings.get(meetingCode);
        Registration r = registrations.mine(m.id()).filter(Registration::visaRequest)
                .filter(x -> x.status() == RegistrationStatus.SUBMITTED || x.status() == RegistrationStatus.APPROVED)
                .orElseThrow(() -> PlenaryException.conflict("visa.noRequest"));
        String e = embassy == null ? "" : embassy.strip();
        if (e.isEmpty() || e.length() > 300) {
            throw PlenaryException.invalid("visa.embassyRequired");
        }
        jdbc.sql("""
                insert into letters_visa_letter (registration_id, meeting_id, account_id, embassy, named_at)
                values (?, ?, ?, ?, ?)
                on conflict (registration_id) do update set embassy = excluded.embassy, named_at = excluded.named_at""")
                .params(r.id().value(), m.id().value(), me.accountId().value(), e, Timestamp.from(clock.instant()))
                .update();
        return record(r.id().value()).orElseThrow();
    }

    /** The caller's own visa request for the meeting, with the record if any. */
    public Optional<Registration> myRequest(String meetingCode) {
        me();
        return registrations.mine(meetings.get(meetingCode).id()).filter(Registration::visaRequest);
    }

    public Optional<Record> myRecord(String meetingCode) {
        return myRequest(meetingCode).flatMap(r -> record(r.id().value()));
    }

    /** Approved registrations with a visa request, oldest approval first. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<QueueEntry> queue(String meetingCode) {
        Meeting m = meetings.get(meetingCode);
        return registrations.ofMeeting(m.id()).stream()
                .filter(r -> r.visaRequest() && r.status() == RegistrationStatus.APPROVED && r.decidedAt() != null)
                .sorted(Comparator.comparing(Registration::decidedAt).thenComparing(r -> r.id().value()))
                .map(r -> entry(m, r)).toList();
    }

    static LocalDate targetIssueDate(LocalDate approvedOn) {
        return approvedOn.plusDays(ISSUE_DAYS);
    }

    static Warning warning(LocalDate target, LocalDate firstDay) {
        if (!target.isBefore(firstDay)) {
            return Warning.AFTER_START;
        }
        if (target.isAfter(firstDay.minusDays(PROCESSING_DAYS))) {
            return Warning.TOO_CLOSE;
        }
        return Warning.NONE;
    }

    private QueueEntry entry(Meeting m, Registration r) {
        LocalDate approved = r.decidedAt().atZone(m.zone()).toLocalDate();
        LocalDate target = targetIssueDate(approved);
        Optional<Record> rec = record(r.id().value());
        return new QueueEntry(r, accounts.find(r.account()).orElse(null),
                directory.organisation(r.organisation()).orElse(null), approved, target, warning(target, m.firstDay()),
                rec.orElse(null), rec.map(Record::issuedBy).flatMap(accounts::find).map(Account::name).orElse(null));
    }

    /** Issues (or re-issues) the letter: the registration is approved, has passport data and a named representation. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Record issue(UUID registration) {
        PlenaryPrincipal me = me();
        Registration r = registrations.view(new RegistrationId(registration));
        if (!r.visaRequest() || r.status() != RegistrationStatus.APPROVED) {
            throw PlenaryException.conflict("visa.notApproved");
        }
        if (r.passport() == null || r.passport().number() == null) {
            throw PlenaryException.conflict("visa.noPassport");
        }
        if (record(registration).isEmpty()) {
            throw PlenaryException.conflict("visa.noEmbassy");
        }
        jdbc.sql("""
                update letters_visa_letter set issued_at = ?, issued_by = ?, times_issued = times_issued + 1
                where registration_id = ?""")
                .params(Timestamp.from(clock.instant()), me.accountId().value(), registration).update();
        return record(registration).orElseThrow();
    }

    /** The letter as PDF, for the delegate it belongs to and the secretariat only, once issued. */
    public byte[] pdf(UUID registration, Locale locale) {
        PlenaryPrincipal me = me();
        Registration r = registrations.view(new RegistrationId(registration));
        if (!me.has(Role.SECRETARIAT) && !r.account().equals(me.accountId())) {
            throw PlenaryException.forbidden("visa.notYours");
        }
        Record rec = record(registration).filter(Record::issued)
                .orElseThrow(() -> PlenaryException.conflict("visa.notIssued"));
        Meeting m = meetings.get(r.meeting());
        Account delegate = accounts.find(r.account()).orElseThrow();
        Organisation org = directory.organisation(r.organisation()).orElseThrow();
        LetterTexts t = new LetterTexts(messages, locale);
        Registration.Passport p = r.passport();
        String nationality = directory.country(p.nationality()).map(c -> c.name().in(locale)).orElse(p.nationality());
        String meeting = m.title().in(locale) + ", " + m.place().in(locale) + ", "
                + t.dateRange(m.firstDay(), m.lastDay());
        var letter = new VisaLetter(t.get("letter.organisation"), t.get("letter.bureau"),
                t.get("letter.issuedAt", t.date(rec.issuedAt().atZone(m.zone()).toLocalDate())),
                t.get("visa.reference", m.code(), delegate.name()), t.get("visa.to", rec.embassy()),
                t.get("visa.subject", p.fullName()), t.get("visa.salutation"),
                List.of(t.get("visa.body.request", meeting, org.name()),
                        t.get("visa.body.stay", t.date(m.firstDay().minusDays(1)), t.date(m.lastDay().plusDays(1))),
                        t.get("visa.body.costs")),
                List.of(new CollectiveLetter.Line(t.get("visa.passport.name"), p.fullName(), false),
                        new CollectiveLetter.Line(t.get("visa.passport.nationality"), nationality, false),
                        new CollectiveLetter.Line(t.get("visa.passport.number"), p.number(), true),
                        new CollectiveLetter.Line(t.get("visa.passport.expiry"), t.date(p.expiry()), false),
                        new CollectiveLetter.Line(t.get("visa.passport.birth"), t.date(p.dateOfBirth()), false)),
                t.get("visa.closing"), t.get("letter.regards"), m.letter().signatoryTitle().in(locale));
        return renderer.pdf("letters/visa", Map.of("letter", letter), locale);
    }

    /** The visa-support letter's texts, resolved. */
    public record VisaLetter(String organisation, String bureau, String placeAndDate, String reference, String to,
            String subject, String salutation, List<String> paragraphs, List<CollectiveLetter.Line> passport,
            String closing, String regards, String signatory) {
    }

    Optional<Record> record(UUID registration) {
        return jdbc.sql("""
                select registration_id, embassy, named_at, issued_at, issued_by, times_issued
                from letters_visa_letter where registration_id = ?""").param(registration)
                .query((rs, n) -> {
                    Timestamp issued = rs.getTimestamp("issued_at");
                    UUID by = rs.getObject("issued_by", UUID.class);
                    return new Record(rs.getObject(1, UUID.class), rs.getString("embassy"),
                            rs.getTimestamp("named_at").toInstant(), issued == null ? null : issued.toInstant(),
                            by == null ? null : new AccountId(by), rs.getInt("times_issued"));
                }).optional();
    }

    private static PlenaryPrincipal me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof PlenaryPrincipal p)) {
            throw PlenaryException.forbidden("visa.loginRequired");
        }
        return p;
    }
}
