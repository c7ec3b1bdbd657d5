package org.plenary.scheduling.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.plenary.meetings.HalfDay;
import org.plenary.scheduling.SessionKind;

/**
 * One small instance per hard constraint: the constraint reports exactly the broken case and is
 * silent on the fixed one (each test fails when its constraint is removed from the provider).
 */
class ScheduleConstraintsTests {

    static final Planner PLANNER = new Planner();
    static final LocalDate DAY1 = LocalDate.of(2026, 6, 9);
    static final List<Slot> SLOTS = List.of(Slot.of(0, DAY1, HalfDay.MORNING), Slot.of(1, DAY1, HalfDay.AFTERNOON),
            Slot.of(2, DAY1.plusDays(1), HalfDay.MORNING), Slot.of(3, DAY1.plusDays(1), HalfDay.AFTERNOON));
    static final RoomFact BIG = room("Big", 300, 6, true);
    static final RoomFact SMALL = room("Small", 30, 0, false);

    static RoomFact room(String name, int capacity, int booths, boolean remote) {
        return new RoomFact(UUID.randomUUID(), name, capacity, booths, remote, Set.of());
    }

    static SessionPlan q(String label, Integer wp, int... questions) {
        Set<Integer> qs = new HashSet<>();
        for (int n : questions) {
            qs.add(n);
        }
        return new SessionPlan(label, label, qs.size() > 1 ? SessionKind.JOINT_QUESTION : SessionKind.QUESTION, wp,
                qs, 20);
    }

    static long penalty(String constraint, List<QuestionConflict> conflicts, SessionPlan... sessions) {
        Planner.Report r = PLANNER.report(new Schedule(SLOTS, List.of(BIG, SMALL), conflicts, List.of(sessions)));
        Optional<Planner.Broken> b = r.broken().stream().filter(x -> x.constraint().equals(constraint)).findFirst();
        return b.map(Planner.Broken::penalty).orElse(0L);
    }

    static long penalty(String constraint, SessionPlan... sessions) {
        return penalty(constraint, List.of(), sessions);
    }

    @Test
    void oneSessionPerRoomAtATime() {
        assertThat(penalty(ScheduleConstraints.ROOM_DOUBLE_BOOKED, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("b", 1, 5).place(SLOTS.get(0), SMALL))).isEqualTo(1);
        // plenaries in sequence in one room and one half-day do not collide
        SessionPlan opening = new SessionPlan("o", "o", SessionKind.SG_OPENING, null, Set.of(), 10)
                .within(0, 60).place(SLOTS.get(0), BIG);
        SessionPlan wp = new SessionPlan("w", "w", SessionKind.WP_OPENING, 1, Set.of(), 10)
                .within(60, 45).place(SLOTS.get(0), BIG);
        assertThat(penalty(ScheduleConstraints.ROOM_DOUBLE_BOOKED, opening, wp)).isZero();
        assertThat(penalty(ScheduleConstraints.ROOM_DOUBLE_BOOKED, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("b", 1, 5).place(SLOTS.get(1), SMALL))).isZero();
    }

    @Test
    void attendanceFitsTheRoom() {
        SessionPlan crowded = new SessionPlan("c", "c", SessionKind.QUESTION, 1, Set.of(4), 45);
        assertThat(penalty(ScheduleConstraints.ROOM_CAPACITY, crowded.place(SLOTS.get(0), SMALL))).isEqualTo(15);
        assertThat(penalty(ScheduleConstraints.ROOM_CAPACITY, crowded.place(SLOTS.get(0), BIG))).isZero();
    }

    @Test
    void aQuestionIsNeverInTwoPlaces() {
        assertThat(penalty(ScheduleConstraints.QUESTION_TWO_PLACES, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("joint", 1, 4, 5).place(SLOTS.get(0), BIG))).isEqualTo(1);
        assertThat(penalty(ScheduleConstraints.QUESTION_TWO_PLACES, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("b", 1, 5).place(SLOTS.get(0), BIG))).isZero();
    }

    @Test
    void questionsSharingARapporteurNeverOverlap() {
        var c = List.of(QuestionConflict.of(5, 4, QuestionConflict.Reason.SHARED_RAPPORTEUR));
        assertThat(penalty(ScheduleConstraints.SHARED_RAPPORTEUR, c, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("b", 1, 5).place(SLOTS.get(0), BIG))).isEqualTo(1);
        assertThat(penalty(ScheduleConstraints.SHARED_RAPPORTEUR, c, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("b", 1, 5).place(SLOTS.get(1), BIG))).isZero();
        // a declared conflict is a different constraint
        assertThat(penalty(ScheduleConstraints.DECLARED_CONFLICT, c, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("b", 1, 5).place(SLOTS.get(0), BIG))).isZero();
    }

    @Test
    void questionsAChairDeclaredConflictingNeverOverlap() {
        var c = List.of(QuestionConflict.of(9, 12, QuestionConflict.Reason.DECLARED));
        assertThat(penalty(ScheduleConstraints.DECLARED_CONFLICT, c, q("a", 2, 9).place(SLOTS.get(2), SMALL),
                q("b", 3, 12).place(SLOTS.get(2), BIG))).isEqualTo(1);
        assertThat(penalty(ScheduleConstraints.DECLARED_CONFLICT, c, q("a", 2, 9).place(SLOTS.get(2), SMALL),
                q("b", 3, 13).place(SLOTS.get(2), BIG))).isZero();
    }

