package org.plenary.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingSetup;
import org.plenary.shared.LocalizedText;
import org.plenary.support.TestUsers;
import org.springframework.stereotype.Component;

/** A meeting of its own for each test, at a venue of its own with two rooms, created by a secretariat account. */
@Component
public class SchedulingFixture {

    public record Setup(Account secretariat, String code, String venue, Room big, Room small) {
    }

    private final TestUsers users;
    private final MeetingSetup meetings;
    private final RoomManagement roomManagement;
    private final SessionEditing editing;
    private final SchedulePublishing publishing;

    SchedulingFixture(TestUsers users, MeetingSetup meetings, RoomManagement roomManagement, SessionEditing editing,
            SchedulePublishing publishing) {
        this.users = users;
        this.meetings = meetings;
        this.roomManagement = roomManagement;
        this.editing = editing;
        this.publishing = publishing;
    }

    /** SG12 meeting Monday 2027-03-01 to Wednesday 2027-03-03, Europe/Zurich. */
    public Setup meeting() {
        return meeting(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 3));
    }

    public Setup meeting(LocalDate first, LocalDate last) {
        Account sec = users.create("Scheduling Secretariat", Role.SECRETARIAT);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = "T-" + suffix;
        String venue = "Test venue " + suffix;
        return users.as(sec, () -> {
            meetings.create(code, 12, new MeetingDetails(LocalizedText.en("Test meeting " + suffix),
                    LocalizedText.en("Geneva"), LocalizedText.en(venue), first, last, "Europe/Zurich",
                    LocalTime.of(9, 30), LocalTime.of(8, 30), null, null, "test@example.org", null));
            Room big = roomManagement.addRoom(venue, "Big room", "Tower", "0", 300, 6, true, Set.of());
            Room small = roomManagement.addRoom(venue, "Small room", "Montbrillant", "1", 40, 0, false, Set.of());
            return new Setup(sec, code, venue, big, small);
        });
    }

    /** The sessions, created by the meeting's secretariat and published (participants see only the published plan). */
    public List<Session> published(Setup f, Session.Input... sessions) {
        return users.as(f.secretariat(), () -> {
            List<Session> created = Arrays.stream(sessions).map(s -> editing.create(f.code(), s)).toList();
            publishing.publish(f.code(), null);
            return created;
        });
    }

    public static Session.Input placed(SessionKind kind, List<Integer> questions, Integer wp, LocalDate day,
            String start, String end, Room room, boolean pinned) {
        return new Session.Input(kind, wp, questions, null, day, LocalTime.parse(start), LocalTime.parse(end),
                room == null ? null : room.id(), null, List.of(), false, 20, pinned, 0, null, Set.of(), null);
    }
}
