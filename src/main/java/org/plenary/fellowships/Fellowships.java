package org.plenary.fellowships;

import static org.plenary.shared.Strings.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.Directory;
import org.plenary.directory.Organisation;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.registration.Participation;
import org.plenary.registration.RegistrationManagement;
import org.plenary.shared.PlenaryException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fellowships module's API. Delegates apply for themselves; the secretariat sees the proposal
 * and decides ({@link EligibleCountries} and {@link FellowshipBudget} keep the list and the money). The rules of the letter are
 * checked when applying and again when awarding, inside a lock on the country's row.
 */
@Service
public class Fellowships {

    private final Applications store;
    private final MeetingManagement meetings;
    private final RegistrationManagement registrations;
    private final Directory directory;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<Contributions> contributions;
    private final Clock clock;

    Fellowships(Applications store, MeetingManagement meetings, RegistrationManagement registrations,
            Directory directory, AccountManagement accounts, ApplicationEventPublisher events,
            ObjectProvider<Contributions> contributions, Clock clock) {
        this.store = store;
        this.meetings = meetings;
        this.registrations = registrations;
        this.directory = directory;
        this.accounts = accounts;
        this.events = events;
        this.contributions = contributions;
        this.clock = clock;
    }

    // ------------------------------------------------------------ the delegate

    /**
     * Applies for the logged-in delegate (L-FEL-6, X-FEL-1): only with an approved registration,
     * from an eligible country, before the fellowship deadline, within the per-country rules
     * (L-FEL-1, L-FEL-3) and the person's yearly limit (X-FEL-3).
     */
    @Transactional
    public Application apply(String meetingCode, FellowshipKind kind, boolean specificNeeds, String needsNote) {
        PlenaryPrincipal me = CurrentUser.require();
        Meeting m = meetings.get(meetingCode);
        if (kind == null) {
            throw PlenaryException.invalid("fellowship.kindRequired");
        }
        if (needsNote != null && needsNote.length() > 1000) {
            throw PlenaryException.invalid("fellowship.noteTooLong");
        }
        Participation p = registrations.approvedParticipation(m.id(), me.accountId())
                .orElseThrow(() -> PlenaryException.forbidden("fellowship.notApproved"));
        meetings.requireOpen(m.id(), DeadlineRule.FELLOWSHIP_REQUESTS);
        Organisation org = directory.organisation(p.organisation())
                .orElseThrow(() -> PlenaryException.notFound("organisation.notFound"));
        String country = org.countryCode();
        if (country == null || !store.lockEligible(country)) {
            throw PlenaryException.forbidden("fellowship.countryNotEligible",
                    country == null ? "—" : countryName(country));
        }
        if (store.byMeetingAndAccount(m.id(), me.accountId())
                .filter(x -> x.status() != Application.Status.WITHDRAWN).isPresent()) {
            throw PlenaryException.conflict("fellowship.duplicate");
        }
        requireCountryRule(m, country, kind, false);
        int year = m.firstDay().getYear();
        if (store.awardedInYear(me.accountId(), year) >= FellowshipRules.PER_PERSON_PER_YEAR) {
            throw PlenaryException.conflict("fellowship.yearlyLimit", FellowshipRules.PER_PERSON_PER_YEAR, year);
        }
        Application a = new Application(UUID.randomUUID(), m.id(), me.accountId(), p.id().value(), org.id(), country,
                kind, specificNeeds, blankToNull(needsNote), p.gender(), Application.Status.APPLIED, null, year,
                clock.instant(), null, null, null);
        store.insert(a);
        return a;
    }

    /** Whether the caller's registration for the meeting is approved: only then is the form offered. */
    public boolean mayApply(String meetingCode) {
        return registrations.approvedParticipation(meetings.get(meetingCode).id(), CurrentUser.require().accountId()).isPresent();
    }

    public Optional<Application> mine(String meetingCode) {
        return store.byMeetingAndAccount(meetings.get(meetingCode).id(), CurrentUser.require().accountId());
    }

    // ------------------------------------------------------------ the secretariat

    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<Application> applications(String meetingCode) {
        return store.ofMeeting(meetings.get(meetingCode).id());
    }

    /** Who applied: the person's name and organisation, for every application of the meeting. */
    public record Applicant(String name, String organisation) {
    }

    @PreAuthorize("hasRole('SECRETARIAT')")
    public Map<UUID, Applicant> applicants(String meetingCode) {
        Map<UUID, Applicant> out = new LinkedHashMap<>();
        for (Application a : store.ofMeeting(meetings.get(meetingCode).id())) {
            out.put(a.id(), new Applicant(name(a.account()),
                    directory.organisation(a.organisation()).map(Organisation::name).orElse("")));
        }
        return out;
    }

    /** Whether contributions are counted (the documents module supplies them). */
    public boolean countsContributions() {
        return contributions.getIfAvailable() != null;
    }

