package org.plenary.registration;

import static org.plenary.shared.Strings.blankToNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

import org.plenary.directory.AccountId;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.Deadline;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registration module's API: the form, the approval workflow, badges and check-in. Every
 * method checks the caller's role and ownership: a delegate acts on their own registration, a
 * focal point decides only for their organisations, the secretariat sees and may do everything.
 */
@Service
public class RegistrationManagement {

    /** The genders the form offers, in the order it lists them. */
    static final List<String> GENDERS = List.of("female", "male", "other");
    private static final String BADGE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Registrations registrations;
    private final Directory directory;
    private final MeetingManagement meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MemberStateFields memberStateFields;

    RegistrationManagement(Registrations registrations, Directory directory, MeetingManagement meetings,
            ApplicationEventPublisher events, Clock clock, MemberStateFields memberStateFields) {
        this.registrations = registrations;
        this.directory = directory;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
        this.memberStateFields = memberStateFields;
    }

    /** The account's approved registration for the meeting, if any. */
    public Optional<Participation> approvedParticipation(MeetingId meeting, AccountId account) {
        return registrations.byMeetingAndAccount(meeting, account)
                .filter(r -> r.status() == RegistrationStatus.APPROVED).map(Registration::participation);
    }

    /** Whether the organisation may use the Member-State-only fields (L-REG-3, X-REG-3). */
    public boolean offersMemberStateFields(Organisation o) {
        return memberStateFields.offeredTo(o);
    }

    // ---------------------------------------------------------------- the delegate

    /** Registers the logged-in person, or re-submits after a rejection or withdrawal. */
    @Transactional
    public Registration submit(MeetingId meetingId, RegistrationForm f) {
        return submit(meetings.get(meetingId), f);
    }

