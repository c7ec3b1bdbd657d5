package org.plenary.scheduling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.StudyGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo rooms of ITU headquarters (names and sizes are demo data, labelled as such) and the demo
 * meeting's sessions reproducing Annex B, published as version 1. Loaded once; does nothing when present.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "plenary.demo-data", havingValue = "true", matchIfMissing = true)
class SchedulingDemoData implements ApplicationRunner {

    static final String CODE = "SG12-2026-06";
    static final String SCREEN = "montbrillant-lobby";
    private static final Logger log = LoggerFactory.getLogger(SchedulingDemoData.class);

    private final MeetingManagement meetings;
    private final Rooms rooms;
    private final Sessions sessions;
    private final Publications publications;
    private final Screens screens;
    private final Clock clock;

    SchedulingDemoData(MeetingManagement meetings, Rooms rooms, Sessions sessions, Publications publications,
            Screens screens, Clock clock) {
        this.meetings = meetings;
        this.rooms = rooms;
        this.sessions = sessions;
        this.publications = publications;
        this.screens = screens;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Meeting m = meetings.find(CODE).orElse(null);
        if (m == null) {
            return;
        }
        String venue = RoomManagement.venueOf(m);
        if (!rooms.anyInVenue(venue)) {
            demoRooms(venue).forEach(rooms::insert);
        }
        if (screens.byKey(SCREEN).isEmpty()) {
            screens.upsert(new Screen(SCREEN, "Montbrillant lobby (demo)", venue, null));
            screens.upsert(new Screen("tower-entrance", "Tower entrance (demo)", venue, "Tower"));
        }
        if (sessions.anyOf(m.id().value())) {
            return;
        }
        List<Session> annexB = annexB(m, meetings.studyGroup(m.studyGroup()), rooms.ofVenue(venue));
        annexB.forEach(s -> sessions.insert(s, clock.instant()));
        publications.insert(m.id().value(), m.code(), sessions.ofMeeting(m.id().value()), clock.instant(), "demo data",
                null, "Annex B of TSB Collective Letter 4/12 (SG12-TD361)");
        log.info("Loaded {} demo sessions of {} and published them as version 1", annexB.size(), CODE);
    }

    static List<Room> demoRooms(String venue) {
        return List.of(
                room(venue, "Popov Room (demo)", "Tower", "Ground floor", 400, 6, true),
                room(venue, "Room A (demo)", "Tower", "Level -1", 120, 0, true),
                room(venue, "Room B (demo)", "Tower", "Level -1", 80, 0, false),
                room(venue, "Room C (demo)", "Tower", "Level -1", 60, 0, false),
                room(venue, "Room H (demo)", "Montbrillant", "Level 1", 90, 0, true),
                room(venue, "Room K (demo)", "Montbrillant", "Level 1", 70, 0, true),
                room(venue, "Room E (demo)", "Montbrillant", "Level 2", 50, 0, false),
                room(venue, "Room G (demo)", "Montbrillant", "Level 2", 50, 0, false));
    }

    private static Room room(String venue, String name, String building, String floor, int capacity, int booths,
            boolean remote) {
        return new Room(UUID.randomUUID(), venue, name, building, floor, capacity, booths, remote, true, Set.of());
    }

