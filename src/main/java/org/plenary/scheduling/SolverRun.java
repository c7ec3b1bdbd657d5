package org.plenary.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.plenary.scheduling.solver.Planner;

/**
 * A run of the time-plan solver as a persistent job: queued, claimed by one node (running, with its best score so
 * far and the constraints it still breaks), then finished, stopped on request, or failed. A run whose node died is
 * claimed again by another node ({@code attempts} counts the claims).
 */
public record SolverRun(UUID id, UUID meetingId, State state, String requestedBy, long limitMillis,
        Long unimprovedMillis, boolean stopRequested, String node, int attempts, Instant createdAt, Instant updatedAt,
        Instant finishedAt, Long hard, Long soft, Boolean feasible, List<Planner.Broken> broken, boolean applied,
        int moved, String failure) {

    public enum State {
        QUEUED, RUNNING, FINISHED, STOPPED, FAILED;

        public boolean active() {
            return this == QUEUED || this == RUNNING;
        }
    }

    public boolean active() {
        return state.active();
    }

    /** Whether the run has a score yet (the solver's first best solution was recorded). */
    public boolean scored() {
        return hard != null && soft != null;
    }
}