    /** The same, for a meeting the caller has already loaded. */
    @Transactional
    public Registration submit(Meeting meeting, RegistrationForm f) {
        PlenaryPrincipal me = me();
        MeetingId meetingId = meeting.id();
        Instant now = clock.instant();
        Map<DeadlineRule, Deadline> deadlines = new EnumMap<>(DeadlineRule.class);
        meetings.deadlines(meeting).forEach(d -> deadlines.put(d.rule(), d));
        if (now.isAfter(meeting.lastDay().plusDays(1).atStartOfDay(meeting.zone()).toInstant())) {
            throw PlenaryException.conflict("registration.meetingOver");
        }
        Organisation org = f.organisation() == null ? null : directory.organisation(f.organisation()).orElse(null);
        if (org == null) {
            throw PlenaryException.invalid("registration.organisationRequired");
        }
        Optional<Registration> existing = registrations.byMeetingAndAccount(meetingId, me.accountId());
        if (existing.isPresent()) {
            RegistrationStatus s = existing.get().status();
            if (s == RegistrationStatus.SUBMITTED || s == RegistrationStatus.APPROVED) {
                throw PlenaryException.conflict("registration.duplicate");
            }
            if (s == RegistrationStatus.CANCELLED) {
                throw PlenaryException.conflict("registration.cancelledBySecretariat");
            }
        }
        if (f.asksMemberStateOnly() && !offersMemberStateFields(org)) {
            throw PlenaryException.forbidden("registration.memberStateOnly");
        }
        String gender = blankToNull(f.gender());
        if (gender != null && !GENDERS.contains(gender)) {
            throw PlenaryException.invalid("registration.genderUnknown");
        }
        String interpretation = blankToNull(f.interpretationLanguage());
        if (interpretation != null) {
            if (!Languages.isSupported(interpretation)) {
                throw PlenaryException.invalid("registration.languageUnknown");
            }
            requireOpen(deadlines, now, DeadlineRule.INTERPRETATION_REQUESTS);
        }
        if (f.captioningRequest() || f.signLanguageRequest()) {
            requireOpen(deadlines, now, DeadlineRule.CAPTIONING_REQUESTS);
        }
        if (f.fellowshipRequest()) {
            requireOpen(deadlines, now, DeadlineRule.FELLOWSHIP_REQUESTS);
        }
        Registration.Passport passport = null;
        if (f.visaRequest()) {
            requireOpen(deadlines, now, DeadlineRule.PRE_REGISTRATION);
            requireOpen(deadlines, now, DeadlineRule.VISA_SUPPORT_REQUESTS);
            if (!f.inPerson()) {
                throw PlenaryException.invalid("registration.visaNeedsInPerson");
            }
            passport = checkPassport(f.passport(), meeting);
        }
        boolean late = !deadlines.get(DeadlineRule.PRE_REGISTRATION).isOpen(now);
        String functionTitle = blankToNull(f.functionTitle());
        if (functionTitle != null && functionTitle.length() > 200) {
            throw PlenaryException.invalid("registration.tooLong");
        }
        Registration r = new Registration(existing.map(Registration::id).orElseGet(RegistrationId::random), meetingId,
                me.accountId(), org.id(), RegistrationStatus.SUBMITTED, f.inPerson(), f.newcomer(), gender,
                functionTitle, interpretation, f.fellowshipRequest(), f.captioningRequest(),
                f.signLanguageRequest(), f.visaRequest(), passport, late, now, null, null, null, null, null,
                existing.map(Registration::version).orElse(0));
        if (existing.isPresent()) {
            if (!registrations.update(r)) {
                throw PlenaryException.conflict("registration.changedMeanwhile");
            }
            r = registrations.byId(r.id()).orElseThrow();
        } else {
            try {
                registrations.insert(r);
            } catch (DuplicateKeyException e) {
                throw PlenaryException.conflict("registration.duplicate"); // the same person, twice at once
            }
        }
        registrations.addTransition(r.id(), now, me.accountId(), existing.map(Registration::status).orElse(null),
                RegistrationStatus.SUBMITTED, null);
        directory.claimAffiliation(org.id(), me.accountId());

        // automatic approval (TSB Circular 1) only for a person whose affiliation is already confirmed:
        // anyone else waits for the focal point, who confirms affiliation and registration together
        boolean bySecretariat = org.category() == MembershipCategory.INVITED;
        boolean automatic = !bySecretariat && (directory.isFocalPoint(me.accountId(), org.id())
                || (org.automaticApproval() && directory.isAffiliationConfirmed(me.accountId(), org.id())));
        if (automatic) {
            String why = directory.isFocalPoint(me.accountId(), org.id()) ? "registration.auto.focalPoint"
                    : "registration.auto.organisation";
            r = approve(r, null, why, now);
        }
        events.publishEvent(new RegistrationSubmitted(r.id(), meetingId, meeting.code(), meeting.title(),
                me.accountId(), org.id(), bySecretariat, automatic, late, now));
        if (automatic) {
            events.publishEvent(new RegistrationApproved(r.id(), meetingId, me.accountId(), now));
        }
        return r;
    }

    /** The delegate withdraws their own registration. */
    @Transactional
    public Registration withdraw(RegistrationId id) {
        PlenaryPrincipal me = me();
        Registration r = load(id);
        if (!r.account().equals(me.accountId())) {
            throw PlenaryException.forbidden("registration.notYours");
        }
        return move(r, RegistrationStatus.WITHDRAWN, me.accountId(), null);
    }

    // ---------------------------------------------------------------- focal points and the secretariat

    /**
     * Approves a submitted registration: a focal point of its organisation, or the secretariat.
     * Approving also confirms that the delegate belongs to the organisation.
     */
    @Transactional
    public Registration approve(RegistrationId id) {
        PlenaryPrincipal me = me();
        Registration r = load(id);
        requireDecider(me, r);
        requireSubmitted(r);
        Instant now = clock.instant();
        Registration approved = approve(r, me.accountId(), null, now);
        directory.confirmAffiliation(r.organisation(), r.account(), me.accountId());
        events.publishEvent(new RegistrationApproved(r.id(), r.meeting(), r.account(), now));
        return approved;
    }

    /** Rejects a submitted registration, with the reason the delegate will read. */
    @Transactional
    public Registration reject(RegistrationId id, String reason) {
        PlenaryPrincipal me = me();
        Registration r = load(id);
        requireDecider(me, r);
        requireSubmitted(r);
        String why = requireReason(reason);
        Instant now = clock.instant();
        Registration rejected = decide(r, RegistrationStatus.REJECTED, me.accountId(), why, null, now);
        events.publishEvent(new RegistrationRejected(r.id(), r.meeting(), r.account(), why, now));
        return rejected;
    }

