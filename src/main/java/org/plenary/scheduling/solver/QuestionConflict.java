package org.plenary.scheduling.solver;

/** Two Questions whose sessions must never overlap, and why. {@code a < b}. */
public record QuestionConflict(int a, int b, Reason reason) {

    public enum Reason {
        /** The Questions share a rapporteur, who cannot be in two rooms. */
        SHARED_RAPPORTEUR,
        /** A chair declared the two Questions conflicting (overlapping experts). */
        DECLARED
    }

    public static QuestionConflict of(int x, int y, Reason reason) {
        return new QuestionConflict(Math.min(x, y), Math.max(x, y), reason);
    }
}
