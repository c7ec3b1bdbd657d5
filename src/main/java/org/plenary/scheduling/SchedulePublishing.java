package org.plenary.scheduling;

import java.time.Clock;
import java.util.List;

import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.PlenaryException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published versions of a meeting's plan: publishing the placed draft (the secretariat only),
 * and reading versions. Screens and calendars read only published versions.
 */
@Service
public class SchedulePublishing {

    private final MeetingManagement meetings;
    private final Sessions sessions;
    private final Publications publications;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SchedulePublishing(MeetingManagement meetings, Sessions sessions, Publications publications, Clock clock,
            ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.sessions = sessions;
        this.publications = publications;
        this.clock = clock;
        this.events = events;
    }

    /** Publishes the placed draft sessions as the next version; screens and calendars show it from now on. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public int publish(String code, String note) {
        Meeting m = meetings.get(code);
        List<Session> placed = sessions.ofMeeting(m.id().value()).stream().filter(Session::placed).toList();
        var me = CurrentUser.find();
        int number = publications.insert(m.id().value(), m.code(), placed, clock.instant(),
                me.map(PlenaryPrincipal::getUsername).orElse("system"), me.map(PlenaryPrincipal::displayName).orElse(null),
                note == null || note.isBlank() ? null : note.strip());
        events.publishEvent(new PlanPublished(m.code(), number));
        return number;
    }

    public List<PublishedVersion> versions(String code) {
        return publications.versions(meetings.get(code).id().value());
    }

    /** The latest published sessions, or none before the first publication. */
    public List<Session> published(String code) {
        return published(meetings.get(code));
    }

    public List<Session> published(Meeting m) {
        return publications.latest(m.id().value()).flatMap(n -> publications.sessions(m.id().value(), n))
                .orElse(List.of());
    }

    public List<Session> published(String code, int number) {
        return publications.sessions(meetings.get(code).id().value(), number)
                .orElseThrow(() -> PlenaryException.notFound("scheduling.version.notFound", number));
    }

    public VersionDiff diff(String code, int from, int to) {
        return VersionDiff.between(from, published(code, from), to, published(code, to));
    }
}
