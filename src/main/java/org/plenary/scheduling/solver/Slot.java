package org.plenary.scheduling.solver;

import java.time.LocalDate;
import java.time.LocalTime;

import org.plenary.meetings.HalfDay;

/** A half-day of the meeting: the unit the solver assigns. Indexes grow with time. */
public record Slot(int index, LocalDate day, HalfDay half, LocalTime start, LocalTime end) {

    public static final LocalTime MORNING_START = LocalTime.of(9, 30);
    public static final LocalTime MORNING_END = LocalTime.of(12, 30);
    public static final LocalTime AFTERNOON_START = LocalTime.of(14, 30);
    public static final LocalTime AFTERNOON_END = LocalTime.of(17, 30);

    public static Slot of(int index, LocalDate day, HalfDay half) {
        return half == HalfDay.MORNING ? new Slot(index, day, half, MORNING_START, MORNING_END)
                : new Slot(index, day, half, AFTERNOON_START, AFTERNOON_END);
    }

    /** The half-day a time of day falls into (before 13:00 is the morning). */
    public static HalfDay halfOf(LocalTime t) {
        return t.isBefore(LocalTime.of(13, 0)) ? HalfDay.MORNING : HalfDay.AFTERNOON;
    }

    /** Shown in the solver's report as it is: the day and times, no enum name. */
    @Override
    public String toString() {
        return day + " " + start + "–" + end;
    }
}
