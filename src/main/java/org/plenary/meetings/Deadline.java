package org.plenary.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One deadline of a meeting: open while now is before {@link #closesAfter()} (the next local
 * midnight), shown as closing at 23:59:59 of {@link #day()} in the meeting's time zone.
 */
public record Deadline(DeadlineRule rule, LocalDate day, ZoneId zone, Instant closesAt, Instant closesAfter,
        boolean overridden, String note) {

    public boolean isOpen(Instant now) {
        return now.isBefore(closesAfter);
    }
}
