package org.plenary.scheduling.solver;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * Runs the solver and explains a plan: its score and each broken constraint by name with the
 * sessions involved. Plain Java, so tests and the benchmark use it without Spring.
 */
public class Planner {

    private final SolverFactory<Schedule> factory;
    private final SolutionManager<Schedule, HardSoftScore> solutions;

    public Planner() {
        this(SolverFactory.create(config()));
    }

    public Planner(SolverFactory<Schedule> factory) {
        this.factory = factory;
        this.solutions = SolutionManager.create(factory);
    }

    public static SolverConfig config() {
        return new SolverConfig().withSolutionClass(Schedule.class).withEntityClasses(SessionPlan.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(10)));
    }

    public SolverFactory<Schedule> factory() {
        return factory;
    }

    /** Solves until the limit, or earlier when the best score has not improved for {@code unimproved}. */
    public Schedule solve(Schedule problem, Duration limit, Duration unimproved) {
        return solver(limit, unimproved).solve(problem);
    }

    /** A solver that ends at the limit, or earlier after {@code unimproved} without a better score (null: never). */
    public Solver<Schedule> solver(Duration limit, Duration unimproved) {
        TerminationConfig t = new TerminationConfig().withSpentLimit(limit);
        if (unimproved != null) {
            t = t.withUnimprovedSpentLimit(unimproved);
        }
        return factory.buildSolver(new SolverConfigOverride<Schedule>().withTerminationConfig(t));
    }

    /**
     * One broken constraint: its name, whether it is hard, how often and how much, and a few sessions involved
     * (their labels in {@code examples}, their ids in the same order in {@code sessionIds}).
     */
    public record Broken(String constraint, boolean hard, int matches, long penalty, List<List<String>> examples,
            List<List<String>> sessionIds) implements Serializable {
    }

    public record Report(boolean feasible, long hard, long soft, List<Broken> broken) implements Serializable {
        public String score() {
            return hard + "hard/" + soft + "soft";
        }

        public List<Broken> hardBroken() {
            return broken.stream().filter(Broken::hard).toList();
        }
    }

    public Report report(Schedule schedule) {
        ScoreAnalysis<HardSoftScore> a = solutions.analyze(schedule);
        List<Broken> broken = new ArrayList<>();
        for (ConstraintAnalysis<HardSoftScore> c : a.constraintAnalyses()) {
            if (c.score().isZero()) {
                continue;
            }
            List<Involved> involved = c.matches() == null ? List.of()
                    : c.matches().stream().limit(5).map(MatchAnalysis::justification)
                            .filter(Involved.class::isInstance).map(Involved.class::cast).toList();
            List<List<String>> examples = involved.stream().map(Involved::sessions).toList();
            List<List<String>> ids = involved.stream().map(Involved::ids).toList();
            boolean hard = c.score().hardScore() != 0;
            long penalty = -(hard ? c.score().hardScore() : c.score().softScore());
            broken.add(new Broken(c.constraintName(), hard, c.matchCount(), penalty, examples, ids));
        }
        broken.sort(Comparator.comparing((Broken b) -> !b.hard()).thenComparing(Broken::penalty,
                Comparator.reverseOrder()));
        HardSoftScore s = a.score();
        boolean assigned = schedule.getSessions().stream().allMatch(x -> x.getSlot() != null && x.getRoom() != null);
        return new Report(assigned && s.hardScore() >= 0, s.hardScore(), s.softScore(), broken);
    }
}
