package org.plenary.scheduling;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A solver run as its reader sees it (page and {@code GET /api/v1/meetings/{code}/solver}): the state, the best
 * score so far in words, and each constraint still broken with the sessions involved named in the reader's
 * language. {@code state}, {@code hard}, {@code soft} and {@code node} are for programs; the texts are for people.
 */
public record SolverView(UUID id, SolverRun.State state, boolean active, boolean stopRequested, String status,
        Long hard, Long soft, Boolean feasible, String score, List<Problem> problems, boolean applied, int moved,
        String outcome, String node, int attempts, Instant createdAt, Instant updatedAt, Instant finishedAt) {

    /**
     * @param constraint the rule's name (for programs)
     * @param title the rule in words
     * @param details the first few occurrences, naming the sessions ("Q4/12 and Q5/12 overlap for their rapporteur")
     * @param more how many occurrences beyond those
     */
    public record Problem(String constraint, boolean hard, String title, List<String> details, int more) {
    }
}
