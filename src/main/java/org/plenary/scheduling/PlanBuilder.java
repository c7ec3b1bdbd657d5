package org.plenary.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.plenary.meetings.HalfDay;
import org.plenary.meetings.Meeting;
import org.plenary.scheduling.solver.QuestionConflict;
import org.plenary.scheduling.solver.RoomFact;
import org.plenary.scheduling.solver.Schedule;
import org.plenary.scheduling.solver.SessionPlan;
import org.plenary.scheduling.solver.Slot;

/** Turns a meeting's draft sessions into the solver's problem, and the solver's answer back into sessions. */
final class PlanBuilder {

    private PlanBuilder() {
    }

    /** Morning and afternoon of every weekday of the meeting. */
    static List<Slot> slots(Meeting m) {
        List<Slot> slots = new ArrayList<>();
        for (LocalDate d : m.days()) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            slots.add(Slot.of(slots.size(), d, HalfDay.MORNING));
            slots.add(Slot.of(slots.size(), d, HalfDay.AFTERNOON));
        }
        return slots;
    }

    /**
     * Where the letter anchors a kind of session: openings on the first morning, working-party
     * closings on the last afternoon but one or the last morning, the closing plenary on the last day.
     */
    static Set<Integer> anchors(SessionKind kind, List<Slot> slots) {
        int n = slots.size();
        if (n == 0) {
            return Set.of();
        }
        return switch (kind) {
            case SG_OPENING, WP_OPENING -> Set.of(0);
            case WP_CLOSING -> n >= 3 ? Set.of(n - 3, n - 2) : Set.of(n - 1);
            case SG_CLOSING -> n >= 2 ? Set.of(n - 2, n - 1) : Set.of(n - 1);
            default -> Set.of();
        };
    }

    /**
     * Questions that share a rapporteur: the same person named rapporteur of both on the meeting's officers page
     * ({@code byQuestion}: per Question, the accounts named; {@code MeetingManagement.rapporteurs}).
     */
    static List<QuestionConflict> sharedRapporteurs(Map<Integer, Set<UUID>> byQuestion) {
        Map<UUID, Set<Integer>> byPerson = new HashMap<>();
        new TreeMap<>(byQuestion).forEach((question, people) -> people
                .forEach(p -> byPerson.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(question)));
        Set<QuestionConflict> out = new LinkedHashSet<>();
        for (Set<Integer> qs : byPerson.values()) {
            List<Integer> list = new ArrayList<>(qs);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    out.add(QuestionConflict.of(list.get(i), list.get(j), QuestionConflict.Reason.SHARED_RAPPORTEUR));
                }
            }
        }
        return List.copyOf(out);
    }

    static String label(Session s, int sg) {
        String owner = s.questions().isEmpty() ? (s.workingParty() == null ? "SG" + sg : "WP" + s.workingParty() + "/" + sg)
                : String.join("+", s.questions().stream().map(q -> "Q" + q + "/" + sg).toList());
        return s.kind().name().toLowerCase(Locale.ROOT) + " " + owner
                + (s.title() == null ? "" : " \"" + s.title() + "\"");
    }

    /**
     * @param elsewhere sessions of other meetings in the same rooms: they only occupy their room
     *        (pinned, no Questions of this meeting), so the solver does not double-book it
     */
    static Schedule problem(Meeting m, List<Room> rooms, List<Session> sessions, List<Session> elsewhere,
            List<QuestionConflict> conflicts) {
        List<Slot> slots = slots(m);
        Map<UUID, RoomFact> facts = new HashMap<>();
        for (Room r : rooms) {
            facts.put(r.id(), new RoomFact(r.id(), r.name(), r.capacity(), r.booths(), r.remoteEquipment(),
                    r.unavailableDays()));
        }
        List<SessionPlan> plans = new ArrayList<>();
        for (Session s : sessions) {
            Slot slot = s.day() == null ? null : slots.stream()
                    .filter(x -> x.day().equals(s.day()) && x.half() == Slot.halfOf(s.start())).findFirst().orElse(null);
            RoomFact room = s.roomId() == null ? null : facts.get(s.roomId());
            if (s.pinned() && (slot == null || room == null)) {
                continue; // outside the solver's half-days (e.g. a workshop the day before): cannot collide
            }
            SessionPlan p = new SessionPlan(s.id().toString(), label(s, m.studyGroup()), s.kind(), s.workingParty(),
                    new HashSet<>(s.questions()), s.attendance())
                    .interpretation(s.interpretation().size()).remote(s.remote())
                    .allowedSlots(anchors(s.kind(), slots)).preferences(s.preferredDays(), s.preferredHalf())
                    .within(s.offsetMinutes(), s.durationMinutes() == null ? 0 : s.durationMinutes());
            if (s.pinned()) {
                p.pinAt(slot, room, s.start(), s.end());
            } else if (slot != null && room != null) {
                p.place(slot, room);
            }
            plans.add(p);
        }
        for (Session o : elsewhere) {
            Slot slot = slots.stream().filter(x -> x.day().equals(o.day()) && x.half() == Slot.halfOf(o.start()))
                    .findFirst().orElse(null);
            RoomFact room = facts.get(o.roomId());
            if (slot != null && room != null) {
                plans.add(new SessionPlan("other-" + o.id(), "another meeting", SessionKind.WORKSHOP, null,
                        Set.of(), 0).foreign().pinAt(slot, room, o.start(), o.end()));
            }
        }
        return new Schedule(slots, List.copyOf(facts.values()), conflicts, plans);
    }

    /** The sessions the solver moved, at their new places. */
    static List<Session> moved(Schedule solved, List<Session> drafts) {
        Map<String, SessionPlan> byId = new HashMap<>();
        solved.getSessions().forEach(p -> byId.put(p.getId(), p));
        List<Session> out = new ArrayList<>();
        for (Session s : drafts) {
            SessionPlan p = byId.get(s.id().toString());
            if (p == null || p.isPinned() || p.getSlot() == null) {
                continue;
            }
            Session next = s.placedAt(p.getSlot().day(), p.start(), p.end(), p.getRoom().id());
            if (!next.equals(s)) {
                out.add(next);
            }
        }
        return out;
    }
}
