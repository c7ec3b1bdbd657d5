package org.plenary.scheduling;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.PublishedTimePlan;
import org.plenary.scheduling.solver.Slot;
import org.springframework.stereotype.Component;

/** Tells the public time-plan page (meetings) the latest published plan: session names and rooms as people read them. */
@Component
class PublishedTimePlans implements PublishedTimePlan {

    private final Publications publications;
    private final SchedulePublishing publishing;
    private final RoomManagement rooms;
    private final SessionLabels labels;

    PublishedTimePlans(Publications publications, SchedulePublishing publishing, RoomManagement rooms,
            SessionLabels labels) {
        this.publications = publications;
        this.publishing = publishing;
        this.rooms = rooms;
        this.labels = labels;
    }

    @Override
    public Optional<Plan> latest(Meeting m, Locale locale) {
        return publishing.versions(m.code()).stream().findFirst().flatMap(v -> publications
                .sessions(m.id().value(), v.number()).map(sessions -> {
                    Map<UUID, String> roomNames = SchedulingPages.roomNames(rooms.rooms(m.code()));
                    return new Plan(v.number(), v.publishedAt(), sessions.stream().filter(Session::placed)
                            .sorted(Comparator.comparing(Session::day).thenComparing(Session::start))
                            .map(s -> new Entry(s.day(), Slot.halfOf(s.start()), s.start(), s.end(),
                                    labels.label(s, m.studyGroup(), locale), roomNames.get(s.roomId())))
                            .toList());
                }));
    }
}
