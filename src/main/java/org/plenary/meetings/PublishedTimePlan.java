package org.plenary.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The meeting's published plan as the public time-plan page shows it, told by the module that
 * publishes plans (scheduling) without the meetings module depending on it. Once a plan is
 * published it is the one grid people read; the letter's cells stay its provisional Annex B.
 */
public interface PublishedTimePlan {

    /** The latest published version: its number, when it was published, and its placed sessions. */
    record Plan(int version, Instant publishedAt, List<Entry> sessions) {
    }

    /** One session as people read it: its name in the reader's language, its room, times in the meeting's zone. */
    record Entry(LocalDate day, HalfDay half, LocalTime start, LocalTime end, String name, String room) {
    }

    /** The latest published plan with names in {@code locale}; empty before the first publication. */
    Optional<Plan> latest(Meeting meeting, Locale locale);
}
