package org.plenary.scheduling;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.StudyGroup;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Component;

/**
 * Checks a session's input against its meeting (study group, days, room, booths, double bookings)
 * and builds the session, or refuses with the first rule broken.
 */
@Component
class SessionValidation {

    private final MeetingManagement meetings;
    private final Rooms rooms;
    private final Sessions sessions;

    SessionValidation(MeetingManagement meetings, Rooms rooms, Sessions sessions) {
        this.meetings = meetings;
        this.rooms = rooms;
        this.sessions = sessions;
    }

    Session validated(Meeting m, UUID id, Session.Input in) {
        if (in.kind() == null) {
            throw PlenaryException.invalid("scheduling.session.kindRequired");
        }
        StudyGroup sg = meetings.studyGroup(m.studyGroup());
        List<Integer> questions = in.questions() == null ? List.of()
                : in.questions().stream().filter(Objects::nonNull).distinct().sorted().toList();
        Set<Integer> wps = new HashSet<>();
        for (int q : questions) {
            StudyGroup.Question question = sg.question(q)
                    .orElseThrow(() -> PlenaryException.invalid("scheduling.session.unknownQuestion", q, sg.number()));
            wps.add(question.workingParty());
        }
        Integer wp = in.workingParty();
        if (wp != null && sg.workingParty(wp).isEmpty()) {
            throw PlenaryException.invalid("scheduling.session.unknownWorkingParty", wp, sg.number());
        }
        if (wp == null && wps.size() == 1) {
            wp = wps.iterator().next();
        }
        if (in.kind() == SessionKind.QUESTION && questions.size() != 1
                || in.kind() == SessionKind.JOINT_QUESTION && questions.size() < 2) {
            throw PlenaryException.invalid("scheduling.session.questionsForKind");
        }
        if (in.kind().workingPartyPlenary() && wp == null) {
            throw PlenaryException.invalid("scheduling.session.workingPartyRequired");
        }
        boolean anyTime = in.day() != null || in.start() != null || in.end() != null;
        if (anyTime && (in.day() == null || in.start() == null || in.end() == null)) {
            throw PlenaryException.invalid("scheduling.session.dayAndTimes");
        }
        if (in.day() != null && !m.timePlanDays().contains(in.day())) {
            throw PlenaryException.invalid("scheduling.session.dayOutside", in.day(), m.firstDay(), m.lastDay());
        }
        if (in.start() != null && !in.end().isAfter(in.start())) {
            throw PlenaryException.invalid("scheduling.session.endBeforeStart", in.start(), in.end());
        }
        int attendance = in.attendance() == null ? 0 : in.attendance();
        if (attendance < 0) {
            throw PlenaryException.invalid("scheduling.session.attendanceNegative");
        }
        List<String> interpretation = in.interpretation() == null ? List.of()
                : in.interpretation().stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (!interpretation.isEmpty() && !in.kind().mayHaveInterpretation()) {
            throw PlenaryException.invalid("scheduling.session.interpretationClosingOnly");
        }
        for (String l : interpretation) {
            if (!Languages.isSupported(l)) {
                throw PlenaryException.invalid("scheduling.session.languageUnknown", l);
            }
        }
        Room room = null;
        if (in.roomId() != null) {
            room = rooms.byId(in.roomId()).filter(r -> r.venue().equals(RoomManagement.venueOf(m)))
                    .orElseThrow(() -> PlenaryException.invalid("scheduling.room.notFound", in.roomId()));
        }
        boolean pinned = Boolean.TRUE.equals(in.pinned());
        if (pinned && (room == null || in.day() == null)) {
            throw PlenaryException.invalid("scheduling.session.pinNeedsPlace");
        }
        int offset = in.offsetMinutes() == null ? 0 : in.offsetMinutes();
        if (offset < 0 || in.durationMinutes() != null && in.durationMinutes() <= 0) {
            throw PlenaryException.invalid("scheduling.session.durationInvalid");
        }
        Session s = new Session(id, m.id().value(), in.kind(), wp, questions,
                in.title() == null || in.title().isBlank() ? null : in.title().strip(), in.day(), in.start(), in.end(),
                in.roomId(), in.chair() == null || in.chair().isBlank() ? null : in.chair().strip(), interpretation,
                in.kind().alwaysRemote() || Boolean.TRUE.equals(in.remote()), attendance, pinned, offset,
                in.durationMinutes(), in.preferredDays() == null ? Set.of() : Set.copyOf(in.preferredDays()),
                in.preferredHalf());
        if (room != null && s.day() != null) {
            if (!room.availableOn(s.day())) {
                throw PlenaryException.conflict("scheduling.session.roomUnavailable", room.name(), s.day());
            }
            if (s.attendance() > room.capacity()) {
                throw PlenaryException.conflict("scheduling.session.roomTooSmall", room.name(), room.capacity(),
                        s.attendance());
            }
            if (s.interpretation().size() > room.booths()) {
                throw PlenaryException.conflict("scheduling.session.notEnoughBooths", room.name(), room.booths());
            }
            for (Session other : sessions.inRoomOn(room.id(), s.day())) {
                if (s.overlaps(other)) {
                    throw PlenaryException.conflict("scheduling.session.roomDoubleBooked", room.name(), s.day(),
                            other.start(), other.end());
                }
            }
        }
        return s;
    }
}
