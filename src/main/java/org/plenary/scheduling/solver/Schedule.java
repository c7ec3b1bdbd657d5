package org.plenary.scheduling.solver;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/** The planning problem: half-day slots, rooms, Question conflicts and the sessions to place. */
@PlanningSolution
public class Schedule {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Slot> slots;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<RoomFact> rooms;

    @ProblemFactCollectionProperty
    private List<QuestionConflict> conflicts;

    @PlanningEntityCollectionProperty
    private List<SessionPlan> sessions;

    @PlanningScore
    private HardSoftScore score;

    public Schedule() {
    }

    public Schedule(List<Slot> slots, List<RoomFact> rooms, List<QuestionConflict> conflicts,
            List<SessionPlan> sessions) {
        this.slots = slots;
        this.rooms = rooms;
        this.conflicts = conflicts;
        this.sessions = sessions;
        // each session knows the Questions it must not meet with, so the constraint needs no join
        Map<Integer, Map<QuestionConflict.Reason, Set<Integer>>> byQuestion =
                new HashMap<>();
        for (QuestionConflict c : conflicts) {
            byQuestion.computeIfAbsent(c.a(), k -> new EnumMap<>(QuestionConflict.Reason.class))
                    .computeIfAbsent(c.reason(), k -> new HashSet<>()).add(c.b());
            byQuestion.computeIfAbsent(c.b(), k -> new EnumMap<>(QuestionConflict.Reason.class))
                    .computeIfAbsent(c.reason(), k -> new HashSet<>()).add(c.a());
        }
        for (SessionPlan s : sessions) {
            Map<QuestionConflict.Reason, Set<Integer>> mine =
                    new EnumMap<>(QuestionConflict.Reason.class);
            for (int q : s.questions()) {
                byQuestion.getOrDefault(q, Map.of())
                        .forEach((r, qs) -> mine.computeIfAbsent(r, k -> new HashSet<>()).addAll(qs));
            }
            s.conflicting(mine);
        }
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<RoomFact> getRooms() {
        return rooms;
    }

    public List<QuestionConflict> getConflicts() {
        return conflicts;
    }

    public List<SessionPlan> getSessions() {
        return sessions;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
