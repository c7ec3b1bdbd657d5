package org.plenary.scheduling.solver;

import java.util.List;

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
