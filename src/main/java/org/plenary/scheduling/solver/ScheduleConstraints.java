package org.plenary.scheduling.solver;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import org.plenary.scheduling.SessionKind;

/**
 * The rules of a study-group time plan. Constraint names are message keys' suffixes
 * ({@code constraint.<name>} in the scheduling bundle) so the secretariat reads them in its language.
 */
public class ScheduleConstraints implements ConstraintProvider {

    public static final String ROOM_DOUBLE_BOOKED = "roomDoubleBooked";
    public static final String ROOM_CAPACITY = "roomCapacity";
    public static final String QUESTION_TWO_PLACES = "questionInTwoPlaces";
    public static final String SHARED_RAPPORTEUR = "sharedRapporteurOverlap";
    public static final String DECLARED_CONFLICT = "declaredConflictOverlap";
    public static final String PLENARY_OVERLAP = "plenaryOverlapsItsQuestions";
    public static final String INTERPRETATION_BOOTHS = "interpretationBooths";
    public static final String REQUIRED_SLOT = "requiredSlot";
    public static final String ROOM_UNAVAILABLE = "roomUnavailable";
    public static final String REMOTE_EQUIPMENT = "remoteEquipment";
    public static final String NEWCOMERS_BEFORE_CLOSING = "newcomersBeforeClosing";
    public static final String SAME_ROOM = "questionSameRoom";
    public static final String SPREAD = "workingPartySpread";
    public static final String PREFERENCE = "chairPreference";
    public static final String JOINT_EARLY = "jointEarly";

    public static final List<String> HARD = List.of(ROOM_DOUBLE_BOOKED, ROOM_CAPACITY, QUESTION_TWO_PLACES,
            SHARED_RAPPORTEUR, DECLARED_CONFLICT, PLENARY_OVERLAP, INTERPRETATION_BOOTHS, REQUIRED_SLOT,
            ROOM_UNAVAILABLE, REMOTE_EQUIPMENT, NEWCOMERS_BEFORE_CLOSING);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {roomDoubleBooked(f), roomCapacity(f), questionInTwoPlaces(f),
                conflict(f, QuestionConflict.Reason.SHARED_RAPPORTEUR, SHARED_RAPPORTEUR),
                conflict(f, QuestionConflict.Reason.DECLARED, DECLARED_CONFLICT), plenaryOverlap(f),
                interpretationBooths(f), requiredSlot(f), roomUnavailable(f), remoteEquipment(f),
                newcomersBeforeClosing(f), sameRoom(f), spread(f), preference(f), jointEarly(f)};
    }

    Constraint roomDoubleBooked(ConstraintFactory f) {
        return f.forEachUniquePair(SessionPlan.class, equal(SessionPlan::getRoom), equal(SessionPlan::getSlot))
                .filter(SessionPlan::overlaps)
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, b, s) -> Involved.of(a, b))
                .asConstraint(ROOM_DOUBLE_BOOKED);
    }

    Constraint roomCapacity(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(s -> s.attendance() > s.getRoom().capacity())
                .penalize(HardSoftScore.ONE_HARD, s -> s.attendance() - s.getRoom().capacity())
                .justifyWith((s, score) -> Involved.of(s))
                .asConstraint(ROOM_CAPACITY);
    }

    Constraint questionInTwoPlaces(ConstraintFactory f) {
        return f.forEachUniquePair(SessionPlan.class, equal(SessionPlan::getSlot))
                .filter((a, b) -> a.overlaps(b) && a.sharesQuestionWith(b))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, b, s) -> Involved.of(a, b))
                .asConstraint(QUESTION_TWO_PLACES);
    }

    Constraint conflict(ConstraintFactory f, QuestionConflict.Reason reason, String name) {
        return f.forEachUniquePair(SessionPlan.class, equal(SessionPlan::getSlot))
                .filter((a, b) -> a.conflictsWith(b, reason) && a.overlaps(b))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, b, s) -> Involved.of(a, b))
                .asConstraint(name);
    }

    Constraint plenaryOverlap(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(p -> p.kind().studyGroupPlenary() || p.kind().workingPartyPlenary())
                .join(SessionPlan.class, equal(SessionPlan::getSlot),
                        filtering((p, s) -> p.plenaryCovers(s) && p.overlaps(s)))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((p, s, score) -> Involved.of(p, s))
                .asConstraint(PLENARY_OVERLAP);
    }

    Constraint interpretationBooths(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(s -> s.interpretationLanguages() > s.getRoom().booths())
                .penalize(HardSoftScore.ONE_HARD, s -> s.interpretationLanguages() - s.getRoom().booths())
                .justifyWith((s, score) -> Involved.of(s))
                .asConstraint(INTERPRETATION_BOOTHS);
    }

    Constraint requiredSlot(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(SessionPlan::outsideAllowedSlots)
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((s, score) -> Involved.of(s))
                .asConstraint(REQUIRED_SLOT);
    }

    Constraint roomUnavailable(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(s -> s.getRoom().unavailableDays().contains(s.getSlot().day()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((s, score) -> Involved.of(s))
                .asConstraint(ROOM_UNAVAILABLE);
    }

    Constraint remoteEquipment(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(s -> s.remote() && !s.getRoom().remoteEquipment())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((s, score) -> Involved.of(s))
                .asConstraint(REMOTE_EQUIPMENT);
    }

    /** The newcomers' session prepares people for the meeting: it never starts once the closing plenary has begun. */
    Constraint newcomersBeforeClosing(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(n -> n.kind() == SessionKind.NEWCOMERS && !n.isForeign())
                .join(SessionPlan.class, filtering((n, c) -> c.kind() == SessionKind.SG_CLOSING && !c.isForeign()
                        && !n.startsBefore(c)))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((n, c, score) -> Involved.of(n, c))
                .asConstraint(NEWCOMERS_BEFORE_CLOSING);
    }

    /** Sessions of the same Question (or the same joint group) stay in one room. */
    Constraint sameRoom(ConstraintFactory f) {
        return f.forEachUniquePair(SessionPlan.class, equal(SessionPlan::questionKey))
                .filter((a, b) -> !a.questions().isEmpty() && !a.getRoom().equals(b.getRoom()))
                .penalize(HardSoftScore.ONE_SOFT)
                .justifyWith((a, b, s) -> Involved.of(a, b))
                .asConstraint(SAME_ROOM);
    }

    Constraint spread(ConstraintFactory f) {
        return f.forEachUniquePair(SessionPlan.class, equal(SessionPlan::workingParty),
                        equal(s -> s.getSlot().day()))
                .filter((a, b) -> a.workingParty() != null && a.kind().questionSession() && b.kind().questionSession()
                        && !a.sharesQuestionWith(b))
                .penalize(HardSoftScore.ONE_SOFT)
                .justifyWith((a, b, s) -> Involved.of(a, b))
                .asConstraint(SPREAD);
    }

    Constraint preference(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(SessionPlan::missesPreference)
                .penalize(HardSoftScore.ofSoft(5))
                .justifyWith((s, score) -> Involved.of(s))
                .asConstraint(PREFERENCE);
    }

    Constraint jointEarly(ConstraintFactory f) {
        return f.forEach(SessionPlan.class)
                .filter(s -> s.kind() == SessionKind.JOINT_QUESTION)
                .penalize(HardSoftScore.ONE_SOFT, s -> s.getSlot().index())
                .justifyWith((s, score) -> Involved.of(s))
                .asConstraint(JOINT_EARLY);
    }
}
