package org.plenary.scheduling;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.solver.Solver;
import org.plenary.meetings.Meeting;
import org.plenary.scheduling.solver.Planner;
import org.plenary.scheduling.solver.Schedule;
import org.plenary.shared.PlenaryException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One solver run over a meeting's draft: builds the problem, solves, and saves a feasible plan into the draft
 * sessions only (the published plan changes when someone publishes). Used by the request-bound
 * {@link ScheduleSolving#solve} and by the persistent {@link SolverJob}.
 */
@Component
class PlanSolver {

    private final Rooms rooms;
    private final Sessions sessions;
    private final SessionEditing editing;
    private final Planner planner;
    private final TransactionTemplate transactions;

    PlanSolver(Rooms rooms, Sessions sessions, SessionEditing editing, Planner planner,
            PlatformTransactionManager transactionManager) {
        this.rooms = rooms;
        this.sessions = sessions;
        this.editing = editing;
        this.planner = planner;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    Planner planner() {
        return planner;
    }

    Schedule problem(Meeting m) {
        return problem(m, sessions.ofMeeting(m.id().value()));
    }

    /**
     * Solves with a solver handed to {@code started} first (to stop it early, to listen to its best solutions).
     * A plan that breaks a hard constraint is not saved. The solver runs outside any transaction; its plan is
     * saved in one, and only if no session changed meanwhile (else a conflict: nothing is saved).
     */
    ScheduleSolving.SolveOutcome solve(Meeting m, Duration limit, Duration unimproved,
            Consumer<Solver<Schedule>> started) {
        List<Session> drafts = sessions.ofMeeting(m.id().value());
        Solver<Schedule> solver = planner.solver(limit, unimproved);
        started.accept(solver);
        Schedule solved = solver.solve(problem(m, drafts));
        Planner.Report report = planner.report(solved);
        if (!report.feasible()) {
            return new ScheduleSolving.SolveOutcome(report, false, 0);
        }
        List<Session> moved = PlanBuilder.moved(solved, drafts);
        transactions.executeWithoutResult(tx -> {
            if (!sessions.ofMeeting(m.id().value()).equals(drafts)) {
                throw PlenaryException.conflict("scheduling.solve.changedMeanwhile");
            }
            moved.forEach(sessions::update);
        });
        return new ScheduleSolving.SolveOutcome(report, true, moved.size());
    }

    private Schedule problem(Meeting m, List<Session> drafts) {
        List<Room> venueRooms = rooms.ofVenue(RoomManagement.venueOf(m));
        List<Session> elsewhere = sessions.othersInRooms(m.id().value(), venueRooms.stream().map(Room::id).toList(),
                m.firstDay(), m.lastDay());
        return PlanBuilder.problem(m, venueRooms, drafts, elsewhere, editing.conflicts(m));
    }
}
