package org.plenary.registration;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;

import org.plenary.directory.AccountId;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a registration after it is submitted: a focal point of its organisation or the
 * secretariat approves (with a badge code) or rejects it, the delegate withdraws it, the
 * secretariat cancels it. Each change is recorded as a transition and published as an event.
 */
@Service
public class RegistrationDecisions {

    private static final String BADGE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Registrations registrations;
    private final RegistrationManagement reading;
    private final Directory directory;
    private final MeetingManagement meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistrationDecisions(Registrations registrations, RegistrationManagement reading, Directory directory,
            MeetingManagement meetings, ApplicationEventPublisher events, Clock clock) {
        this.registrations = registrations;
        this.reading = reading;
        this.directory = directory;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    /** The delegate withdraws their own registration. */
    @Transactional
    public Registration withdraw(RegistrationId id) {
        PlenaryPrincipal me = CurrentUser.require();
        Registration r = load(id);
        if (!r.account().equals(me.accountId())) {
            throw PlenaryException.forbidden("registration.notYours");
        }
        return move(r, RegistrationStatus.WITHDRAWN, me.accountId(), null);
    }

    /**
     * Approves a submitted registration: a focal point of its organisation, or the secretariat.
     * Approving also confirms that the delegate belongs to the organisation.
     */
    @Transactional
    public Registration approve(RegistrationId id) {
        PlenaryPrincipal me = CurrentUser.require();
        Registration r = load(id);
        requireDecider(me, r);
        requireSubmitted(r);
        Instant now = clock.instant();
        Registration approved = approve(r, me.accountId(), null, now);
        directory.confirmAffiliation(r.organisation(), r.account(), me.accountId());
        Meeting m = meetings.get(r.meeting());
        events.publishEvent(new RegistrationApproved(r.id(), m.id(), m.code(), m.title(), r.account(), now));
        return approved;
    }

    /** Rejects a submitted registration, with the reason the delegate will read. */
    @Transactional
    public Registration reject(RegistrationId id, String reason) {
        PlenaryPrincipal me = CurrentUser.require();
        Registration r = load(id);
        requireDecider(me, r);
        requireSubmitted(r);
        String why = requireReason(reason);
        Instant now = clock.instant();
        Registration rejected = decide(r, RegistrationStatus.REJECTED, me.accountId(), why, null, now);
        Meeting m = meetings.get(r.meeting());
        events.publishEvent(new RegistrationRejected(r.id(), m.id(), m.code(), m.title(), r.account(), why, now));
        return rejected;
    }

    /** The secretariat cancels a registration (submitted or approved), with a reason. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Registration cancel(RegistrationId id, String reason) {
        PlenaryPrincipal me = CurrentUser.require();
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

    /** Approves with a new badge code; {@code actor} null and a reason key when the approval is automatic. */
    Registration approve(Registration r, AccountId actor, String autoReason, Instant now) {
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

    private Registration load(RegistrationId id) {
        return reading.load(id);
    }

    private static String newBadgeCode() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(BADGE_ALPHABET.charAt(RANDOM.nextInt(BADGE_ALPHABET.length())));
        }
        return sb.toString();
    }
}
