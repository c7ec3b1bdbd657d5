package org.plenary.scheduling;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.scheduling.solver.Planner;
import org.plenary.scheduling.solver.Schedule;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Runs the solver over a meeting's draft sessions and saves a feasible plan; reports the draft's score. */
@Service
public class ScheduleSolving {

    private final MeetingManagement meetings;
    private final Rooms rooms;
    private final Sessions sessions;
    private final SessionEditing editing;
    private final Planner planner;
    private final Duration solveLimit;
    private final TransactionTemplate transactions;

    ScheduleSolving(MeetingManagement meetings, Rooms rooms, Sessions sessions, SessionEditing editing,
            Planner planner, SchedulingProperties props,
            PlatformTransactionManager transactionManager) {
        this.meetings = meetings;
        this.rooms = rooms;
        this.sessions = sessions;
        this.editing = editing;
        this.planner = planner;
        this.solveLimit = Duration.ofSeconds(props.solveSeconds());
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The outcome of a solver run: the report, and whether the plan was saved (only a feasible one is). */
    public record SolveOutcome(Planner.Report report, boolean applied, int moved) implements Serializable {
    }

    /** Score and broken constraints of the draft as it stands (requests not yet placed count as unplaced). */
    public Planner.Report report(String code) {
        return planner.report(problem(meetings.get(code)));
    }

    @OfficerOfMeeting
    public SolveOutcome solve(String code) {
        return solve(code, solveLimit);
    }

    /**
     * Places every session that is not pinned. A plan that breaks a hard constraint is not saved:
     * the report names the constraints in the way and the draft and published plan stay as they were.
     * The solver runs outside any transaction; its plan is saved in one, and only if no session
     * changed meanwhile (otherwise nothing is saved and the secretariat is asked to solve again).
     */
    @OfficerOfMeeting
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
        List<Room> venueRooms = rooms.ofVenue(RoomManagement.venueOf(m));
        List<Session> elsewhere = sessions.othersInRooms(m.id().value(), venueRooms.stream().map(Room::id).toList(),
                m.firstDay(), m.lastDay());
        return PlanBuilder.problem(m, venueRooms, drafts, elsewhere, editing.conflicts(m));
    }
}