    /** The secretariat cancels a registration (submitted or approved), with a reason. */
    @Transactional
    public Registration cancel(RegistrationId id, String reason) {
        PlenaryPrincipal me = me();
        if (!me.has(Role.SECRETARIAT)) {
            throw PlenaryException.forbidden("registration.secretariatOnly");
        }
        Registration r = load(id);
        return move(r, RegistrationStatus.CANCELLED, me.accountId(), requireReason(reason));
    }

    private Registration move(Registration r, RegistrationStatus to, AccountId actor, String reason) {
        if (r.status() != RegistrationStatus.SUBMITTED && r.status() != RegistrationStatus.APPROVED) {
            throw PlenaryException.conflict("registration.notActive");
        }
        Instant now = clock.instant();
        Registration moved = decide(r, to, actor, reason, r.badgeCode(), now);
        events.publishEvent(new RegistrationWithdrawn(r.id(), r.meeting(), r.account(), to, now));
        return moved;
    }

    private Registration approve(Registration r, AccountId actor, String autoReason, Instant now) {
        return decide(r, RegistrationStatus.APPROVED, actor, autoReason, newBadgeCode(), now);
    }

    private Registration decide(Registration r, RegistrationStatus to, AccountId actor, String reason, String badge,
            Instant now) {
        Registration next = new Registration(r.id(), r.meeting(), r.account(), r.organisation(), to, r.inPerson(),
                r.newcomer(), r.gender(), r.functionTitle(), r.interpretationLanguage(), r.fellowshipRequest(),
                r.captioningRequest(), r.signLanguageRequest(), r.visaRequest(), r.passport(), r.late(),
                r.submittedAt(), now, actor, reason, badge, r.checkedInAt(), r.version());
        if (!registrations.update(next)) {
            throw PlenaryException.conflict("registration.changedMeanwhile");
        }
        registrations.addTransition(r.id(), now, actor, r.status(), to, reason);
        return registrations.byId(r.id()).orElseThrow();
    }

    private void requireDecider(PlenaryPrincipal me, Registration r) {
        if (me.has(Role.SECRETARIAT)) {
            return;
        }
        Organisation org = directory.organisation(r.organisation()).orElseThrow();
        if (org.category() == MembershipCategory.INVITED) {
            throw PlenaryException.forbidden("registration.secretariatDecidesInvited");
        }
        if (!me.has(Role.FOCAL_POINT) || !directory.isFocalPoint(me.accountId(), r.organisation())) {
            throw PlenaryException.forbidden("registration.notYourOrganisation");
        }
    }

    private static void requireSubmitted(Registration r) {
        if (r.status() != RegistrationStatus.SUBMITTED) {
            throw PlenaryException.conflict("registration.alreadyDecided");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw PlenaryException.invalid("registration.reasonRequired");
        }
        if (reason.length() > 1000) {
            throw PlenaryException.invalid("registration.tooLong");
        }
        return reason.strip();
    }

    // ---------------------------------------------------------------- reading

    /**
     * One registration as the caller may see it: the delegate and the secretariat in full, a focal
     * point of its organisation without the passport data; anyone else is refused.
     */
    public Registration view(RegistrationId id) {
        PlenaryPrincipal me = me();
        Registration r = load(id);
        if (me.has(Role.SECRETARIAT) || r.account().equals(me.accountId())) {
            return r;
        }
        if (me.has(Role.FOCAL_POINT) && directory.isFocalPoint(me.accountId(), r.organisation())) {
            return r.withoutPassport();
        }
        throw PlenaryException.forbidden("registration.notYours");
    }

    public List<Transition> history(RegistrationId id) {
        view(id);
        return registrations.transitions(id);
    }

    /** The caller's own registration for the meeting. */
    public Optional<Registration> mine(MeetingId meeting) {
        return registrations.byMeetingAndAccount(meeting, me().accountId());
    }

    public List<Registration> mine() {
        return registrations.ofAccount(me().accountId());
    }

