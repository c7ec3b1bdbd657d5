package org.plenary.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import ai.timefold.solver.core.api.solver.Solver;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import jakarta.annotation.PreDestroy;
import org.plenary.meetings.MeetingId;
import org.plenary.meetings.MeetingManagement;
import org.plenary.scheduling.solver.Schedule;
import org.plenary.shared.PlenaryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a solver run claimed by this node (db-scheduler task {@value #TASK}, instance = the run's id). While it
 * solves, a watcher writes the best solution's score and broken constraints at most once a second, so any node's
 * page shows them, and ends the solver early when someone asked the run to stop (on any node). If this node dies,
 * db-scheduler gives the claim to another node once the heartbeats stop, and that node solves again.
 */
@Component
class SolverJob {

    static final String TASK = "scheduling-solve";
    private static final Logger log = LoggerFactory.getLogger(SolverJob.class);
    private static final long WATCH_MILLIS = 500;
    private static final long PROGRESS_MILLIS = 1000;

    private final SolverRuns runs;
    private final MeetingManagement meetings;
    private final PlanSolver solver;
    private final Clock clock;
    private final Map<UUID, Active> active = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "solver-progress");
        t.setDaemon(true);
        return t;
    });

    /** A run solving on this node: its solver and the best solution not yet written. */
    private record Active(Solver<Schedule> solver, AtomicReference<Schedule> pending, long[] lastWrite) {
    }

    SolverJob(SolverRuns runs, MeetingManagement meetings, PlanSolver solver, Clock clock) {
        this.runs = runs;
        this.meetings = meetings;
        this.solver = solver;
        this.clock = clock;
        watcher.scheduleWithFixedDelay(this::watch, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    void execute(TaskInstance<Void> instance, ExecutionContext context) {
        UUID id = UUID.fromString(instance.getId());
        String node = context.getExecution().pickedBy;
        SolverRun run = runs.claim(id, node == null ? "" : node, clock.instant()).orElse(null);
        if (run == null) {
            return; // stopped before any node claimed it, or already ended
        }
        if (run.stopRequested()) {
            runs.finish(id, SolverRun.State.STOPPED, null, false, 0, null, clock.instant());
            return;
        }
        try {
            ScheduleSolving.SolveOutcome outcome = solver.solve(meetings.get(new MeetingId(run.meetingId())),
                    Duration.ofMillis(run.limitMillis()),
                    run.unimprovedMillis() == null ? null : Duration.ofMillis(run.unimprovedMillis()),
                    s -> track(id, s));
            boolean stopped = runs.stopRequested(List.of(id)).contains(id);
            runs.finish(id, stopped ? SolverRun.State.STOPPED : SolverRun.State.FINISHED, outcome.report(),
                    outcome.applied(), outcome.moved(), null, clock.instant());
        } catch (PlenaryException e) {
            runs.finish(id, SolverRun.State.FAILED, null, false, 0, e.messageKey(), clock.instant());
        } catch (RuntimeException e) {
            log.warn("Solver run {} failed", id, e);
            runs.finish(id, SolverRun.State.FAILED, null, false, 0, "scheduling.solver.failed", clock.instant());
        } finally {
            active.remove(id);
        }
    }

    private void track(UUID id, Solver<Schedule> s) {
        Active a = new Active(s, new AtomicReference<>(), new long[] {0});
        s.addEventListener(event -> a.pending().set(event.getNewBestSolution()));
        active.put(id, a);
    }

    /** Every half second: stop the runs asked to stop, write the newest best solution of each (once a second). */
    private void watch() {
        try {
            if (active.isEmpty()) {
                return;
            }
            for (UUID id : runs.stopRequested(active.keySet())) {
                Active a = active.get(id);
                if (a != null) {
                    a.solver().terminateEarly();
                }
            }
            long now = System.nanoTime() / 1_000_000;
            active.forEach((id, a) -> {
                if (now - a.lastWrite()[0] >= PROGRESS_MILLIS) {
                    Schedule best = a.pending().getAndSet(null);
                    if (best != null) {
                        runs.progress(id, solver.planner().report(best), clock.instant());
                        a.lastWrite()[0] = now;
                    }
                }
            });
        } catch (RuntimeException e) {
            log.warn("Solver progress not recorded: {}", e.toString());
        }
    }

    @PreDestroy
    void close() {
        watcher.shutdownNow();
    }
}
