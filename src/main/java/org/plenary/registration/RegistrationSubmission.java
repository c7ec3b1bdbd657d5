package org.plenary.registration;

import static org.plenary.shared.Strings.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.plenary.directory.AffiliationClaim;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.Deadline;
import org.plenary.meetings.DeadlineRule;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delegate's registration form: checks what the person asks for against the deadlines, the
 * organisation's category and the passport rules, records it, and approves it at once where the
 * affiliation is already confirmed (or the person is the organisation's focal point).
 */
@Service
public class RegistrationSubmission {

    /** The genders the form offers, in the order it lists them. */
    static final List<String> GENDERS = List.of("female", "male", "other");

    private final Registrations registrations;
    private final Directory directory;
    private final MeetingManagement meetings;
    private final RegistrationDecisions decisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MemberStateFields memberStateFields;

    RegistrationSubmission(Registrations registrations, Directory directory, MeetingManagement meetings,
            RegistrationDecisions decisions, ApplicationEventPublisher events, Clock clock,
            MemberStateFields memberStateFields) {
        this.registrations = registrations;
        this.directory = directory;
        this.meetings = meetings;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
        this.memberStateFields = memberStateFields;
    }

    /** Registers the logged-in person, or re-submits after a rejection or withdrawal. */
    @Transactional
    public Registration submit(MeetingId meetingId, RegistrationForm f) {
        return submit(meetings.get(meetingId), f);
    }

    /** The same, for a meeting the caller has already loaded. */
    @Transactional
    public Registration submit(Meeting meeting, RegistrationForm f) {
        PlenaryPrincipal me = CurrentUser.require();
        MeetingId meetingId = meeting.id();
        Instant now = clock.instant();
        Map<DeadlineRule, Deadline> deadlines = new EnumMap<>(DeadlineRule.class);
        meetings.deadlines(meeting).forEach(d -> deadlines.put(d.rule(), d));
        if (meeting.isOver(now)) {
            throw PlenaryException.conflict("registration.meetingOver");
        }
        Organisation org = f.organisation() == null ? null : directory.organisation(f.organisation()).orElse(null);
        if (org == null) {
            throw PlenaryException.invalid("registration.organisationRequired");
        }
        if (f.asksMemberStateOnly() && !memberStateFields.offeredTo(org)) {
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
        Registration r = new Registration(RegistrationId.random(), meetingId, me.accountId(), org.id(),
                RegistrationStatus.SUBMITTED, f.inPerson(), f.newcomer(), gender, functionTitle, interpretation,
                f.fellowshipRequest(), f.captioningRequest(), f.signLanguageRequest(), f.visaRequest(), passport,
                late, now, null, null, null, null, null, 0);
        if (!registrations.insertSubmitted(r)) { // a re-submission: the person's earlier row, read only then
            Registration earlier = registrations.byMeetingAndAccount(meetingId, me.accountId())
                    .orElseThrow(() -> PlenaryException.conflict("registration.changedMeanwhile"));
            RegistrationStatus from = earlier.status();
            if (from == RegistrationStatus.SUBMITTED || from == RegistrationStatus.APPROVED) {
                throw PlenaryException.conflict("registration.duplicate");
            }
            if (from == RegistrationStatus.CANCELLED) {
                throw PlenaryException.conflict("registration.cancelledBySecretariat");
            }
            if (!registrations.update(r.replacing(earlier))) {
                throw PlenaryException.conflict("registration.changedMeanwhile");
            }
            r = registrations.byId(earlier.id()).orElseThrow();
            registrations.addTransition(r.id(), now, me.accountId(), from, RegistrationStatus.SUBMITTED, null);
        }
        AffiliationClaim claim = directory.claimAffiliation(org, me.accountId());

        // automatic approval (TSB Circular 1) only for a person whose affiliation is already confirmed:
        // anyone else waits for the focal point, who confirms affiliation and registration together
        boolean bySecretariat = org.category() == MembershipCategory.INVITED;
        boolean focalPoint = !bySecretariat && claim.focalPoint();
        boolean automatic = !bySecretariat && (focalPoint || (org.automaticApproval() && claim.confirmed()));
        if (automatic) {
            String why = focalPoint ? "registration.auto.focalPoint" : "registration.auto.organisation";
            r = decisions.approve(r, null, why, now);
        }
        events.publishEvent(new RegistrationSubmitted(r.id(), meetingId, meeting.code(), meeting.title(),
                meeting.place(), meeting.firstDay(), meeting.lastDay(), me.accountId(), claim.person().email(),
                claim.person().name(), claim.person().preferredLanguage(), org.id(), org.name(), bySecretariat,
                automatic, late, now));
        if (automatic) {
            events.publishEvent(new RegistrationApproved(r.id(), meetingId, meeting.code(), meeting.title(),
                    me.accountId(), now));
        }
        return r;
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
}
