package org.plenary.remote;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plenary.directory.AccountId;
import org.plenary.directory.AccountManagement;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.Officers;
import org.plenary.registration.Participation;
import org.plenary.registration.RegistrationManagement;
import org.plenary.scheduling.SchedulePublishing;
import org.plenary.scheduling.Session;
import org.plenary.scheduling.SessionLabels;
import org.plenary.scheduling.SessionEditing;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Component;

/**
 * Who is asking, and what they are to a meeting: its chair's side (the meeting's officers and the
 * secretariat, since a session's chair is only a name) or a registered participant (L-RP-3).
 */
@Component
class RemoteAccess {

    private final MeetingManagement meetings;
    private final SchedulePublishing publishing;
    private final SessionEditing editing;
    private final RegistrationManagement registration;
    private final AccountManagement accounts;
    private final Officers officers;
    private final SessionLabels labels;

    RemoteAccess(MeetingManagement meetings, SchedulePublishing publishing, SessionEditing editing,
            RegistrationManagement registration, AccountManagement accounts, Officers officers,
            SessionLabels labels) {
        this.labels = labels;
        this.meetings = meetings;
        this.publishing = publishing;
        this.editing = editing;
        this.registration = registration;
        this.accounts = accounts;
        this.officers = officers;
    }

    static UUID myId() {
        return CurrentUser.require().accountId().value();
    }

    Meeting meeting(String code) {
        return meetings.get(code);
    }

    String meetingCode(UUID meetingId) {
        return meetings.get(new MeetingId(meetingId)).code();
    }

    /**
     * The session as last published. Drafts are the chair's side's work in progress: the
     * secretariat and the meeting's officers also reach a session that is only a draft (to
     * prepare it before publication); anyone else gets "not found".
     */
    SessionContext session(String code, UUID sessionId) {
        Meeting m = meetings.get(code);
        Session s = publishing.published(m).stream().filter(x -> x.id().equals(sessionId)).findFirst()
                .orElseGet(() -> {
                    if (!seesDrafts(m)) {
                        throw PlenaryException.notFound("scheduling.session.notFound", sessionId);
                    }
                    return editing.session(code, sessionId);
                });
        return context(m, s);
    }

    /** The sessions of the meeting as published; the chair's side sees the drafts while nothing is published. */
    List<SessionContext> sessions(String code) {
        Meeting m = meetings.get(code);
        List<Session> published = publishing.published(m);
        return (published.isEmpty() && seesDrafts(m) ? editing.drafts(code) : published).stream()
                .map(s -> context(m, s)).toList();
    }

    private SessionContext context(Meeting m, Session s) {
        return new SessionContext(m, s, labels.label(s, m.studyGroup()));
    }

    /** The secretariat and the meeting's officers; nobody without a login. */
    private boolean seesDrafts(Meeting m) {
        return officers.isOfficer(m.id());
    }

    /** The chair's side: the secretariat and the meeting's officers ({@link Officers}). */
    boolean isChair(Meeting m) {
        CurrentUser.require();
        return officers.isOfficer(m.id());
    }

    PlenaryPrincipal requireChair(Meeting m) {
        PlenaryPrincipal me = CurrentUser.require();
        if (!officers.isOfficer(m.id())) {
            throw PlenaryException.forbidden("remote.chairOnly");
        }
        return me;
    }

    Optional<Participation> participation(Meeting m, UUID account) {
        return registration.approvedParticipation(m.id(), new AccountId(account));
    }

    /** L-RP-3: only people with an approved registration for the meeting. */
    Participation requireRegistered(Meeting m, UUID account) {
        return participation(m, account).orElseThrow(() -> PlenaryException.forbidden("remote.notRegistered"));
    }

    /** The approved registrations of these people for the meeting, in one statement. */
    Map<UUID, Participation> participations(Meeting m, Collection<UUID> accounts) {
        return registration.approvedParticipations(m.id(), accounts.stream().map(AccountId::new).toList())
                .entrySet().stream().collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }

    /** These people's names, in one statement ("?" for an unknown account, as {@link #name}). */
    Map<UUID, String> names(Collection<UUID> people) {
        return accounts.byIds(people.stream().map(AccountId::new).toList()).entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), e -> e.getValue().name()));
    }

    String name(UUID account) {
        return accounts.find(new AccountId(account)).map(a -> a.name()).orElse("?");
    }
}
