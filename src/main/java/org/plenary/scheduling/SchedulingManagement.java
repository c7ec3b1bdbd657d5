package org.plenary.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.StudyGroup;
import org.plenary.scheduling.solver.Planner;
import org.plenary.scheduling.solver.QuestionConflict;
import org.plenary.scheduling.solver.Schedule;
import org.plenary.shared.Languages;
import org.plenary.shared.PlenaryException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduling module's API: rooms, a meeting's draft sessions, the solver, published versions.
 * Changes need the secretariat or an officer of the meeting; publishing needs the secretariat.
 * Screens and calendars read only published versions.
 */
@Service
public class SchedulingManagement {

    static final String OFFICER = "hasRole('SECRETARIAT') or (hasRole('CHAIR') and @meetingAccess.isOfficer(#code, authentication))";

    private final MeetingManagement meetings;
    private final Rooms rooms;
    private final Sessions sessions;
    private final Conflicts conflicts;
    private final Publications publications;
    private final Planner planner;
    private final Clock clock;
    private final Duration solveLimit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    SchedulingManagement(MeetingManagement meetings, Rooms rooms, Sessions sessions, Conflicts conflicts,
            Publications publications, Planner planner, Clock clock,
            @Value("${plenary.scheduling.solve-seconds:10}") long solveSeconds, ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.meetings = meetings;
        this.rooms = rooms;
        this.sessions = sessions;
        this.conflicts = conflicts;
        this.publications = publications;
        this.planner = planner;
        this.clock = clock;
        this.solveLimit = Duration.ofSeconds(solveSeconds);
    }

    /** Rooms belong to a venue, named as the meeting's venue in English. */
    public static String venueOf(Meeting m) {
        return m.venue().in(Locale.ENGLISH);
    }

    /** Passes for the secretariat and the meeting's officers; refuses everyone else. */
    @PreAuthorize(OFFICER)
    public boolean requireOfficer(String code) {
        meetings.get(code);
        return true;
    }

    // ---- rooms

    public List<Room> rooms(String code) {
        return rooms.ofVenue(venueOf(meetings.get(code)));
    }

    public List<Room> roomsOfVenue(String venue) {
        return rooms.ofVenue(venue);
    }

    /** A new room. Refuses negative capacity or booths, a missing name, a name taken in the venue. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public Room addRoom(String venue, String name, String building, String floor, int capacity, int booths,
            boolean remoteEquipment, Set<LocalDate> unavailable) {
        if (venue == null || venue.isBlank() || name == null || name.isBlank()) {
            throw PlenaryException.invalid("scheduling.room.nameRequired");
        }
        if (capacity < 0) {
            throw PlenaryException.invalid("scheduling.room.capacityNegative", capacity);
        }
        if (booths < 0) {
            throw PlenaryException.invalid("scheduling.room.boothsNegative", booths);
        }
        if (rooms.ofVenue(venue.strip()).stream().anyMatch(r -> r.name().equalsIgnoreCase(name.strip()))) {
            throw PlenaryException.conflict("scheduling.room.nameTaken", name.strip());
        }
        Room r = new Room(UUID.randomUUID(), venue.strip(), name.strip(), Objects.toString(building, "").strip(),
                Objects.toString(floor, "").strip(), capacity, booths, remoteEquipment, false,
                unavailable == null ? Set.of() : Set.copyOf(unavailable));
        rooms.insert(r);
        return r;
    }

    // ---- sessions (draft)

    public List<Session> drafts(String code) {
        return sessions.ofMeeting(meetings.get(code).id().value());
    }

    public Session session(String code, UUID id) {
        Meeting m = meetings.get(code);
        return sessions.byId(id).filter(s -> s.meetingId().equals(m.id().value()))
                .orElseThrow(() -> PlenaryException.notFound("scheduling.session.notFound", id));
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public Session create(String code, Session.Input in) {
        Meeting m = meetings.get(code);
        Session s = validated(m, UUID.randomUUID(), in);
        sessions.insert(s, clock.instant());
        return s;
    }

    /** Several sessions at once (a Question asking for N half-days): all or none are saved. */
    @Transactional
    @PreAuthorize(OFFICER)
    public List<Session> createAll(String code, List<Session.Input> inputs) {
        Meeting m = meetings.get(code);
        List<Session> out = new ArrayList<>();
        for (Session.Input in : inputs) {
            Session s = validated(m, UUID.randomUUID(), in);
            sessions.insert(s, clock.instant());
            out.add(s);
        }
        return out;
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public Session update(String code, UUID id, Session.Input in) {
        Meeting m = meetings.get(code);
        session(code, id);
        Session s = validated(m, id, in);
        sessions.update(s);
        return s;
    }

    @Transactional
    @PreAuthorize(OFFICER)
    public void delete(String code, UUID id) {
        session(code, id);
        sessions.delete(id);
    }

    /** Pins a placed session where it is (the solver leaves it), or releases it. */
    @Transactional
    @PreAuthorize(OFFICER)
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
    @PreAuthorize(OFFICER)
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
        Meeting m = meetings.get(code);
        List<QuestionConflict> all = new ArrayList<>(PlanBuilder.sharedRapporteurs(meetings.studyGroup(m.studyGroup())));
        all.addAll(conflicts.ofMeeting(m.id().value()));
        return all;
    }

