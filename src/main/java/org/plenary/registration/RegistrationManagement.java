package org.plenary.registration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.plenary.directory.AccountId;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.OrganisationId;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.directory.Role;
import org.plenary.meetings.MeetingId;
import org.plenary.shared.Paging;
import org.plenary.shared.PlenaryException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The registration module's query API: registrations, their history and badge holders, each as
 * the caller may see it (a delegate their own, a focal point their organisations' without passport
 * data, the secretariat everything). Changes go through {@link RegistrationSubmission} (the form)
 * and {@link RegistrationDecisions} (approval, rejection, withdrawal, cancellation); check-in
 * through {@link CheckInDesk}.
 */
@Service
public class RegistrationManagement {

    private final Registrations registrations;
    private final Directory directory;
    private final MemberStateFields memberStateFields;

    RegistrationManagement(Registrations registrations, Directory directory, MemberStateFields memberStateFields) {
        this.registrations = registrations;
        this.directory = directory;
        this.memberStateFields = memberStateFields;
    }

    /** The account's approved registration for the meeting, if any. */
    public Optional<Participation> approvedParticipation(MeetingId meeting, AccountId account) {
        return registrations.byMeetingAndAccount(meeting, account)
                .filter(r -> r.status() == RegistrationStatus.APPROVED).map(Registration::participation);
    }

    /** The approved registrations of these accounts for the meeting, in one statement (lists of people). */
    public Map<AccountId, Participation> approvedParticipations(MeetingId meeting, Collection<AccountId> accounts) {
        return registrations.byMeetingAndAccounts(meeting, accounts.stream().map(AccountId::value).distinct().toList())
                .stream().filter(r -> r.status() == RegistrationStatus.APPROVED)
                .collect(Collectors.toMap(Registration::account, Registration::participation));
    }

    /** Whether the organisation may use the Member-State-only fields (L-REG-3, X-REG-3). */
    public boolean offersMemberStateFields(Organisation o) {
        return memberStateFields.offeredTo(o);
    }

    /**
     * One registration as the caller may see it: the delegate and the secretariat in full, a focal
     * point of its organisation without the passport data; anyone else is refused.
     */
    public Registration view(RegistrationId id) {
        PlenaryPrincipal me = CurrentUser.require();
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
        return registrations.byMeetingAndAccount(meeting, CurrentUser.require().accountId());
    }

    public List<Registration> mine() {
        return registrations.ofAccount(CurrentUser.require().accountId());
    }

    /**
     * The meeting's registrations the caller may see: all for the secretariat, their organisations'
     * for a focal point (without passport data); refused for anyone else.
     */
    public List<Registration> ofMeeting(MeetingId meeting) {
        PlenaryPrincipal me = CurrentUser.require();
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
        PlenaryPrincipal me = CurrentUser.require();
        if (!me.has(Role.FOCAL_POINT)) {
            return List.of();
        }
        List<OrganisationId> orgs = directory.organisationsOfFocalPoint(me.accountId()).stream()
                .filter(o -> directory.organisation(o).map(x -> x.category() != MembershipCategory.INVITED)
                        .orElse(false))
                .toList();
        return registrations.pendingOfOrganisations(orgs).stream().map(Registration::withoutPassport).toList();
    }

    /**
     * One page of the visa queue (L-VISA-3): approved registrations with a visa request, oldest
     * approval first; {@link Paging#all()} for the whole queue.
     */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public VisaQueueRows visaQueue(MeetingId meeting, Paging paging) {
        List<Registration> rows = registrations.visaQueue(meeting, paging.offset(), paging.size());
        // a first page that is not full is the whole queue (the whole queue always is): no count needed
        long total = paging.offset() == 0 && rows.size() < paging.size() ? rows.size()
                : registrations.visaQueueSize(meeting);
        return new VisaQueueRows(rows, paging.of(total));
    }

    /** A page of the visa queue and where it sits in the whole queue. */
    public record VisaQueueRows(List<Registration> rows, Paging.Page page) {
    }

    /** Invited experts' registrations waiting for the secretariat. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<Registration> waitingForSecretariat(MeetingId meeting) {
        return registrations.ofMeeting(meeting).stream().filter(r -> r.status() == RegistrationStatus.SUBMITTED)
                .toList();
    }

    /** Approved in-person registrations of the meeting: what gets a badge. */
    @PreAuthorize("hasRole('SECRETARIAT')")
    public List<Registration> badgeHolders(MeetingId meeting) {
        return registrations.ofMeeting(meeting).stream()
                .filter(r -> r.status() == RegistrationStatus.APPROVED && r.inPerson()).toList();
    }

    /** One badge: the delegate's own or, for the secretariat, anyone's; approved and in person only. */
    public Registration badgeOf(RegistrationId id) {
        PlenaryPrincipal me = CurrentUser.require();
        Registration r = load(id);
        if (!me.has(Role.SECRETARIAT) && !r.account().equals(me.accountId())) {
            throw PlenaryException.forbidden("registration.notYours");
        }
        if (r.status() != RegistrationStatus.APPROVED || !r.inPerson()) {
            throw PlenaryException.conflict("badge.notApprovedInPerson");
        }
        return r;
    }

    Registration load(RegistrationId id) {
        return registrations.byId(id).orElseThrow(() -> PlenaryException.notFound("registration.notFound"));
    }
}
