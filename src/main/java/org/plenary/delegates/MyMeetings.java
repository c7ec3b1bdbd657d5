package org.plenary.delegates;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.plenary.directory.CurrentUser;
import org.plenary.documents.Document;
import org.plenary.documents.DocumentReading;
import org.plenary.fellowships.Application;
import org.plenary.fellowships.Fellowships;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.QuestionFollowing;
import org.plenary.registration.Registration;
import org.plenary.registration.RegistrationManagement;
import org.plenary.registration.RegistrationStatus;
import org.plenary.remote.RemoteParticipation;
import org.plenary.remote.RemoteRequest;
import org.plenary.visas.VisaLetters;
import org.plenary.visas.VisaStatus;
import org.springframework.stereotype.Service;

/** Gathers, for the logged-in person, everything they have to do with each meeting they registered for. */
@Service
class MyMeetings {

    /** A request made on the registration form: its label (bundle key) and, for interpretation, the language. */
    record Request(String key, String language) {
    }

    /** One meeting as its delegate sees it. */
    record Row(Meeting meeting, Registration registration, boolean over, List<Request> requests,
            Application fellowship, VisaStatus visa, long remoteGranted, long remoteWaiting, long remoteRefused,
            List<Document> documents) {

        public boolean active() {
            return registration.status() == RegistrationStatus.SUBMITTED
                    || registration.status() == RegistrationStatus.APPROVED;
        }
    }

    private final RegistrationManagement registrations;
    private final MeetingManagement meetings;
    private final Fellowships fellowships;
    private final VisaLetters visas;
    private final RemoteParticipation remote;
    private final DocumentReading documents;
    private final QuestionFollowing following;
    private final Clock clock;

    MyMeetings(RegistrationManagement registrations, MeetingManagement meetings, Fellowships fellowships,
            VisaLetters visas, RemoteParticipation remote, DocumentReading documents, QuestionFollowing following,
            Clock clock) {
        this.registrations = registrations;
        this.meetings = meetings;
        this.fellowships = fellowships;
        this.visas = visas;
        this.remote = remote;
        this.documents = documents;
        this.following = following;
        this.clock = clock;
    }

    /** Upcoming and running meetings first (soonest first), then past ones (latest first). */
    List<Row> rows() {
        Instant now = clock.instant();
        List<Row> rows = new ArrayList<>();
        for (Registration r : registrations.mine()) {
            Meeting m = meetings.get(r.meeting());
            List<RemoteRequest> remoteRequests = remote.myRequests(m.code());
            rows.add(new Row(m, r, m.isOver(now), requests(r), fellowships.mine(m.code()).orElse(null),
                    r.visaRequest() ? visas.myStatus(m.code()).orElse(null) : null,
                    count(remoteRequests, RemoteRequest.Status.GRANTED),
                    count(remoteRequests, RemoteRequest.Status.REQUESTED),
                    count(remoteRequests, RemoteRequest.Status.REFUSED), documents.mine(m.id())));
        }
        rows.sort(Comparator.comparing(Row::over)
                .thenComparing(row -> row.over() ? -row.meeting().lastDay().toEpochDay()
                        : row.meeting().firstDay().toEpochDay()));
        return rows;
    }

    List<QuestionFollowing.FollowedQuestion> followed() {
        return following.followedQuestions(CurrentUser.require().accountId());
    }

    private static long count(List<RemoteRequest> requests, RemoteRequest.Status status) {
        return requests.stream().filter(q -> q.status() == status).count();
    }

    private static List<Request> requests(Registration r) {
        List<Request> list = new ArrayList<>();
        list.add(new Request(r.inPerson() ? "myMeetings.request.inPerson" : "myMeetings.request.remote", null));
        if (r.interpretationRequest()) {
            list.add(new Request("myMeetings.request.interpretation", r.interpretationLanguage()));
        }
        if (r.fellowshipRequest()) {
            list.add(new Request("myMeetings.request.fellowship", null));
        }
        if (r.captioningRequest()) {
            list.add(new Request("myMeetings.request.captioning", null));
        }
        if (r.signLanguageRequest()) {
            list.add(new Request("myMeetings.request.signLanguage", null));
        }
        if (r.visaRequest()) {
            list.add(new Request("myMeetings.request.visa", null));
        }
        return list;
    }
}