    @Test
    void aWorkingPartyPlenaryOverlapsNoneOfItsQuestions() {
        SessionPlan closing = new SessionPlan("wp1c", "wp1c", SessionKind.WP_CLOSING, 1, Set.of(), 50)
                .within(90, 90).place(SLOTS.get(3), BIG);
        assertThat(penalty(ScheduleConstraints.PLENARY_OVERLAP, closing, q("a", 1, 4).place(SLOTS.get(3), SMALL)))
                .isEqualTo(1);
        // another working party's Question may run meanwhile
        assertThat(penalty(ScheduleConstraints.PLENARY_OVERLAP, closing, q("a", 2, 9).place(SLOTS.get(3), SMALL)))
                .isZero();
        // the study-group plenary covers every Question
        SessionPlan sg = new SessionPlan("sg", "sg", SessionKind.SG_OPENING, null, Set.of(), 50).place(SLOTS.get(0),
                BIG);
        assertThat(penalty(ScheduleConstraints.PLENARY_OVERLAP, sg, q("a", 2, 9).place(SLOTS.get(0), SMALL)))
                .isEqualTo(1);
        // but not another meeting's session in a shared room
        SessionPlan other = new SessionPlan("x", "x", SessionKind.WORKSHOP, null, Set.of(), 10).foreign()
                .pinAt(SLOTS.get(0), SMALL, LocalTime.of(9, 30), LocalTime.of(12, 30));
        assertThat(penalty(ScheduleConstraints.PLENARY_OVERLAP, sg, other)).isZero();
    }

    @Test
    void interpretationOnlyInRoomsWithEnoughBooths() {
        SessionPlan closing = new SessionPlan("c", "c", SessionKind.SG_CLOSING, null, Set.of(), 20).interpretation(5);
        assertThat(penalty(ScheduleConstraints.INTERPRETATION_BOOTHS, closing.place(SLOTS.get(3), SMALL)))
                .isEqualTo(5);
        assertThat(penalty(ScheduleConstraints.INTERPRETATION_BOOTHS, closing.place(SLOTS.get(3), BIG))).isZero();
    }

    @Test
    void anchoredSessionsStayInTheirSlots() {
        SessionPlan opening = new SessionPlan("o", "o", SessionKind.SG_OPENING, null, Set.of(), 20)
                .allowedSlots(Set.of(0));
        assertThat(penalty(ScheduleConstraints.REQUIRED_SLOT, opening.place(SLOTS.get(1), BIG))).isEqualTo(1);
        assertThat(penalty(ScheduleConstraints.REQUIRED_SLOT, opening.place(SLOTS.get(0), BIG))).isZero();
    }

    @Test
    void noSessionInARoomOnADayItIsUnavailable() {
        RoomFact closed = new RoomFact(UUID.randomUUID(), "Closed", 100, 0, true, Set.of(DAY1));
        assertThat(penalty(ScheduleConstraints.ROOM_UNAVAILABLE, q("a", 1, 4).place(SLOTS.get(0), closed)))
                .isEqualTo(1);
        assertThat(penalty(ScheduleConstraints.ROOM_UNAVAILABLE, q("a", 1, 4).place(SLOTS.get(2), closed))).isZero();
    }

    @Test
    void remoteParticipationNeedsAnEquippedRoom() {
        SessionPlan opening = new SessionPlan("o", "o", SessionKind.SG_OPENING, null, Set.of(), 20).remote(true);
        assertThat(penalty(ScheduleConstraints.REMOTE_EQUIPMENT, opening.place(SLOTS.get(0), SMALL))).isEqualTo(1);
        assertThat(penalty(ScheduleConstraints.REMOTE_EQUIPMENT, opening.place(SLOTS.get(0), BIG))).isZero();
    }

    @Test
    void theNewcomersSessionIsNeverAfterTheClosingPlenary() {
        String newcomersRule = ScheduleConstraints.NEWCOMERS_BEFORE_CLOSING;
        SessionPlan closing = new SessionPlan("c", "c", SessionKind.SG_CLOSING, null, Set.of(), 50);
        SessionPlan newcomers = new SessionPlan("n", "n", SessionKind.NEWCOMERS, null, Set.of(), 15);
        // later in the closing's half-day, or a later half-day: broken
        assertThat(penalty(newcomersRule, closing.within(0, 120).place(SLOTS.get(3), BIG),
                newcomers.within(120, 30).place(SLOTS.get(3), SMALL))).isEqualTo(1);
        assertThat(penalty(newcomersRule, closing.within(0, 0).place(SLOTS.get(2), BIG),
                newcomers.within(0, 0).place(SLOTS.get(3), SMALL))).isEqualTo(1);
        // before the closing begins in the same half-day, or an earlier half-day: kept
        assertThat(penalty(newcomersRule, closing.within(60, 120).place(SLOTS.get(3), BIG),
                newcomers.within(0, 45).place(SLOTS.get(3), SMALL))).isZero();
        assertThat(penalty(newcomersRule, closing.within(0, 0).place(SLOTS.get(3), BIG),
                newcomers.within(0, 0).place(SLOTS.get(1), SMALL))).isZero();
        // another meeting's closing in a shared room does not bind this meeting's newcomers
        SessionPlan other = new SessionPlan("x", "x", SessionKind.SG_CLOSING, null, Set.of(), 10).foreign()
                .pinAt(SLOTS.get(0), SMALL, LocalTime.of(9, 30), LocalTime.of(12, 30));
        assertThat(penalty(newcomersRule, other,
                newcomers.within(0, 0).place(SLOTS.get(3), BIG))).isZero();
    }