    /** The deterministic proposal over the open applications, within the budget left after awards. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Allocation.Proposal proposal(String meetingCode) {
        Meeting m = meetings.get(meetingCode);
        List<Application> all = store.ofMeeting(m.id());
        List<Allocation.Awarded> awarded = new ArrayList<>();
        BigDecimal committed = BigDecimal.ZERO;
        List<Allocation.Candidate> open = new ArrayList<>();
        Contributions counter = contributions.getIfAvailable();
        for (Application a : all) {
            String region = directory.country(a.country()).map(c -> c.region().name()).orElse(null);
            if (a.status() == Application.Status.AWARDED) {
                awarded.add(new Allocation.Awarded(a.country(), region, a.kind(), a.gender()));
                committed = committed.add(a.cost() == null ? BigDecimal.ZERO : a.cost());
            } else if (a.status() == Application.Status.APPLIED) {
                open.add(new Allocation.Candidate(a.id(), name(a.account()), a.country(), region, a.kind(), a.cost(),
                        counter == null ? 0 : counter.count(m.id(), a.organisation()), a.specificNeeds(), a.gender(),
                        store.awardedInYear(a.account(), a.financialYear()), a.appliedAt()));
            }
        }
        return Allocation.propose(store.budget(m.id()).orElse(BigDecimal.ZERO), awarded, open, committed);
    }

    /** Awards, re-checking the country rules, the yearly limit, the cost and the budget ({@link FellowshipDecided}). */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Application award(UUID application) {
        PlenaryPrincipal me = CurrentUser.require();
        Application a = load(application);
        Meeting m = meetings.get(a.meeting());
        if (a.status() != Application.Status.APPLIED) {
            throw PlenaryException.conflict(a.status() == Application.Status.WITHDRAWN
                    ? "fellowship.registrationNotHolding" : "fellowship.alreadyDecided");
        }
        if (registrations.approvedParticipation(m.id(), a.account())
                .filter(p -> p.id().value().equals(a.registration())).isEmpty()) {
            throw PlenaryException.conflict("fellowship.registrationNotHolding");
        }
        store.lockEligible(a.country());
        store.lockPerson(a.account());
        requireCountryRule(m, a.country(), a.kind(), true);
        if (store.awardedInYear(a.account(), a.financialYear()) >= FellowshipRules.PER_PERSON_PER_YEAR) {
            throw PlenaryException.conflict("fellowship.yearlyLimit", FellowshipRules.PER_PERSON_PER_YEAR,
                    a.financialYear());
        }
        if (a.cost() == null) {
            throw PlenaryException.conflict("fellowship.costMissing");
        }
        BigDecimal budget = store.budget(m.id()).orElse(BigDecimal.ZERO);
        BigDecimal committed = store.ofMeeting(m.id()).stream()
                .filter(x -> x.status() == Application.Status.AWARDED && x.cost() != null)
                .map(Application::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (committed.add(a.cost()).compareTo(budget) > 0) {
            throw PlenaryException.conflict("fellowship.overBudget", a.cost(), budget.subtract(committed));
        }
        Instant now = clock.instant();
        if (!store.decide(a.id(), Application.Status.AWARDED, me.accountId(), now, null)) {
            throw PlenaryException.conflict("fellowship.alreadyDecided");
        }
        events.publishEvent(new FellowshipDecided(a.id(), m.id(), m.code(), m.title(), a.account(), a.kind(), true,
                null, now));
        return load(a.id());
    }

    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Application decline(UUID application, String reason) {
        PlenaryPrincipal me = CurrentUser.require();
        Application a = load(application);
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw PlenaryException.invalid("fellowship.reasonRequired");
        }
        Instant now = clock.instant();
        if (!store.decide(a.id(), Application.Status.DECLINED, me.accountId(), now, reason.strip())) {
            throw PlenaryException.conflict("fellowship.alreadyDecided");
        }
        Meeting m = meetings.get(a.meeting());
        events.publishEvent(new FellowshipDecided(a.id(), m.id(), m.code(), m.title(), a.account(), a.kind(), false,
                reason.strip(), now));
        return load(a.id());
    }

    /** An application as its applicant or the secretariat sees it; refused to anyone else. */
    public Application view(UUID application) {
        PlenaryPrincipal me = CurrentUser.require();
        Application a = load(application);
        if (!me.has(Role.SECRETARIAT) && !a.account().equals(me.accountId())) {
            throw PlenaryException.forbidden("fellowship.notYours");
        }
        return a;
    }

    // ------------------------------------------------------------ helpers

    /** L-FEL-1 and L-FEL-3 for one more fellowship of the kind; at award only awarded ones count as held. */
    private void requireCountryRule(Meeting m, String country, FellowshipKind kind, boolean atAward) {
        List<FellowshipKind> held = store.activeForCountry(m.id(), country).stream()
                .filter(x -> !atAward || x.status() == Application.Status.AWARDED).map(Application::kind).toList();
        Allocation.Reason broken = FellowshipRules.countryRule(held, kind);
        if (broken != null) {
            throw PlenaryException.conflict(broken.key().replace(".reason.", "."), countryName(country));
        }
    }

    String countryName(String code) {
        return directory.country(code).map(c -> c.name().in(LocaleContextHolder
                .getLocale())).orElse(code);
    }

    String name(AccountId account) {
        return accounts.find(account).map(Account::name).orElse(account.toString());
    }

    private Application load(UUID id) {
        return store.byId(id).orElseThrow(() -> PlenaryException.notFound("fellowship.notFound"));
    }
}
