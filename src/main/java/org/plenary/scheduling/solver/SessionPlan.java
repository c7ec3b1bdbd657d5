package org.plenary.scheduling.solver;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.plenary.meetings.HalfDay;
import org.plenary.scheduling.SessionKind;

/**
 * A session the solver places in a half-day slot and a room. A session may take part of a slot
 * ({@link #offsetMinutes()}, {@link #durationMinutes()}), so plenaries can follow each other in
 * the same room within one half-day; a pinned session keeps its slot, room and exact times.
 */
@PlanningEntity
public class SessionPlan {

    @PlanningId
    private String id;
    private String label;
    private SessionKind kind;
    private Integer workingParty;
    private Set<Integer> questions;
    private String questionKey;
    private int attendance;
    private int interpretationLanguages;
    private boolean remote;
    private Set<Integer> allowedSlots;
    private Set<LocalDate> preferredDays;
    private HalfDay preferredHalf;
    private int offsetMinutes;
    private int durationMinutes;
    private LocalTime fixedStart;
    private LocalTime fixedEnd;
    private boolean foreign;
    /** Questions the session's Questions must not overlap, by reason (filled in by {@link Schedule}). */
    private Map<QuestionConflict.Reason, Set<Integer>> conflicting = Map.of();

    @PlanningPin
    private boolean pinned;

    @PlanningVariable
    private Slot slot;

    @PlanningVariable
    private RoomFact room;

    public SessionPlan() {
    }

    public SessionPlan(String id, String label, SessionKind kind, Integer workingParty, Set<Integer> questions,
            int attendance) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.workingParty = workingParty;
        this.questions = questions == null ? Set.of() : Set.copyOf(questions);
        this.questionKey = this.questions.stream().sorted().map(String::valueOf)
                .collect(Collectors.joining("+"));
        this.attendance = attendance;
        this.allowedSlots = Set.of();
        this.preferredDays = Set.of();
    }

    /** A pinned session at exact times in a given slot and room. */
    public SessionPlan pinAt(Slot slot, RoomFact room, LocalTime start, LocalTime end) {
        this.slot = slot;
        this.room = room;
        this.fixedStart = start;
        this.fixedEnd = end;
        this.pinned = true;
        return this;
    }

    /** Another meeting's session in a shared room: it occupies the room and nothing else. */
    public SessionPlan foreign() {
        this.foreign = true;
        return this;
    }

    public SessionPlan interpretation(int languages) {
        this.interpretationLanguages = languages;
        return this;
    }

    public SessionPlan remote(boolean remote) {
        this.remote = remote;
        return this;
    }

    public SessionPlan allowedSlots(Set<Integer> indexes) {
        this.allowedSlots = indexes == null ? Set.of() : Set.copyOf(indexes);
        return this;
    }

    public SessionPlan preferences(Set<LocalDate> days, HalfDay half) {
        this.preferredDays = days == null ? Set.of() : Set.copyOf(days);
        this.preferredHalf = half;
        return this;
    }

    public SessionPlan within(int offsetMinutes, int durationMinutes) {
        this.offsetMinutes = offsetMinutes;
        this.durationMinutes = durationMinutes;
        return this;
    }

    public SessionPlan place(Slot slot, RoomFact room) {
        this.slot = slot;
        this.room = room;
        return this;
    }

    public LocalTime start() {
        return fixedStart != null ? fixedStart : slot.start().plusMinutes(offsetMinutes);
    }

    public LocalTime end() {
        if (fixedEnd != null) {
            return fixedEnd;
        }
        return durationMinutes > 0 ? start().plusMinutes(durationMinutes) : slot.end();
    }

    /** Same half-day and intersecting times. */
    public boolean overlaps(SessionPlan o) {
        return o != this && slot != null && o.slot != null && slot.index() == o.slot.index()
                && start().isBefore(o.end()) && o.start().isBefore(end());
    }

    void conflicting(Map<QuestionConflict.Reason, Set<Integer>> byReason) {
        this.conflicting = byReason;
    }

    /** Whether the other session holds a Question this one's Questions conflict with, for that reason. */
    public boolean conflictsWith(SessionPlan o, QuestionConflict.Reason reason) {
        Set<Integer> mine = conflicting.get(reason);
        return o != this && mine != null && !Collections.disjoint(mine, o.questions);
    }

    /** Whether this session starts strictly before the other one (an earlier half-day, or earlier in the same one). */
    public boolean startsBefore(SessionPlan o) {
        return slot.index() < o.slot.index() || slot.index() == o.slot.index() && start().isBefore(o.start());
    }

    public boolean sharesQuestionWith(SessionPlan o) {
        return o != this && !Collections.disjoint(questions, o.questions);
    }

    /** A plenary covers the sessions its members would have to leave: all (study group) or its working party's. */
    public boolean plenaryCovers(SessionPlan o) {
        if (o == this || o.foreign || foreign) {
            return false;
        }
        if (kind.studyGroupPlenary()) {
            return true;
        }
        return kind.workingPartyPlenary() && workingParty != null && Objects.equals(workingParty, o.workingParty);
    }

    public boolean outsideAllowedSlots() {
        return !allowedSlots.isEmpty() && !allowedSlots.contains(slot.index());
    }

    public boolean missesPreference() {
        return !preferredDays.isEmpty() && !preferredDays.contains(slot.day())
                || preferredHalf != null && preferredHalf != slot.half();
    }

    public String getId() {
        return id;
    }

    public String label() {
        return label;
    }

    public SessionKind kind() {
        return kind;
    }

    public Integer workingParty() {
        return workingParty;
    }

    /** The Question numbers as one key ("4", "4+5"): sessions of the same Question or joint group share it. */
    public String questionKey() {
        return questionKey;
    }

    public Set<Integer> questions() {
        return questions;
    }

    public int attendance() {
        return attendance;
    }

    public int interpretationLanguages() {
        return interpretationLanguages;
    }

    public boolean remote() {
        return remote;
    }

    /** Another meeting's session in a shared room. */
    public boolean isForeign() {
        return foreign;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Slot getSlot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    public RoomFact getRoom() {
        return room;
    }

    public void setRoom(RoomFact room) {
        this.room = room;
    }

    @Override
    public String toString() {
        return label + (slot == null ? "" : " @ " + slot + " " + room);
    }
}
