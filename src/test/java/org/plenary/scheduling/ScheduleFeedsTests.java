package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Role;
import org.plenary.meetings.QuestionFollowing;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ScheduleFeedsTests extends SchedulingTestBase {

    static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @Autowired
    QuestionFollowing following;

    static Calendar parse(TestHttp.Response r) throws Exception {
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/calendar");
        return org.plenary.support.ICalendars.validated(r.body());
    }

    static List<VEvent> events(Calendar c) {
        return c.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
    }

    static String uid(VEvent e) {
        return e.getProperty(Property.UID).orElseThrow().getValue();
    }

    @Test
    void calendarsCarryTheMeetingsZoneAndStableUidsSoANewVersionReplacesEvents() throws Exception {
        var f = fixture.meeting();
        Session q4 = users.as(f.secretariat(), () -> {
            Session s = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null,
                    MON, "09:30", "12:30", f.small(), false));
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null, MON,
                    "09:30", "12:30", f.big(), false));
            publishing.publish(f.code(), null);
            return s;
        });
        TestHttp http = new TestHttp(port);
        Calendar all = parse(http.get("/meetings/" + f.code() + "/calendar.ics"));
        VTimeZone tz = (VTimeZone) all.getComponent(Component.VTIMEZONE).orElseThrow();
        assertThat(tz.getProperty(Property.TZID).orElseThrow().getValue()).isEqualTo("Europe/Zurich");
        assertThat(events(all)).hasSize(2);
        VEvent e = events(all).stream().filter(x -> uid(x).equals(q4.id() + "@plenary")).findFirst().orElseThrow();
        Property start = e.getProperty(Property.DTSTART).orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Europe/Zurich");
        assertThat(start.getValue()).isEqualTo("20270301T093000");
        assertThat(e.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo("Q4/12");

        Calendar q = parse(http.get("/meetings/" + f.code() + "/calendar/q/4.ics"));
        assertThat(events(q)).extracting(ScheduleFeedsTests::uid).containsExactly(q4.id() + "@plenary");
        Calendar wp = parse(http.get("/meetings/" + f.code() + "/calendar/wp/1.ics"));
        assertThat(events(wp)).hasSize(2); // Q4/12 and Q5/12 are both in WP1/12

        users.as(f.secretariat(), () -> {
            editing.update(f.code(), q4.id(), Session.Input.of(q4).at(MON, LocalTime.of(14, 30),
                    LocalTime.of(17, 30), f.small().id()));
            publishing.publish(f.code(), null);
        });
        Calendar again = parse(http.get("/meetings/" + f.code() + "/calendar/q/4.ics"));
        assertThat(events(again)).singleElement().satisfies(x -> {
            assertThat(uid(x)).isEqualTo(q4.id() + "@plenary");
            assertThat(x.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
            assertThat(x.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20270301T143000");
        });
        ZonedDateTime expected = ZonedDateTime.of(MON, LocalTime.of(14, 30), ZoneId.of("Europe/Zurich"));
        Temporal parsed = events(again).get(0).getDateTimeStart().getDate();
        assertThat(Instant.from(parsed)).isEqualTo(expected.toInstant());
    }

    @Test
    void aPersonsCalendarHoldsTheSessionsOfTheQuestionsTheyFollow() throws Exception {
        var f = fixture.meeting();
        Session q5 = users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON,
                    "09:30", "12:30", f.small(), false));
            Session s = editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null,
                    MON, "09:30", "12:30", f.big(), false));
            publishing.publish(f.code(), null);
            return s;
        });
        var delegate = users.create("Follower", Role.DELEGATE);
        following.follow(delegate.id(), 12, 5);
        TestHttp http = new TestHttp(port);
        assertThat(http.get("/api/v1/meetings/" + f.code() + "/calendar/mine.ics").status()).isEqualTo(401);
        Calendar mine = parse(http.as(delegate.email(), TestUsers.PASSWORD)
                .get("/api/v1/meetings/" + f.code() + "/calendar/mine.ics"));
        assertThat(events(mine)).extracting(ScheduleFeedsTests::uid).containsExactly(q5.id() + "@plenary");
    }

    @Test
    void theDisplayJsonShowsTodaysPublishedSessionsWithTheCurrentOneMarked() {
        var f = fixture.meeting();
        String screen = "json-" + UUID.randomUUID().toString().substring(0, 8);
        users.as(f.secretariat(), () -> {
            display.defineScreen(screen, "JSON lobby", f.venue(), "Tower");
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON,
                    "09:30", "12:30", f.big(), false));
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON,
                    "14:30", "17:30", f.big(), false));
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null, MON,
                    "09:30", "12:30", f.small(), false));
            // a draft that is not published does not show
            publishing.publish(f.code(), null);
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(6), null, MON,
                    "15:00", "16:00", f.small(), false));
        });
        clock.set(Instant.parse("2027-03-01T10:00:00Z")); // 11:00 in Geneva
        var json = new TestHttp(port).get("/api/v1/display/" + screen).json();
        assertThat(json.get("date").asString()).isEqualTo("2027-03-01");
        assertThat(json.get("zone").asString()).isEqualTo("Europe/Zurich");
        var rooms = json.get("rooms");
        assertThat(rooms.size()).isEqualTo(1); // the screen shows the Tower only
        assertThat(rooms.get(0).get("room").asString()).isEqualTo("Big room");
        var sessions = rooms.get(0).get("sessions");
        assertThat(sessions.get(0).get("label").asString()).isEqualTo("Q4/12");
        assertThat(sessions.get(0).get("state").asString()).isEqualTo("CURRENT");
        assertThat(sessions.get(1).get("state").asString()).isEqualTo("NEXT");
        clock.set(Instant.parse("2027-03-05T10:00:00Z"));
        assertThat(new TestHttp(port).get("/api/v1/display/" + screen).json().get("rooms").size()).isZero();

        // months after the meeting, no session that day: still the venue's (its meeting's) zone, labelled
        clock.set(Instant.parse("2027-06-01T22:30:00Z")); // 00:30 on 2 June in Zurich
        var later = new TestHttp(port).get("/api/v1/display/" + screen).json();
        assertThat(later.get("zone").asString()).isEqualTo("Europe/Zurich");
        assertThat(later.get("date").asString()).isEqualTo("2027-06-02");
        assertThat(later.get("time").asString()).startsWith("00:30");
        assertThat(new TestHttp(port).get("/display/" + screen).body()).contains("id=\"zone\">Europe/Zurich</span>");
    }

    @Test
    void publicPagesRenderThePublishedPlan() {
        TestHttp http = new TestHttp(port);
        var page = http.get("/meetings/SG12-2026-06/sessions");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("SG12 opening plenary").contains("Working party openings in sequence")
                .contains("/meetings/SG12-2026-06/calendar/q/4.ics");
        var screen = http.get("/display/" + SchedulingDemoData.SCREEN);
        assertThat(screen.status()).isEqualTo(200);
        assertThat(screen.body()).contains("hx-trigger=\"every 20s\"").contains("Montbrillant lobby (demo)");
        assertThat(http.get("/display/no-such-screen").status()).isEqualTo(404);
        assertThat(http.get("/meetings/SG12-2026-06/scheduling").status()).isEqualTo(302);
    }
}
