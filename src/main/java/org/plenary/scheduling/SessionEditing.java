package org.plenary.scheduling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.meetings.StudyGroup;
import org.plenary.scheduling.solver.QuestionConflict;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A meeting's draft sessions and declared Question conflicts. Changes need the secretariat or an
 * officer of the meeting.
 */
@Service
public class SessionEditing {

    private final MeetingManagement meetings;
    private final Sessions sessions;
    private final Conflicts conflicts;
    private final SessionValidation validation;
    private final Publications publications;
    private final Clock clock;

    SessionEditing(MeetingManagement meetings, Sessions sessions, Conflicts conflicts, SessionValidation validation,
            Publications publications, Clock clock) {
        this.publications = publications;
        this.meetings = meetings;
        this.sessions = sessions;
        this.conflicts = conflicts;
        this.validation = validation;
        this.clock = clock;
    }

    public List<Session> drafts(String code) {
        return sessions.ofMeeting(meetings.get(code).id().value());
    }

    public Session session(String code, UUID id) {
        Meeting m = meetings.get(code);
        return sessions.byId(id).filter(s -> s.meetingId().equals(m.id().value()))
                .orElseThrow(() -> PlenaryException.notFound("scheduling.session.notFound", id));
    }

    @Transactional
    @OfficerOfMeeting
    public Session create(String code, Session.Input in) {
        Meeting m = meetings.get(code);
        Session s = validation.validated(m, UUID.randomUUID(), in);
        sessions.insert(s, clock.instant());
        return s;
    }

    /** Several sessions at once (a Question asking for N half-days): all or none are saved. */
    @Transactional
    @OfficerOfMeeting
    public List<Session> createAll(String code, List<Session.Input> inputs) {
        Meeting m = meetings.get(code);
        List<Session> out = new ArrayList<>();
        for (Session.Input in : inputs) {
            Session s = validation.validated(m, UUID.randomUUID(), in);
            sessions.insert(s, clock.instant());
            out.add(s);
        }
        return out;
    }

    @Transactional
    @OfficerOfMeeting
    public Session update(String code, UUID id, Session.Input in) {
        Meeting m = meetings.get(code);
        session(code, id);
        Session s = validation.validated(m, id, in);
        sessions.update(s);
        return s;
    }

    /**
     * Edits a draft session in place. Only the draft is edited: a published version is a snapshot that never
     * changes (the public plan changes when someone publishes again), and a session that is only in a published
     * version is refused with that reason.
     */
    @Transactional
    @OfficerOfMeeting
    public Session edit(String code, UUID id, Session.Edit edit) {
        Meeting m = meetings.get(code);
        Session draft = sessions.byId(id).filter(s -> s.meetingId().equals(m.id().value()))
                .orElseThrow(() -> publications.anyHolds(m.id().value(), id)
                        ? PlenaryException.conflict("scheduling.session.publishedOnly")
                        : PlenaryException.notFound("scheduling.session.notFound", id));
        Session s = validation.validated(m, id, draft.edited(edit));
        sessions.update(s);
        return s;
    }

    @Transactional
    @OfficerOfMeeting
    public void delete(String code, UUID id) {
        session(code, id);
        sessions.delete(id);
    }

    /** Pins a placed session where it is (the solver leaves it), or releases it. */
    @Transactional
    @OfficerOfMeeting
    public Session pin(String code, UUID id, boolean pinned) {
        Session s = session(code, id);
        if (pinned && !s.placed()) {
            throw PlenaryException.invalid("scheduling.session.pinNeedsPlace");
        }
        Session next = s.withPinned(pinned);
        sessions.update(next);
        return next;
    }

    @Transactional
    @OfficerOfMeeting
    public void declareConflict(String code, int a, int b) {
        Meeting m = meetings.get(code);
        StudyGroup sg = meetings.studyGroup(m.studyGroup());
        for (int q : new int[] {a, b}) {
            if (sg.question(q).isEmpty()) {
                throw PlenaryException.invalid("scheduling.session.unknownQuestion", q, sg.number());
            }
        }
        if (a == b) {
            throw PlenaryException.invalid("scheduling.conflict.same");
        }
        conflicts.declare(m.id().value(), QuestionConflict.of(a, b, QuestionConflict.Reason.DECLARED));
    }

    public List<QuestionConflict> conflicts(String code) {
        return conflicts(meetings.get(code));
    }

    /** Questions that must not meet at the same time: shared rapporteurs, then the declared ones. */
    List<QuestionConflict> conflicts(Meeting m) {
        List<QuestionConflict> all = new ArrayList<>(PlanBuilder.sharedRapporteurs(meetings.rapporteurs(m.id())));
        all.addAll(conflicts.ofMeeting(m.id().value()));
        return all;
    }
}
