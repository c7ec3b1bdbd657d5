package org.plenary.scheduling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.plenary.directory.CurrentUser;
import org.plenary.directory.PlenaryPrincipal;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.QuestionFollowing;
import org.plenary.shared.PlenaryException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * iCalendar feeds of the published plan: the whole meeting, a working party, a Question, and a
 * person's own (the Questions they follow, HTTP Basic). Times carry the meeting's zone with its
 * VTIMEZONE; each session's UID is its id, so a new version updates events instead of adding them.
 */
@RestController
class CalendarFeeds {

    static final MediaType TEXT_CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final MeetingManagement meetings;
    private final SchedulePublishing publishing;
    private final RoomManagement rooms;
    private final SessionLabels labels;
    private final QuestionFollowing following;

    CalendarFeeds(MeetingManagement meetings, SchedulePublishing publishing, RoomManagement rooms,
            SessionLabels labels,
            QuestionFollowing following) {
        this.meetings = meetings;
        this.publishing = publishing;
        this.rooms = rooms;
        this.labels = labels;
        this.following = following;
    }

    @GetMapping("/meetings/{code}/calendar.ics")
    ResponseEntity<byte[]> meeting(@PathVariable String code) {
        return feed(code, "", s -> true);
    }

    @GetMapping("/meetings/{code}/calendar/wp/{wp}.ics")
    ResponseEntity<byte[]> workingParty(@PathVariable String code, @PathVariable int wp) {
        Meeting m = meetings.get(code);
        var sg = meetings.studyGroup(m.studyGroup());
        if (sg.workingParty(wp).isEmpty()) {
            throw PlenaryException.notFound("scheduling.session.unknownWorkingParty", wp, sg.number());
        }
        Set<Integer> questions = sg.questionsOf(wp).stream().map(q -> q.number()).collect(Collectors.toSet());
        return feed(code, " WP" + wp + "/" + sg.number(),
                s -> Integer.valueOf(wp).equals(s.workingParty()) || s.questions().stream().anyMatch(questions::contains));
    }

    @GetMapping("/meetings/{code}/calendar/q/{question}.ics")
    ResponseEntity<byte[]> question(@PathVariable String code, @PathVariable int question) {
        Meeting m = meetings.get(code);
        var sg = meetings.studyGroup(m.studyGroup());
        if (sg.question(question).isEmpty()) {
            throw PlenaryException.notFound("scheduling.session.unknownQuestion", question, sg.number());
        }
        return feed(code, " Q" + question + "/" + sg.number(), s -> s.questions().contains(question));
    }

    /** The caller's own calendar: sessions of the Questions they follow. */
    @GetMapping("/api/v1/meetings/{code}/calendar/mine.ics")
    ResponseEntity<byte[]> mine(@PathVariable String code) {
        PlenaryPrincipal me = CurrentUser.require();
        Meeting m = meetings.get(code);
        Set<Integer> followed = following.followedQuestions(me.accountId()).stream()
                .filter(f -> f.studyGroup() == m.studyGroup()).map(QuestionFollowing.FollowedQuestion::question)
                .collect(Collectors.toSet());
        return feed(code, "", s -> s.questions().stream().anyMatch(followed::contains));
    }

    private ResponseEntity<byte[]> feed(String code, String suffix, Predicate<Session> which) {
        Meeting m = meetings.get(code);
        List<PublishedVersion> versions = publishing.versions(code);
        int version = versions.isEmpty() ? 0 : versions.get(0).number();
        Instant stamp = versions.isEmpty() ? Instant.EPOCH : versions.get(0).publishedAt();
        List<Session> sessions = publishing.published(m).stream().filter(which).toList();
        Map<UUID, Room> rooms = this.rooms.rooms(code).stream()
                .collect(Collectors.toMap(Room::id, r -> r));
        byte[] body = write(m, m.prefix() + suffix, sessions, rooms, version, stamp);
        return ResponseEntity.ok().contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(code + ".ics").build().toString())
                .body(body);
    }

    byte[] write(Meeting m, String name, List<Session> sessions, Map<UUID, Room> rooms, int version, Instant stamp) {
        Calendar cal = new Calendar();
        cal.add(new ProdId("-//Plenary//Scheduling//EN"));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        // no METHOD: a subscribed feed is not an iTIP message (METHOD:PUBLISH would require an ORGANIZER)
        cal.add(new XProperty("X-WR-CALNAME", name + " — " + m.title().in(Locale.ENGLISH)));
        cal.add(new XProperty("X-WR-TIMEZONE", m.zone().getId()));
        TimeZone tz;
        try {
            tz = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(m.zone().getId());
        } catch (RuntimeException e) {
            tz = null;
        }
        if (tz != null) {
            cal.add(tz.getVTimeZone());
        }
        for (Session s : sessions) {
            ZonedDateTime start = s.day().atTime(s.start()).atZone(m.zone());
            ZonedDateTime end = s.day().atTime(s.end()).atZone(m.zone());
            String summary = labels.label(s, m.studyGroup(), Locale.ENGLISH);
            // A zone iCalendar cannot name (a fixed offset kept from before zones were checked): times in UTC.
            VEvent e = tz != null ? new VEvent(start, end, summary)
                    : new VEvent(start.toInstant(), end.toInstant(), summary);
            e.add(new Uid(s.id() + "@plenary"));
            e.replace(new DtStamp(stamp)); // VEvent(start, end, summary) already stamps "now": one DTSTAMP only
            e.add(new Sequence(version));
            Room r = rooms.get(s.roomId());
            if (r != null) {
                e.add(new Location(r.name() + ", " + r.building() + ", " + m.venue().in(Locale.ENGLISH)));
            }
            if (s.remote()) {
                e.add(new Description("Remote participation available"));
            }
            cal.add(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(cal, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
