package org.plenary.remote;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.registration.DelegateCheckedIn;
import org.plenary.scheduling.SchedulePublishing;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Arrivals recorded at the registration desk (registration's {@link DelegateCheckedIn}), kept in the
 * same transaction as the check-in: from the arrival on, the person counts as physically present for
 * the decision list (L-MTG-2), as a scan at a session's door does. Open consoles of that day's
 * sessions are told to refresh.
 */
@Component
class DeskArrivals {

    private final JdbcClient jdbc;
    private final MeetingManagement meetings;
    private final SchedulePublishing publishing;
    private final LiveUpdates live;

    DeskArrivals(JdbcClient jdbc, MeetingManagement meetings, SchedulePublishing publishing, LiveUpdates live) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.publishing = publishing;
        this.live = live;
    }

    @EventListener
    void on(DelegateCheckedIn e) {
        int added = jdbc.sql("""
                insert into remote_desk_arrival (meeting_id, account_id, arrived_at) values (:m, :a, :at)
                on conflict do nothing""").param("m", e.meeting().value()).param("a", e.account().value())
                .param("at", Timestamp.from(e.at())).update();
        if (added == 1) {
            Meeting m = meetings.get(e.meeting());
            LocalDate day = e.at().atZone(m.zone()).toLocalDate();
            publishing.published(m).stream().filter(s -> day.equals(s.day())).forEach(s -> live.changed(s.id()));
        }
    }

    /** Who has arrived at the meeting's desk, and when. */
    Map<UUID, Instant> of(UUID meeting) {
        return jdbc.sql("select account_id, arrived_at from remote_desk_arrival where meeting_id = :m")
                .param("m", meeting)
                .query((rs, i) -> Map.entry(rs.getObject("account_id", UUID.class),
                        rs.getTimestamp("arrived_at").toInstant()))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