    /**
     * Annex B: workshop on Monday 8 June afternoon; Tuesday 9 June morning the SG12 opening plenary,
     * then the working-party openings in sequence; parallel Question sessions until Tuesday 16 June;
     * WP3's closing on Tuesday 16 afternoon, WP1's and WP2's on Wednesday 17 morning, then the SG12
     * closing plenary (interpretation on request, L-LANG-1; remote participation, L-RP-1).
     */
    static List<Session> annexB(Meeting m, StudyGroup sg, List<Room> rooms) {
        UUID meeting = m.id().value();
        Map<String, Room> byName = new HashMap<>();
        rooms.forEach(r -> byName.put(r.name(), r));
        Room popov = byName.get("Popov Room (demo)");
        List<Session> out = new ArrayList<>();
        LocalDate d8 = m.firstDay().minusDays(1);
        LocalDate d9 = m.firstDay();
        LocalDate d16 = m.lastDay().minusDays(1);
        LocalDate d17 = m.lastDay();
        out.add(fixed(meeting, SessionKind.WORKSHOP, null, List.of(), "ITU Workshop on QoS and QoE of satellite Internet services",
                d8, "14:00", "18:00", popov, List.of(), true, 150));
        out.add(fixed(meeting, SessionKind.SG_OPENING, null, List.of(), null, d9, "09:30", "10:30", popov, List.of(), true, 200));
        out.add(fixed(meeting, SessionKind.WP_OPENING, 1, List.of(), null, d9, "10:30", "11:15", popov, List.of(), true, 120));
        out.add(fixed(meeting, SessionKind.WP_OPENING, 2, List.of(), null, d9, "11:15", "12:00", popov, List.of(), true, 120));
        out.add(fixed(meeting, SessionKind.WP_OPENING, 3, List.of(), null, d9, "12:00", "12:30", popov, List.of(), true, 120));
        out.add(fixed(meeting, SessionKind.WP_CLOSING, 3, List.of(), null, d16, "16:00", "17:30", popov, List.of(), true, 120));
        out.add(fixed(meeting, SessionKind.WP_CLOSING, 1, List.of(), null, d17, "09:30", "10:30", popov, List.of(), true, 120));
        out.add(fixed(meeting, SessionKind.WP_CLOSING, 2, List.of(), null, d17, "10:30", "11:30", popov, List.of(), true, 120));
        out.add(fixed(meeting, SessionKind.SG_CLOSING, null, List.of(), null, d17, "11:30", "12:30", popov, List.of(), true, 200));
        out.add(fixed(meeting, SessionKind.SG_CLOSING, null, List.of(), null, d17, "14:30", "17:30", popov,
                List.of("ar", "es", "fr", "ru", "zh"), true, 200));
        // parallel Question sessions: each room hosts two Questions, alternating half-days
        List<StudyGroup.Question> qs = sg.questions();
        List<Room> parallel = rooms.stream().sorted(Comparator.comparing(Room::name)).toList();
        List<LocalDate[]> halves = new ArrayList<>();
        for (LocalDate d = d9; d.isBefore(d17); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() >= 6) {
                continue;
            }
            if (!d.equals(d9)) {
                halves.add(new LocalDate[] {d, null});
            }
            halves.add(new LocalDate[] {null, d});
        }
        int k = 0;
        for (LocalDate[] h : halves) {
            boolean morning = h[0] != null;
            LocalDate day = morning ? h[0] : h[1];
            for (int r = 0; r < parallel.size(); r++) {
                int index = 2 * r + (k % 2);
                if (index >= qs.size()) {
                    continue;
                }
                StudyGroup.Question q = qs.get(index);
                Room room = parallel.get(r);
                boolean closingAfternoon = day.equals(d16) && !morning;
                if (closingAfternoon && (room == popov || Integer.valueOf(3).equals(q.workingParty()))) {
                    continue; // WP3 closes that afternoon in the Popov Room
                }
                Session s = fixed(meeting, SessionKind.QUESTION, q.workingParty(), List.of(q.number()), null, day,
                        morning ? "09:30" : "14:30", morning ? "12:30" : "17:30", room, List.of(), room.remoteEquipment(),
                        Math.min(40, room.capacity()));
                out.add(s.withPinned(false));
            }
            k++;
        }
        return out;
    }

    private static Session fixed(UUID meeting, SessionKind kind, Integer wp, List<Integer> questions, String title,
            LocalDate day, String start, String end, Room room, List<String> interpretation, boolean remote,
            int attendance) {
        return new Session(UUID.randomUUID(), meeting, kind, wp, questions, title, day, LocalTime.parse(start),
                LocalTime.parse(end), room.id(), null, interpretation, remote, attendance, true, 0, null, Set.of(),
                null);
    }
}