    // ---- solver

    /** The outcome of a solver run: the report, and whether the plan was saved (only a feasible one is). */
    public record SolveOutcome(Planner.Report report, boolean applied, int moved) implements java.io.Serializable {
    }

    /** Score and broken constraints of the draft as it stands (requests not yet placed count as unplaced). */
    public Planner.Report report(String code) {
        return planner.report(problem(meetings.get(code)));
    }

    @PreAuthorize(OFFICER)
    public SolveOutcome solve(String code) {
        return solve(code, solveLimit);
    }

    /**
     * Places every session that is not pinned. A plan that breaks a hard constraint is not saved:
     * the report names the constraints in the way and the draft and published plan stay as they were.
     * The solver runs outside any transaction; its plan is saved in one, and only if no session
     * changed meanwhile (otherwise nothing is saved and the secretariat is asked to solve again).
     */
    @PreAuthorize(OFFICER)
    public SolveOutcome solve(String code, Duration limit) {
        Meeting m = meetings.get(code);
        List<Session> drafts = sessions.ofMeeting(m.id().value());
        Schedule solved = planner.solve(problem(m, drafts), limit,
                Duration.ofMillis(Math.max(1000, limit.toMillis() / 3)));
        Planner.Report report = planner.report(solved);
        if (!report.feasible()) {
            return new SolveOutcome(report, false, 0);
        }
        List<Session> moved = PlanBuilder.moved(solved, drafts);
        transactions.executeWithoutResult(tx -> {
            if (!sessions.ofMeeting(m.id().value()).equals(drafts)) {
                throw PlenaryException.conflict("scheduling.solve.changedMeanwhile");
            }
            moved.forEach(sessions::update);
        });
        return new SolveOutcome(report, true, moved.size());
    }

    private Schedule problem(Meeting m) {
        return problem(m, sessions.ofMeeting(m.id().value()));
    }

    private Schedule problem(Meeting m, List<Session> drafts) {
        List<QuestionConflict> all = new ArrayList<>(PlanBuilder.sharedRapporteurs(meetings.studyGroup(m.studyGroup())));
        all.addAll(conflicts.ofMeeting(m.id().value()));
        List<Room> venueRooms = rooms.ofVenue(venueOf(m));
        List<Session> elsewhere = sessions.othersInRooms(m.id().value(), venueRooms.stream().map(Room::id).toList(),
                m.firstDay(), m.lastDay());
        return PlanBuilder.problem(m, venueRooms, drafts, elsewhere, all);
    }

    // ---- published versions

    /** Publishes the placed draft sessions as the next version; screens and calendars show it from now on. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public int publish(String code, String note) {
        Meeting m = meetings.get(code);
        List<Session> placed = sessions.ofMeeting(m.id().value()).stream().filter(Session::placed).toList();
        var auth = SecurityContextHolder.getContext().getAuthentication();
        int number = publications.insert(m.id().value(), placed, clock.instant(),
                auth == null ? "system" : auth.getName(), note == null || note.isBlank() ? null : note.strip());
        events.publishEvent(new PlanPublished(m.code(), number));
        return number;
    }

    public List<PublishedVersion> versions(String code) {
        return publications.versions(meetings.get(code).id().value());
    }

    /** The latest published sessions, or none before the first publication. */
    public List<Session> published(String code) {
        return published(meetings.get(code));
    }

    public List<Session> published(Meeting m) {
        return publications.latest(m.id().value()).flatMap(n -> publications.sessions(m.id().value(), n))
                .orElse(List.of());
    }

    public List<Session> published(String code, int number) {
        return publications.sessions(meetings.get(code).id().value(), number)
                .orElseThrow(() -> PlenaryException.notFound("scheduling.version.notFound", number));
    }

    public VersionDiff diff(String code, int from, int to) {
        return VersionDiff.between(from, published(code, from), to, published(code, to));
    }

    // ---- validation

    private Session validated(Meeting m, UUID id, Session.Input in) {
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
            room = rooms.byId(in.roomId()).filter(r -> r.venue().equals(venueOf(m)))
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
