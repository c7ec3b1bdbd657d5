package org.plenary.scheduling;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.plenary.directory.CurrentUser;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.OfficerOfMeeting;
import org.plenary.scheduling.solver.Planner;
import org.plenary.shared.PlenaryException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The solver for officers: the draft's score, and solver runs. A run is a persistent job ({@link SolverJob}) that
 * one node claims; its progress is read by any node ({@link #latest}); it can be stopped ({@link #stop}). A run
 * saves a feasible plan into the draft only: the published plan changes when someone publishes.
 */
@Service
public class ScheduleSolving {

    private final MeetingManagement meetings;
    private final PlanSolver solver;
    private final SolverRuns runs;
    private final SchedulerClient jobs;
    private final OneTimeTask<Void> solveTask;
    private final Duration solveLimit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ScheduleSolving(MeetingManagement meetings, PlanSolver solver, SolverRuns runs, SchedulerClient jobs,
            OneTimeTask<Void> solveTask, SchedulingProperties props, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.meetings = meetings;
        this.solver = solver;
        this.runs = runs;
        this.jobs = jobs;
        this.solveTask = solveTask;
        this.solveLimit = Duration.ofSeconds(props.solveSeconds());
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The outcome of a solver run: the report, and whether the plan was saved (only a feasible one is). */
    public record SolveOutcome(Planner.Report report, boolean applied, int moved) implements Serializable {
    }

    /** Score and broken constraints of the draft as it stands (requests not yet placed count as unplaced). */
    public Planner.Report report(String code) {
        return solver.planner().report(solver.problem(meetings.get(code)));
    }

    /** Solves within the caller's thread (tests, the benchmark); pages and the API start a {@link #start run}. */
    @OfficerOfMeeting
    public SolveOutcome solve(String code, Duration limit) {
        return solver.solve(meetings.get(code), limit, unimproved(limit), s -> { });
    }

    /** Starts a solver run for the meeting with the configured limit; refused while one is queued or running. */
    @OfficerOfMeeting
    public SolverRun start(String code) {
        return start(code, solveLimit, unimproved(solveLimit));
    }

    /** A run with its own limits ({@code unimproved} null: it searches until the limit or a stop). */
    @OfficerOfMeeting
    public SolverRun start(String code, Duration limit, Duration unimproved) {
        Meeting m = meetings.get(code);
        UUID id = UUID.randomUUID();
        String by = CurrentUser.require().getUsername();
        try {
            transactions.executeWithoutResult(tx -> {
                runs.insert(id, m.id().value(), by, limit.toMillis(),
                        unimproved == null ? null : unimproved.toMillis(), clock.instant());
                // the job's row is written in the same transaction: a run exists if and only if its job does. Due
                // "now" on the wall clock, which the job table runs on (db-scheduler's own clock), not meeting time
                jobs.scheduleIfNotExists(solveTask.instance(id.toString()), Instant.now());
            });
        } catch (DuplicateKeyException e) {
            throw PlenaryException.conflict("scheduling.solver.alreadyRunning");
        }
        return runs.get(id).orElseThrow();
    }

    /** Asks the meeting's queued or running run to stop; the best plan found so far is kept if it is feasible. */
    @OfficerOfMeeting
    public SolverRun stop(String code) {
        Meeting m = meetings.get(code);
        UUID id = runs.requestStop(m.id().value(), clock.instant())
                .orElseThrow(() -> PlenaryException.conflict("scheduling.solver.notRunning"));
        return runs.get(id).orElseThrow();
    }

    /** The meeting's latest run, if any was started. */
    @OfficerOfMeeting
    public Optional<SolverRun> latest(String code) {
        return runs.latest(meetings.get(code).id().value());
    }

    private static Duration unimproved(Duration limit) {
        return Duration.ofMillis(Math.max(1000, limit.toMillis() / 3));
    }
}