    /**
     * The meeting's registrations the caller may see: all for the secretariat, their organisations'
     * for a focal point (without passport data); refused for anyone else.
     */
    public List<Registration> ofMeeting(MeetingId meeting) {
        PlenaryPrincipal me = me();
        if (me.has(Role.SECRETARIAT)) {
            return registrations.ofMeeting(meeting);
        }
        if (me.has(Role.FOCAL_POINT)) {
            return registrations.ofOrganisations(meeting, directory.organisationsOfFocalPoint(me.accountId()))
                    .stream().map(Registration::withoutPassport).toList();
        }
        throw PlenaryException.forbidden("registration.secretariatOrFocalPoint");
    }

    /** Requests waiting for the calling focal point, across meetings. */
    public List<Registration> waitingForMe() {
        PlenaryPrincipal me = me();
        if (!me.has(Role.FOCAL_POINT)) {
            return List.of();
        }
        List<OrganisationId> orgs = directory.organisationsOfFocalPoint(me.accountId()).stream()
                .filter(o -> directory.organisation(o).map(x -> x.category() != MembershipCategory.INVITED)
                        .orElse(false))
                .toList();
        return registrations.pendingOfOrganisations(orgs).stream().map(Registration::withoutPassport).toList();
    }

    /** Invited experts' registrations waiting for the secretariat. */
    public List<Registration> waitingForSecretariat(MeetingId meeting) {
        requireSecretariat();
        return registrations.ofMeeting(meeting).stream().filter(r -> r.status() == RegistrationStatus.SUBMITTED)
                .toList();
    }

    // ---------------------------------------------------------------- badges and check-in

    /** Approved in-person registrations of the meeting: what gets a badge. */
    public List<Registration> badgeHolders(MeetingId meeting) {
        requireSecretariat();
        return registrations.ofMeeting(meeting).stream()
                .filter(r -> r.status() == RegistrationStatus.APPROVED && r.inPerson()).toList();
    }

    /** One badge: the delegate's own or, for the secretariat, anyone's; approved and in person only. */
    public Registration badgeOf(RegistrationId id) {
        PlenaryPrincipal me = me();
        Registration r = load(id);
        if (!me.has(Role.SECRETARIAT) && !r.account().equals(me.accountId())) {
            throw PlenaryException.forbidden("registration.notYours");
        }
        if (r.status() != RegistrationStatus.APPROVED || !r.inPerson()) {
            throw PlenaryException.conflict("badge.notApprovedInPerson");
        }
        return r;
    }

    // ---------------------------------------------------------------- helpers

    PlenaryPrincipal requireSecretariat() {
        PlenaryPrincipal me = me();
        if (!me.has(Role.SECRETARIAT)) {
            throw PlenaryException.forbidden("registration.secretariatOnly");
        }
        return me;
    }

    private Registration load(RegistrationId id) {
        return registrations.byId(id).orElseThrow(() -> PlenaryException.notFound("registration.notFound"));
    }

    static PlenaryPrincipal me() {
        return CurrentUser.require();
    }

    private static void requireOpen(Map<DeadlineRule, Deadline> deadlines, Instant now, DeadlineRule rule) {
        Deadline d = deadlines.get(rule);
        if (!d.isOpen(now)) {
            throw MeetingManagement.closed(d);
        }
    }

    private static Registration.Passport checkPassport(Registration.Passport p, Meeting meeting) {
        if (p == null || blankToNull(p.fullName()) == null || blankToNull(p.number()) == null
                || blankToNull(p.nationality()) == null || p.expiry() == null || p.dateOfBirth() == null) {
            throw PlenaryException.invalid("registration.passportRequired");
        }
        if (!p.number().strip().matches("[A-Za-z0-9]{5,20}")) {
            throw PlenaryException.invalid("registration.passportNumberInvalid");
        }
        if (p.expiry().isBefore(meeting.lastDay())) {
            throw PlenaryException.invalid("registration.passportExpires");
        }
        return new Registration.Passport(p.fullName().strip(), p.number().strip().toUpperCase(Locale.ROOT),
                p.nationality().strip().toUpperCase(Locale.ROOT), p.expiry(), p.dateOfBirth());
    }

    private static String newBadgeCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(BADGE_ALPHABET.charAt(RANDOM.nextInt(BADGE_ALPHABET.length())));
        }
        return sb.toString();
    }
}
