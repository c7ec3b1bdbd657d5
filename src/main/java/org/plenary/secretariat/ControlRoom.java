package org.plenary.secretariat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentFilter;
import org.plenary.documents.DocumentKind;
import org.plenary.documents.DocumentReading;
import org.plenary.documents.DocumentStatus;
import org.plenary.fellowships.Application;
import org.plenary.fellowships.Fellowships;
import org.plenary.visas.VisaQueue;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.MeetingSummary;
import org.plenary.notifications.OutboxQueries;
import org.plenary.registration.RegistrationReports;
import org.plenary.registration.RegistrationRow;
import org.plenary.registration.RegistrationStatus;
import org.plenary.remote.RemoteParticipation;
import org.plenary.remote.RemoteRequest;
import org.plenary.scheduling.PublishedVersion;
import org.plenary.scheduling.SchedulePublishing;
import org.plenary.scheduling.SessionEditing;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reads what the control room shows from the modules' public query methods: the meetings by phase,
 * and one meeting's counts and charts ({@link ControlRoomCharts}). Secretariat only; it changes nothing.
 */
@Service
class ControlRoom {

    private final MeetingManagement meetings;
    private final RegistrationReports registrations;
    private final VisaQueue visas;
    private final Fellowships fellowships;
    private final DocumentReading documents;
    private final RemoteParticipation remote;
    private final SchedulePublishing publishing;
    private final SessionEditing sessions;
    private final OutboxQueries outbox;
    private final Directory directory;
    private final ControlRoomCharts charts;
    private final Clock clock;

    ControlRoom(MeetingManagement meetings, RegistrationReports registrations, VisaQueue visas,
            Fellowships fellowships, DocumentReading documents, RemoteParticipation remote,
            SchedulePublishing publishing, SessionEditing sessions, OutboxQueries outbox, Directory directory,
            ControlRoomCharts charts, Clock clock) {
        this.meetings = meetings;
        this.registrations = registrations;
        this.visas = visas;
        this.fellowships = fellowships;
        this.documents = documents;
        this.remote = remote;
        this.publishing = publishing;
        this.sessions = sessions;
        this.outbox = outbox;
        this.directory = directory;
        this.charts = charts;
        this.clock = clock;
    }

    /** A meeting in the home's list, with where it stands today in its own zone. */
    public record Listed(MeetingSummary meeting, Phase phase, LocalDate today) {
    }

    /** Running meetings first, then upcoming (soonest first), then past (latest first). */
    @PreAuthorize("hasRole('SECRETARIAT')")
    List<Listed> meetings() {
        return meetings.summaries().stream().map(m -> {
            LocalDate today = LocalDate.now(clock.withZone(m.zone()));
            return new Listed(m, Phase.of(today, m.firstDay(), m.lastDay()), today);
        }).sorted(Comparator.comparing(Listed::phase).thenComparing((a, b) -> a.phase() == Phase.PAST
                ? b.meeting().firstDay().compareTo(a.meeting().firstDay())
                : a.meeting().firstDay().compareTo(b.meeting().firstDay()))).toList();
    }

    @PreAuthorize("hasRole('SECRETARIAT')")
    MeetingOverview overview(String code, Locale locale) {
        Meeting m = meetings.get(code);
        LocalDate today = LocalDate.now(clock.withZone(m.zone()));
        List<RegistrationRow> active = registrations.rows(m.id(), null).stream()
                .filter(r -> r.registration().status() == RegistrationStatus.SUBMITTED
                        || r.registration().status() == RegistrationStatus.APPROVED)
                .toList();
        List<RegistrationRow> waiting = active.stream()
                .filter(r -> r.registration().status() == RegistrationStatus.SUBMITTED).toList();
        long forSecretariat = waiting.stream()
                .filter(r -> r.organisation().category() == MembershipCategory.INVITED).count();
        List<MeetingOverview.VisaDue> due = visas.all(code).stream().filter(e -> e.status().state().issuable())
                .map(e -> new MeetingOverview.VisaDue(e.delegate() == null ? "" : e.delegate().name(), e.approvedOn(),
                        e.targetIssueDate(), e.targetIssueDate().isBefore(today)))
                .sorted(Comparator.comparing(MeetingOverview.VisaDue::due)).toList();
        List<Application> applications = fellowships.applications(code);
        List<Document> docs = documents.list(code, DocumentFilter.all());
        List<Document> contributions = docs.stream().filter(d -> d.kind() == DocumentKind.C).toList();
        List<PublishedVersion> versions = publishing.versions(code);
        List<Chart> drawn = new ArrayList<>(charts.registrations(active, locale));
        drawn.add(charts.perQuestion(m, contributions, locale));
        drawn.add(charts.overTime(m, contributions, locale));
        return new MeetingOverview(m, Phase.of(today, m.firstDay(), m.lastDay()), today, active.size(),
                waiting.size() - forSecretariat, forSecretariat, due, due.stream().filter(MeetingOverview.VisaDue::overdue)
                        .count(),
                applications.stream().filter(a -> a.status() == Application.Status.APPLIED).count(),
                applications.size(),
                docs.stream().filter(d -> d.status() == DocumentStatus.SUBMITTED).count(), contributions.size(),
                docs.size() - contributions.size(),
                remote.requests(code).stream().filter(r -> r.status() == RemoteRequest.Status.REQUESTED).count(),
                sessions.drafts(code).size(), versions.isEmpty() ? null : versions.get(0),
                outbox.failing(), outbox.pending(), directory.organisations().size(), drawn);
    }
}
