package org.plenary.remote;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.scheduling.Session;

/**
 * A session with its meeting and its start and end as instants (the plan is local to the meeting's zone).
 *
 * @param label the session's name in the reader's language (its kind, working party and Questions), shown
 *        when the session has no title of its own
 */
public record SessionContext(Meeting meeting, Session session, String label) {

    public UUID id() {
        return session.id();
    }

    public UUID meetingId() {
        return meeting.id().value();
    }

    public boolean placed() {
        return session.day() != null && session.start() != null && session.end() != null;
    }

    public ZonedDateTime start() {
        return ZonedDateTime.of(session.day(), session.start(), meeting.zone());
    }

    public Instant end() {
        return ZonedDateTime.of(session.day(), session.end(), meeting.zone()).toInstant();
    }

    /** L-RP-1: opening and closing plenaries are open to remote participants without a request. */
    public boolean alwaysRemote() {
        return session.kind().alwaysRemote();
    }

    public String title() {
        return session.title() != null && !session.title().isBlank() ? session.title() : label;
    }
}
