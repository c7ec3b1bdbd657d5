package org.plenary.scheduling.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.plenary.meetings.HalfDay;
import org.plenary.scheduling.SessionKind;
import org.plenary.scheduling.solver.QuestionConflict;
import org.plenary.scheduling.solver.RoomFact;
import org.plenary.scheduling.solver.Schedule;
import org.plenary.scheduling.solver.SessionPlan;
import org.plenary.scheduling.solver.Slot;

/** Generated planning problems of realistic size, seeded so every run solves the same instance. */
final class Instances {

    private Instances() {
    }

    /**
     * An SG12-sized meeting: 20 Questions (two under the plenary, six in each of three working parties),
     * 7 days × 2 half-days, 8 rooms; each Question asks for 3-4 half-days, three joint sessions, the
     * opening plenary and working-party openings on the first morning, closings on the last two days.
     */
    static Schedule sg12(long seed) {
        Random rnd = new Random(seed);
        LocalDate first = LocalDate.of(2026, 6, 9);
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            slots.add(Slot.of(slots.size(), first.plusDays(d), HalfDay.MORNING));
            slots.add(Slot.of(slots.size(), first.plusDays(d), HalfDay.AFTERNOON));
        }
        int n = slots.size();
        List<RoomFact> rooms = new ArrayList<>();
        rooms.add(new RoomFact(UUID.randomUUID(), "Popov", 400, 6, true, Set.of()));
        int[] caps = {120, 90, 80, 70, 60, 50, 50};
        for (int i = 0; i < caps.length; i++) {
            rooms.add(new RoomFact(UUID.randomUUID(), "Room " + (char) ('A' + i), caps[i], 0, i % 2 == 0,
                    i == 3 ? Set.of(first.plusDays(2)) : Set.of()));
        }
        List<SessionPlan> s = new ArrayList<>();
        s.add(plan("SG opening", SessionKind.SG_OPENING, null, Set.of(), 200).remote(true).within(0, 60)
                .allowedSlots(Set.of(0)));
        int[][] openings = {{60, 45}, {105, 45}, {150, 30}};
        for (int wp = 1; wp <= 3; wp++) {
            s.add(plan("WP" + wp + " opening", SessionKind.WP_OPENING, wp, Set.of(), 100)
                    .within(openings[wp - 1][0], openings[wp - 1][1]).allowedSlots(Set.of(0)));
            s.add(plan("WP" + wp + " closing", SessionKind.WP_CLOSING, wp, Set.of(), 100)
                    .within(60 * (wp - 1), 60).allowedSlots(Set.of(n - 3, n - 2)));
        }
        s.add(plan("SG closing", SessionKind.SG_CLOSING, null, Set.of(), 200).remote(true).interpretation(5)
                .allowedSlots(Set.of(n - 1)));
        List<Integer> questions = new ArrayList<>();
        for (int q = 1; q <= 20; q++) {
            questions.add(q);
            Integer wp = q <= 2 ? null : 1 + (q - 3) / 6;
            int wanted = 3 + rnd.nextInt(2);
            for (int k = 0; k < wanted; k++) {
                SessionPlan p = plan("Q" + q + "-" + k, SessionKind.QUESTION, wp, Set.of(q), 15 + rnd.nextInt(45));
                if (rnd.nextInt(5) == 0) {
                    p.preferences(Set.of(first.plusDays(1 + rnd.nextInt(5))), null);
                }
                s.add(p);
            }
        }
        for (int j = 0; j < 3; j++) {
            int a = 3 + j * 6;
            s.add(plan("Joint Q" + a + "+Q" + (a + 1), SessionKind.JOINT_QUESTION, 1 + j, Set.of(a, a + 1), 60));
        }
        return new Schedule(slots, rooms, conflicts(rnd, questions, 4, 3), s);
    }

    /**
     * A 3GPP-sized meeting: about 400 sessions of 80 work items in 8 working groups, 20 rooms,
     * 5 days of 6 slots; each working group opens in the first slot and closes in the last.
     */
    static Schedule threeGpp(long seed) {
        Random rnd = new Random(seed);
        LocalDate first = LocalDate.of(2026, 5, 18);
        LocalTime[] starts = {LocalTime.of(8, 30), LocalTime.of(10, 30), LocalTime.of(13, 0), LocalTime.of(15, 0),
                LocalTime.of(17, 0), LocalTime.of(19, 0)};
        List<Slot> slots = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            for (LocalTime t : starts) {
                slots.add(new Slot(slots.size(), first.plusDays(d), t.isBefore(LocalTime.NOON) ? HalfDay.MORNING
                        : HalfDay.AFTERNOON, t, t.plusMinutes(90)));
            }
        }
        int n = slots.size();
        List<RoomFact> rooms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rooms.add(new RoomFact(UUID.randomUUID(), "Room " + (i + 1), i < 8 ? 300 : 60 + rnd.nextInt(120),
                    i < 2 ? 6 : 0, i < 10, Set.of()));
        }
        List<SessionPlan> s = new ArrayList<>();
        for (int wg = 1; wg <= 8; wg++) {
            s.add(plan("WG" + wg + " opening", SessionKind.WP_OPENING, wg, Set.of(), 100).allowedSlots(Set.of(0)));
            s.add(plan("WG" + wg + " closing", SessionKind.WP_CLOSING, wg, Set.of(), 100)
                    .allowedSlots(Set.of(n - 1)));
        }
        List<Integer> items = new ArrayList<>();
        while (s.size() < 400) {
            int item = items.size() + 1;
            items.add(item);
            int wg = 1 + (item - 1) % 8;
            int wanted = 3 + rnd.nextInt(5);
            for (int k = 0; k < wanted && s.size() < 400; k++) {
                s.add(plan("AI" + item + "-" + k, SessionKind.QUESTION, wg, Set.of(item), 20 + rnd.nextInt(100)));
            }
        }
        return new Schedule(slots, rooms, conflicts(rnd, items, 40, 20), s);
    }

    private static List<QuestionConflict> conflicts(Random rnd, List<Integer> qs, int rapporteur, int declared) {
        Set<QuestionConflict> out = new HashSet<>();
        while (out.size() < rapporteur + declared) {
            int a = qs.get(rnd.nextInt(qs.size()));
            int b = qs.get(rnd.nextInt(qs.size()));
            if (a != b) {
                out.add(QuestionConflict.of(a, b, out.size() < rapporteur ? QuestionConflict.Reason.SHARED_RAPPORTEUR
                        : QuestionConflict.Reason.DECLARED));
            }
        }
        return List.copyOf(out);
    }

    private static SessionPlan plan(String id, SessionKind kind, Integer wp, Set<Integer> qs, int attendance) {
        return new SessionPlan(id, id, kind, wp, qs, attendance);
    }
}
