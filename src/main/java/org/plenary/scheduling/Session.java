package org.plenary.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.plenary.meetings.HalfDay;
import org.plenary.shared.InputLimits;

/**
 * A session of a meeting. Placed when it has a day, times (local to the meeting's zone) and a
 * room; a request for the solver otherwise. Owner: the study group (plenaries, workshops), a
 * working party, or one or more Questions (by number). A pinned session keeps its place when
 * the solver re-plans the others. {@code offsetMinutes}/{@code durationMinutes} say where in a
 * half-day the solver puts a session that does not take the whole half-day (plenaries in sequence).
 */
public record Session(UUID id, UUID meetingId, SessionKind kind, Integer workingParty, List<Integer> questions,
        String title, LocalDate day, LocalTime start, LocalTime end, UUID roomId, String chair,
        List<String> interpretation, boolean remote, int attendance, boolean pinned, int offsetMinutes,
        Integer durationMinutes, Set<LocalDate> preferredDays, HalfDay preferredHalf) {

    public boolean placed() {
        return day != null && start != null && end != null && roomId != null;
    }

    public boolean overlaps(Session o) {
        return !o.id.equals(id) && day != null && day.equals(o.day) && start.isBefore(o.end) && o.start.isBefore(end);
    }

    public Session placedAt(LocalDate day, LocalTime start, LocalTime end, UUID roomId) {
        return new Session(id, meetingId, kind, workingParty, questions, title, day, start, end, roomId, chair,
                interpretation, remote, attendance, pinned, offsetMinutes, durationMinutes, preferredDays,
                preferredHalf);
    }

    public Session withPinned(boolean pin) {
        return new Session(id, meetingId, kind, workingParty, questions, title, day, start, end, roomId, chair,
                interpretation, remote, attendance, pin, offsetMinutes, durationMinutes, preferredDays,
                preferredHalf);
    }

    /**
     * An edit in place of a draft session: what it is (kind, name, Questions, working party), where and when
     * (day, times, room), how long the solver makes it, its attendance and whether it is pinned. The rest
     * (chair, interpretation, remote participation, preferences) stays as it is.
     */
    public record Edit(SessionKind kind, @Size(max = InputLimits.TITLE) String title, List<Integer> questions,
            Integer workingParty, LocalDate day, LocalTime start, LocalTime end, UUID roomId, Integer durationMinutes,
            Integer attendance, Boolean pinned) {
    }

    /** The input that makes this session what the edit says (validated like a new session). */
    public Input edited(Edit e) {
        return new Input(e.kind(), e.workingParty(), e.questions(), e.title(), e.day(), e.start(), e.end(), e.roomId(),
                chair, interpretation, remote, e.attendance() == null ? attendance : e.attendance(),
                Boolean.TRUE.equals(e.pinned()), offsetMinutes, e.durationMinutes(), preferredDays, preferredHalf);
    }

    /** What the secretariat sends to create or change a session. */
    public record Input(SessionKind kind, Integer workingParty, List<Integer> questions, String title, LocalDate day,
            LocalTime start, LocalTime end, UUID roomId, String chair, List<String> interpretation, Boolean remote,
            Integer attendance, Boolean pinned, Integer offsetMinutes, Integer durationMinutes,
            Set<LocalDate> preferredDays, HalfDay preferredHalf) {

        public static Input of(Session s) {
            return new Input(s.kind(), s.workingParty(), s.questions(), s.title(), s.day(), s.start(), s.end(),
                    s.roomId(), s.chair(), s.interpretation(), s.remote(), s.attendance(), s.pinned(),
                    s.offsetMinutes(), s.durationMinutes(), s.preferredDays(), s.preferredHalf());
        }

        public Input at(LocalDate d, LocalTime from, LocalTime to, UUID room) {
            return new Input(kind, workingParty, questions, title, d, from, to, room, chair, interpretation, remote,
                    attendance, pinned, offsetMinutes, durationMinutes, preferredDays, preferredHalf);
        }

        /** A request for the solver: a Question (or joint Questions) wanting one half-day. */
        public static Input request(SessionKind kind, List<Integer> questions, int attendance) {
            return new Input(kind, null, questions, null, null, null, null, null, null, List.of(), false, attendance,
                    false, 0, null, Set.of(), null);
        }
    }
}
