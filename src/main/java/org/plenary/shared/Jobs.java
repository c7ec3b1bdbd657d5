package org.plenary.shared;

import java.time.Duration;
import java.time.Instant;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;

/**
 * Helpers for the modules' job beans ({@code Task} beans, run by {@link JobsConfig}'s scheduler): a recurring
 * task declared with {@link #every} has one row in the jobs table, so one node of the cluster runs it per period.
 */
public final class Jobs {

    private Jobs() {
    }

    /** Runs first {@code firstAfter} after the task is first registered, then {@code interval} after each run ends. */
    public static Schedule every(Duration interval, Duration firstAfter) {
        return new Schedule() {
            @Override
            public Instant getNextExecutionTime(ExecutionComplete done) {
                return done.getTimeDone().plus(interval);
            }

            @Override
            public Instant getInitialExecutionTime(Instant now) {
                return now.plus(firstAfter);
            }

            @Override
            public boolean isDeterministic() {
                return false;
            }

            @Override
            public String toString() {
                return "every " + interval + ", first after " + firstAfter;
            }
        };
    }
}
