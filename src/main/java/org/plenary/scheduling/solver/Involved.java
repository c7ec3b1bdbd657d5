package org.plenary.scheduling.solver;

import java.util.Arrays;
import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** The sessions a broken constraint is about, by label and by id (to name them in the reader's language). */
public record Involved(List<String> sessions, List<String> ids) implements ConstraintJustification {

    static Involved of(SessionPlan... s) {
        return new Involved(Arrays.stream(s).map(SessionPlan::toString).toList(),
                Arrays.stream(s).map(SessionPlan::getId).toList());
    }
}