    @Test
    void theSolverPutsTheNewcomersSessionBeforeTheClosingPlenary() {
        List<SessionPlan> sessions = new ArrayList<>();
        sessions.add(new SessionPlan("close", "close", SessionKind.SG_CLOSING, null, Set.of(), 100)
                .pinAt(SLOTS.get(2), BIG, LocalTime.of(9, 30), LocalTime.of(12, 30)));
        // the newcomers prefer the last afternoon (a soft wish): the hard rule wins
        sessions.add(new SessionPlan("new", "new", SessionKind.NEWCOMERS, null, Set.of(), 10)
                .preferences(Set.of(SLOTS.get(3).day()), HalfDay.AFTERNOON));
        Schedule solved = PLANNER.solve(new Schedule(SLOTS, List.of(BIG, SMALL), List.of(), sessions),
                Duration.ofSeconds(5), Duration.ofSeconds(1));
        Planner.Report r = PLANNER.report(solved);
        assertThat(r.feasible()).as(r.toString()).isTrue();
        SessionPlan placed = solved.getSessions().stream().filter(s -> s.getId().equals("new")).findFirst()
                .orElseThrow();
        assertThat(placed.getSlot().index()).isLessThan(2);
    }

    @Test
    void softConstraintsPreferSameRoomSpreadPreferencesAndEarlyJointSessions() {
        assertThat(penalty(ScheduleConstraints.SAME_ROOM, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("a2", 1, 4).place(SLOTS.get(1), BIG))).isEqualTo(1);
        assertThat(penalty(ScheduleConstraints.SPREAD, q("a", 1, 4).place(SLOTS.get(0), SMALL),
                q("b", 1, 5).place(SLOTS.get(1), BIG))).isEqualTo(1);
        assertThat(penalty(ScheduleConstraints.PREFERENCE,
                q("a", 1, 4).preferences(Set.of(DAY1), HalfDay.MORNING).place(SLOTS.get(1), SMALL))).isEqualTo(5);
        assertThat(penalty(ScheduleConstraints.JOINT_EARLY, q("j", 1, 4, 5).place(SLOTS.get(3), BIG))).isEqualTo(3);
    }

    @Test
    void solverPlacesASmallRequestSetFeasiblyAndKeepsPinnedSessions() {
        List<SessionPlan> sessions = new ArrayList<>();
        sessions.add(new SessionPlan("open", "open", SessionKind.SG_OPENING, null, Set.of(), 100).remote(true)
                .pinAt(SLOTS.get(0), BIG, LocalTime.of(9, 30), LocalTime.of(12, 30)));
        // the opening takes the first morning; Q4 (twice) and Q5 exclude each other: exactly three half-days left
        sessions.add(q("q4-0", 1, 4));
        sessions.add(q("q4-1", 1, 4));
        sessions.add(q("q5-0", 1, 5));
        Schedule solved = PLANNER.solve(new Schedule(SLOTS, List.of(BIG, SMALL),
                List.of(QuestionConflict.of(4, 5, QuestionConflict.Reason.DECLARED)), sessions),
                Duration.ofSeconds(5), Duration.ofSeconds(1));
        Planner.Report r = PLANNER.report(solved);
        assertThat(r.feasible()).as(r.toString()).isTrue();
        SessionPlan open = solved.getSessions().stream().filter(s -> s.getId().equals("open")).findFirst().orElseThrow();
        assertThat(open.getSlot().index()).isZero();
        assertThat(open.getRoom().name()).isEqualTo("Big");
    }

    @Test
    void anInfeasibleRequestSetIsReportedWithTheConstraintsInTheWay() {
        List<SessionPlan> sessions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sessions.add(new SessionPlan("big" + i, "big" + i, SessionKind.QUESTION, 1, Set.of(4), 500));
        }
        Schedule solved = PLANNER.solve(new Schedule(SLOTS, List.of(BIG, SMALL), List.of(), sessions),
                Duration.ofSeconds(3), Duration.ofSeconds(1));
        Planner.Report r = PLANNER.report(solved);
        assertThat(r.feasible()).isFalse();
        assertThat(r.hardBroken()).extracting(Planner.Broken::constraint).contains(ScheduleConstraints.ROOM_CAPACITY);
        assertThat(r.hardBroken().get(0).examples()).isNotEmpty();
    }
}
