package org.plenary.remote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingDetails;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingSetup;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationForm;
import org.plenary.registration.RegistrationManagement;
import org.plenary.registration.RegistrationSubmission;
import org.plenary.scheduling.RoomManagement;
import org.plenary.scheduling.SchedulePublishing;
import org.plenary.scheduling.SessionEditing;
import org.plenary.scheduling.Session;
import org.plenary.scheduling.SessionKind;
import org.plenary.shared.LocalizedText;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** A meeting of its own per test, with sessions, an officer and approved participants. */
@Component
public class RemoteFixtures {

    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 14);

    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    MeetingSetup meetingSetup;
    @Autowired
    SessionEditing editing;
    @Autowired
    RoomManagement roomManagement;
    @Autowired
    SchedulePublishing publishing;
    @Autowired
    RegistrationManagement registration;
    @Autowired
    RegistrationSubmission registrationSubmission;
    @Autowired
    RemoteParticipation remote;

    /** One test's world: the meeting, its secretariat and officer, an opening plenary and a workshop. */
    public final class World {
        public final Account secretariat = users.create("Secretariat", Role.SECRETARIAT);
        public final Account officer = users.create("Officer", Role.CHAIR, Role.DELEGATE);
        public final Meeting meeting;
        private final UUID room;
        public final Session opening;
        public final Session workshop;

        World() {
            String code = "RP-" + UUID.randomUUID().toString().substring(0, 8);
            meeting = users.as(secretariat, () -> meetingSetup.create(code, 12, new MeetingDetails(
                    LocalizedText.en("Remote test meeting"), LocalizedText.en("Geneva"), LocalizedText.en("ITU"),
                    FIRST_DAY, FIRST_DAY.plusDays(4), "Europe/Zurich", LocalTime.of(9, 30), LocalTime.of(8, 30),
                    LocalizedText.en("Montbrillant"), LocalizedText.en("Chair"), "tsbsg12@itu.int",
                    "+41 22 730 5111")));
            users.as(secretariat, () -> meetingSetup.addOfficer(code, officer.id().value()));
            room = users.as(secretariat, () -> roomManagement.addRoom(RoomManagement.venueOf(meeting),
                    "Remote room " + code, "", "", 400, 6, true, Set.of())).id();
            opening = session(SessionKind.SG_OPENING, "Opening plenary", FIRST_DAY, 9, 30, 12, 30);
            workshop = session(SessionKind.WORKSHOP, "Workshop on QoE", FIRST_DAY.plusDays(1), 14, 30, 17, 30);
        }

        public String code() {
            return meeting.code();
        }

        /** A session placed in the world's room and published, as participants only see the published plan. */
        public Session session(SessionKind kind, String title, LocalDate day, int h1, int m1, int h2, int m2) {
            return users.as(secretariat, () -> {
                Session s = editing.create(code(), new Session.Input(kind, null, List.of(), title, day,
                        LocalTime.of(h1, m1), LocalTime.of(h2, m2), room, "Chair", List.of(), false, 0, false, 0,
                        null, Set.of(), null));
                publishing.publish(code(), null);
                return s;
            });
        }

        /** The participant takes their link to the session and joins through it, as the join page does. */
        public void joinRemotely(Participant p, Session s) {
            String link = users.as(p.account(), () -> remote.issueLink(code(), s.id()));
            users.as(p.account(), () -> remote.join(link.substring("/remote/join/".length())));
        }

        public Instant start(Session s) {
            return ZonedDateTime.of(s.day(), s.start(), meeting.zone()).toInstant();
        }

        /** A confirmed delegate of a new organisation in the country with automatic approval: registered at once. */
        public Participant participant(String name, String country, String gender, boolean inPerson) {
            Account a = users.create(name, Role.DELEGATE);
            Organisation org = users.as(secretariat, () -> directory.create("Org " + name + " "
                    + UUID.randomUUID().toString().substring(0, 6), country, MembershipCategory.SECTOR_MEMBER, null,
                    true));
            users.as(secretariat, () -> directory.confirmAffiliation(org.id(), a.id(), secretariat.id()));
            Registration r = users.as(a, () -> registrationSubmission.submit(meeting.id(), new RegistrationForm(org.id(),
                    inPerson, false, gender, null, null, false, false, false, false, null)));
            return new Participant(a, org, r.badgeCode());
        }
    }

    public record Participant(Account account, Organisation organisation, String badge) {
        public UUID id() {
            return account.id().value();
        }
    }

    public World world() {
        return new World();
    }
}
