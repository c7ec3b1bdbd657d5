package org.plenary.visas;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Country;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationId;
import org.plenary.registration.RegistrationManagement;
import org.plenary.registration.RegistrationStatus;
import org.plenary.shared.Languages;
import org.plenary.shared.LocalizedText;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visa-support letters (L-VISA-1..3, X-VISA-1). The delegate names the Swiss embassy or consulate;
 * the secretariat works through a queue ordered by approval date, each with its target issue date
 * (approval + {@value #ISSUE_DAYS} days) and a warning when that is too late. Issuing freezes what
 * the letter says ({@link VisaLetterFacts}) and its PDF: an issued letter never changes. A new
 * passport (a re-submitted registration) or a new representation is a new request that needs a new
 * issue; a letter is served only while its registration is approved, in the submission it was issued
 * for. Only the delegate and the secretariat see passport data or fetch the letter.
 */
@Service
public class VisaLetters {

    /** L-VISA-3: it usually takes 15 days after approval before the letter can be issued. */
    public static final int ISSUE_DAYS = 15;
    /** Days a Swiss representation usually needs to process a visa: a letter issued later than this before the meeting is flagged. */
    public static final int PROCESSING_DAYS = 15;

    private final VisaRequests store;
    private final RegistrationManagement registrations;
    private final MeetingManagement meetings;
    private final Directory directory;
    private final AccountManagement accounts;
    private final VisaLetterPrinter printer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisaLetters(VisaRequests store, RegistrationManagement registrations, MeetingManagement meetings,
            Directory directory, AccountManagement accounts, VisaLetterPrinter printer, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.registrations = registrations;
        this.meetings = meetings;
        this.directory = directory;
        this.accounts = accounts;
        this.printer = printer;
        this.events = events;
        this.clock = clock;
    }

    public enum Warning {
        NONE, TOO_CLOSE, AFTER_START;

        public String messageKey() {
            return "visa.warning." + name();
        }
    }

    /** One line of the secretariat's queue. */
    public record QueueEntry(Registration registration, Account delegate, Organisation organisation,
            LocalDate approvedOn, LocalDate targetIssueDate, Warning warning, VisaStatus status, String issuedByName) {
    }

    /** What an issue recorded. */
    public record Issue(UUID letter, UUID registration, Instant issuedAt, AccountId issuedBy) {
    }

    /**
     * The delegate names (or changes) the Swiss embassy or consulate. After an issue, another
     * representation is a new request: the issued letter stays as it is until a new one is issued.
     */
    @Transactional
    public VisaStatus nameEmbassy(String meetingCode, String embassy) {
        PlenaryPrincipal me = CurrentUser.require();
        Meeting m = meetings.get(meetingCode);
        Registration r = registrations.mine(m.id()).filter(Registration::visaRequest)
                .filter(x -> x.status() == RegistrationStatus.SUBMITTED || x.status() == RegistrationStatus.APPROVED)
                .orElseThrow(() -> PlenaryException.conflict("visa.noRequest"));
        String e = embassy == null ? "" : embassy.strip();
        if (e.isEmpty() || e.length() > 300) {
            throw PlenaryException.invalid("visa.embassyRequired");
        }
        boolean same = store.request(r.id().value()).map(x -> x.embassy().equals(e)).orElse(false);
        if (!same) {
            store.name(r.id().value(), m.id(), me.accountId(), e, clock.instant());
        }
        return status(r);
    }

    /** The caller's own registration with a visa request for the meeting. */
    public Optional<Registration> myRequest(String meetingCode) {
        CurrentUser.require();
        return registrations.mine(meetings.get(meetingCode).id()).filter(Registration::visaRequest);
    }

    /** Where the caller's own visa request stands. */
    public Optional<VisaStatus> myStatus(String meetingCode) {
        return myRequest(meetingCode).map(this::status);
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

    /**
     * Issues the letter for the current request: the registration is approved, carries passport data
     * and a representation is named, and no letter was issued for exactly this request. Freezes the
     * letter's facts and its PDF in the delegate's language; the previous letter, if any, is superseded.
     */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Issue issue(UUID registration) {
        PlenaryPrincipal me = CurrentUser.require();
        Optional<VisaRequests.Request> request = store.lockRequest(registration);
        Registration r = registrations.view(new RegistrationId(registration));
        if (!r.visaRequest() || r.status() != RegistrationStatus.APPROVED) {
            throw PlenaryException.conflict("visa.notApproved");
        }
        if (r.passport() == null || r.passport().number() == null) {
            throw PlenaryException.conflict("visa.noPassport");
        }
        VisaRequests.Request req = request.orElseThrow(() -> PlenaryException.conflict("visa.noEmbassy"));
        if (status(r).state() == VisaStatus.State.ISSUED) {
            throw PlenaryException.conflict("visa.alreadyIssued");
        }
        Instant now = clock.instant();
        Meeting m = meetings.get(r.meeting());
        Account delegate = accounts.find(r.account()).orElseThrow();
        Organisation org = directory.organisation(r.organisation()).orElseThrow();
        Registration.Passport p = r.passport();
        VisaLetterFacts facts = new VisaLetterFacts(req.embassy(), p.fullName(), p.number(), p.nationality(),
                directory.country(p.nationality()).map(Country::name).orElse(LocalizedText.en(p.nationality())),
                p.expiry(), p.dateOfBirth(), delegate.name(), org.name(), m.code(), m.title(), m.place(),
                m.firstDay(), m.lastDay(), now.atZone(m.zone()).toLocalDate(), m.letter().signatoryTitle());
        store.end(registration, VisaRequests.End.SUPERSEDED, now);
        VisaRequests.Issued issued = new VisaRequests.Issued(UUID.randomUUID(), registration, m.id(), r.account(),
                r.submittedAt(), now, me.accountId(), facts, null, null);
        store.insert(issued);
        stored(issued, Languages.locale(delegate.preferredLanguage()));
        events.publishEvent(new VisaLetterIssued(issued.id(), registration, m.id(), m.code(), m.title(), r.account(), now));
        return new Issue(issued.id(), registration, now, me.accountId());
    }

    /**
     * The current letter as PDF, exactly as stored at issue (or, for another language, as first
     * rendered from the frozen facts), for the delegate it belongs to and the secretariat only, and
     * only while the registration holds: approved, in the submission the letter was issued for.
     */
    @Transactional
    public byte[] pdf(UUID registration, Locale locale) {
        PlenaryPrincipal me = CurrentUser.require();
        Registration r = registrations.view(new RegistrationId(registration));
        if (!me.has(Role.SECRETARIAT) && !r.account().equals(me.accountId())) {
            throw PlenaryException.forbidden("visa.notYours");
        }
        if (r.status() != RegistrationStatus.APPROVED) {
            throw PlenaryException.conflict("visa.registrationNotApproved");
        }
        VisaRequests.Issued letter = store.current(registration).filter(i -> holds(i, r))
                .orElseThrow(() -> PlenaryException.conflict("visa.notIssued"));
        return stored(letter, Languages.locale(locale == null ? null : locale.getLanguage()));
    }

    /** Where the registration's visa request stands. */
    VisaStatus status(Registration r) {
        UUID id = r.id().value();
        return status(r, store.request(id), store.current(id));
    }

    /** Where the request stands, given its open request and its current letter (read by the caller). */
    static VisaStatus status(Registration r, Optional<VisaRequests.Request> req, Optional<VisaRequests.Issued> letter) {
        Optional<VisaRequests.Issued> current = letter.filter(i -> holds(i, r));
        VisaStatus.State state;
        if (r.status() != RegistrationStatus.APPROVED) {
            state = VisaStatus.State.NOT_APPROVED;
        } else if (req.isEmpty()) {
            state = current.isPresent() ? VisaStatus.State.CHANGED : VisaStatus.State.NOT_NAMED;
        } else if (current.isEmpty()) {
            state = VisaStatus.State.TO_ISSUE;
        } else {
            state = current.get().facts().embassy().equals(req.get().embassy()) ? VisaStatus.State.ISSUED : VisaStatus.State.CHANGED;
        }
        Optional<VisaRequests.Issued> shown = state == VisaStatus.State.NOT_APPROVED ? Optional.empty() : current;
        return new VisaStatus(r, req.map(VisaRequests.Request::embassy).orElse(null),
                req.map(VisaRequests.Request::namedAt).orElse(null),
                shown.map(VisaRequests.Issued::issuedAt).orElse(null),
                shown.map(VisaRequests.Issued::issuedBy).orElse(null),
                shown.map(i -> i.facts().embassy()).orElse(null), state);
    }

    /** A letter holds while its registration is approved, in the same submission, with the same passport. */
    private static boolean holds(VisaRequests.Issued letter, Registration r) {
        return letter.current() && r.status() == RegistrationStatus.APPROVED
                && letter.submittedAt().equals(r.submittedAt()) && letter.facts().carries(r.passport());
    }

    /** The letter's stored PDF in the language; printed from the frozen facts and stored on first use. */
    private byte[] stored(VisaRequests.Issued letter, Locale language) {
        String lang = language.getLanguage();
        return store.pdf(letter.id(), lang).orElseGet(() -> {
            store.storePdf(letter.id(), lang, printer.print(letter.facts(), language), clock.instant());
            return store.pdf(letter.id(), lang).orElseThrow();
        });
    }
}
