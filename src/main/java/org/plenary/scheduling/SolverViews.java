package org.plenary.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.plenary.meetings.Meeting;
import org.plenary.scheduling.solver.Planner;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts a {@link SolverRun} into words: states, score and broken constraints, sessions by their names. */
@Component
class SolverViews {

    private final MessageSource messages;
    private final SessionLabels labels;
    private final Sessions sessions;

    SolverViews(MessageSource messages, SessionLabels labels, Sessions sessions) {
        this.messages = messages;
        this.labels = labels;
        this.sessions = sessions;
    }

    SolverView view(SolverRun run, Meeting m, Locale locale) {
        List<SolverView.Problem> problems = problems(run.broken(), m, locale);
        String score = run.scored() ? score(run.hard(), run.soft(), locale) : text("scheduling.solver.noScore", locale);
        return new SolverView(run.id(), run.state(), run.active(), run.stopRequested(),
                text("scheduling.solver.state." + run.state().name(), locale), run.hard(), run.soft(), run.feasible(),
                score, problems, run.applied(), run.moved(), outcome(run, locale), run.node(), run.attempts(),
                run.createdAt(), run.updatedAt(), run.finishedAt());
    }

    /** The broken constraints in words, each occurrence naming its sessions as the meeting's pages do. */
    List<SolverView.Problem> problems(List<Planner.Broken> broken, Meeting m, Locale locale) {
        Map<String, Session> byId = sessions.ofMeeting(m.id().value()).stream()
                .collect(Collectors.toMap(s -> s.id().toString(), Function.identity()));
        Function<String, String> name = id -> {
            Session s = byId.get(id);
            return s == null ? text("scheduling.solver.deletedSession", locale) : labels.label(s, m.studyGroup(), locale);
        };
        List<SolverView.Problem> problems = new ArrayList<>();
        for (Planner.Broken b : broken) {
            List<String> details = new ArrayList<>();
            for (List<String> ids : b.sessionIds()) {
                Object[] args = {ids.isEmpty() ? "" : name.apply(ids.get(0)), ids.size() < 2 ? "" : name.apply(ids.get(1))};
                details.add(messages.getMessage("scheduling.solver.problem." + b.constraint(), args,
                        labels.constraint(b.constraint()), locale));
            }
            problems.add(new SolverView.Problem(b.constraint(), b.hard(),
                    messages.getMessage("scheduling.constraint." + b.constraint(), null, b.constraint(), locale),
                    details, Math.max(0, b.matches() - details.size())));
        }
        return problems;
    }

    /** A score in words ("2 hard rules broken; 3 preference points missed"). */
    String score(long hard, long soft, Locale locale) {
        return messages.getMessage("scheduling.solver.score", new Object[] {-hard, -soft}, locale);
    }

    private String outcome(SolverRun run, Locale locale) {
        if (run.active()) {
            return null;
        }
        if (run.failure() != null) {
            return messages.getMessage(run.failure(), null, text("scheduling.solver.failed", locale), locale);
        }
        if (run.applied()) {
            return messages.getMessage("scheduling.solve.applied", new Object[] {run.moved()}, locale);
        }
        return text("scheduling.solver.notSaved", locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
