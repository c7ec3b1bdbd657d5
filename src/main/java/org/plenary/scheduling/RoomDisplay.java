package org.plenary.scheduling;

import static org.plenary.shared.Strings.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.shared.ClusterSignals;
import org.plenary.shared.PlenaryException;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a room-display screen shows (L-MTG-1): today's published sessions by room, in the venue's
 * time zone, with the current and the next session of each room marked.
 */
@Service
public class RoomDisplay {

    public enum State { PAST, CURRENT, NEXT, LATER }

    static final String BOARDS_TOPIC = "boards";

    public record Entry(UUID id, String meeting, String label, LocalTime start, LocalTime end, State state,
            boolean remote, List<String> interpretation) {
    }

    public record RoomRow(String room, String building, String floor, List<Entry> sessions) {
    }

    public record Board(String screen, String name, LocalDate date, LocalTime time, String zone,
            List<RoomRow> rooms) {
    }

    private final Screens screens;
    private final Rooms rooms;
    private final MeetingManagement meetings;
    private final SchedulePublishing publishing;
    private final SessionLabels labels;
    private final Clock clock;
    private final Cache boards;
    private final ClusterSignals signals;

    RoomDisplay(Screens screens, Rooms rooms, MeetingManagement meetings, SchedulePublishing publishing,
            SessionLabels labels, Clock clock, CacheManager caches, ClusterSignals signals) {
        this.screens = screens;
        this.rooms = rooms;
        this.meetings = meetings;
        this.publishing = publishing;
        this.labels = labels;
        this.clock = clock;
        this.boards = caches.getCache(SchedulingCaches.BOARDS);
        this.signals = signals;
        signals.on(BOARDS_TOPIC, key -> boards.clear());
    }

    /** A screen showing the rooms of a venue, or of one of its buildings. */
    @Transactional
    @PreAuthorize("hasRole('SECRETARIAT')")
    public void defineScreen(String key, String name, String venue, String building) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9-]{1,59}")) {
            throw PlenaryException.invalid("scheduling.screen.keyInvalid");
        }
        if (venue == null || venue.isBlank() || name == null || name.isBlank()) {
            throw PlenaryException.invalid("scheduling.screen.nameRequired");
        }
        screens.upsert(new Screen(key, name.strip(), venue.strip(),
                blankToNull(building)));
    }

    public List<Screen> screensOf(String venue) {
        return screens.all().stream().filter(s -> s.venue().equals(venue)).toList();
    }

    /**
     * A published plan drops this node's boards at once and, once it commits, every node's (topic
     * {@code boards} through {@link ClusterSignals}): the next poll of any screen on any node shows it.
     */
    @EventListener
    void published(PlanPublished event) {
        boards.clear();
        signals.send(BOARDS_TOPIC, null);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // a board read between this event and the commit holds the old plan: drop it too
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    boards.clear();
                }
            });
        }
    }

    /** The screen's board, computed at most once per screen, language and minute within a few seconds. */
    public Board board(String key, Locale locale) {
        String k = key + "|" + locale.toLanguageTag() + "|" + clock.instant().truncatedTo(ChronoUnit.MINUTES);
        return boards.get(k, () -> compute(key, locale));
    }

    private Board compute(String key, Locale locale) {
        Screen screen = screens.byKey(key)
                .orElseThrow(() -> PlenaryException.notFound("scheduling.screen.notFound", key));
        List<Meeting> here = meetings.around(LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC"))).stream()
                .filter(m -> RoomManagement.venueOf(m).equals(screen.venue())).toList();
        ZoneId zone = here.isEmpty()
                ? meetings.zoneOfVenue(screen.venue(), LocalDate.ofInstant(clock.instant(), ZoneId.of("UTC")))
                        .orElse(ZoneId.of("UTC"))
                : here.get(0).zone();
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        LocalTime time = now.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        List<Session> todays = new ArrayList<>();
        List<Meeting> owners = new ArrayList<>();
        for (Meeting m : here) {
            if (!m.timePlanDays().contains(today)) {
                continue;
            }
            for (Session s : publishing.published(m)) {
                if (today.equals(s.day())) {
                    todays.add(s);
                    owners.add(m);
                }
            }
        }
        List<RoomRow> rows = new ArrayList<>();
        for (Room r : rooms.ofVenue(screen.venue())) {
            if (screen.building() != null && !screen.building().equalsIgnoreCase(r.building())) {
                continue;
            }
            List<Entry> entries = new ArrayList<>();
            boolean nextFound = false;
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < todays.size(); i++) {
                if (Objects.equals(todays.get(i).roomId(), r.id())) {
                    idx.add(i);
                }
            }
            idx.sort(Comparator.comparing(i -> todays.get(i).start()));
            for (int i : idx) {
                Session s = todays.get(i);
                Meeting m = owners.get(i);
                State state;
                if (!s.end().isAfter(time)) {
                    state = State.PAST;
                } else if (!s.start().isAfter(time)) {
                    state = State.CURRENT;
                } else if (!nextFound) {
                    state = State.NEXT;
                    nextFound = true;
                } else {
                    state = State.LATER;
                }
                entries.add(new Entry(s.id(), m.code(), labels.label(s, m.studyGroup(), locale), s.start(), s.end(),
                        state, s.remote(), s.interpretation()));
            }
            if (!entries.isEmpty()) {
                rows.add(new RoomRow(r.name(), r.building(), r.floor(), entries));
            }
        }
        return new Board(screen.key(), screen.name(), today, time, zone.getId(), rows);
    }
}
