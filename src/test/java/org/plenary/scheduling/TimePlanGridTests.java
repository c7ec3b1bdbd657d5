package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.plenary.meetings.HalfDay;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.MeetingManagement;
import org.plenary.meetings.ProgrammeEditing;
import org.plenary.shared.LocalizedText;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PageClient;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * One time plan, not two: the public time-plan page shows the letter's cells, marked provisional, until
 * the secretariat publishes a plan; from the very next read on it shows the published sessions (names as
 * people read them, rooms, times in the meeting's zone), and the secretariat's cell editor says so. The API's
 * time plan reads the same, and the letter's own cells stay under the letter's name.
 */
@IntegrationTest
class TimePlanGridTests extends SchedulingTestBase {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ProgrammeEditing programme;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    SessionLabels labels;

    @Test
    void theLettersCellsAreProvisionalUntilAPlanIsPublishedThenTheNextReadShowsThePublishedSessions()
            throws Exception {
        var f = fixture.meeting();
        String path = "/meetings/" + f.code() + "/time-plan";
        users.as(f.secretariat(), () -> programme.replaceTimePlan(f.code(), List.of(new Meeting.TimePlanCell(
                RoomBoardCacheTests.MON, HalfDay.MORNING, LocalizedText.en("Letter cell: Questions in parallel"))),
                meetings.get(f.code()).version()));
        PageClient secretariat = new PageClient("http://localhost:" + port);
        secretariat.login(f.secretariat().email(), TestUsers.PASSWORD);

        HttpResponse<String> before = get(path, null, "en");
        assertThat(before.body()).contains("Letter cell: Questions in parallel").contains("id=\"provisional\"")
                .doesNotContain("id=\"published-plan\"");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, etag, "en").statusCode()).as("kept until something changes").isEqualTo(304);
        assertThat(secretariat.get("/secretariat/meetings/" + f.code() + "/time-plan").body())
                .doesNotContain("id=\"plan-published\"");
        JsonNode provisional = api("en").get("/api/v1/meetings/" + f.code() + "/time-plan").json();
        assertThat(provisional.get("published").asBoolean()).as("the API reads as the page: provisional").isFalse();
        assertThat(provisional.get("cells")).singleElement().extracting(c -> c.get("text").get("en").asString())
                .isEqualTo("Letter cell: Questions in parallel");
        assertThat(provisional.get("sessions").size()).isZero();

        users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null,
                    RoomBoardCacheTests.MON, "09:30", "12:30", f.big(), false));
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.NEWCOMERS, List.of(), null,
                    RoomBoardCacheTests.MON, "14:30", "15:30", f.small(), false));
            publishing.publish(f.code(), null);
        });

        HttpResponse<String> after = get(path, etag, "en");
        assertThat(after.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
        assertThat(after.body()).contains("id=\"published-plan\"").contains("Big room").contains("Small room")
                .contains("09:30").contains("Europe/Zurich").doesNotContain("Letter cell: Questions in parallel");
        assertThat(HtmlUtils.htmlUnescape(after.body())).contains(names(f.code(), Locale.ENGLISH));
        assertThat(secretariat.get("/secretariat/meetings/" + f.code() + "/time-plan").body())
                .contains("id=\"plan-published\"").contains("/meetings/" + f.code() + "/scheduling")
                .contains("Letter cell: Questions in parallel");

        JsonNode plan = api("en").get("/api/v1/meetings/" + f.code() + "/time-plan").json();
        assertThat(plan.get("published").asBoolean()).as("the API reads as the page: the published plan").isTrue();
        assertThat(plan.get("version").asInt()).isEqualTo(1);
        assertThat(plan.get("timeZone").asString()).isEqualTo("Europe/Zurich");
        assertThat(plan.get("cells").size()).as("the letter's cells are not the plan any more").isZero();
        assertThat(plan.get("sessions")).extracting(s -> s.get("name").asString())
                .containsExactlyInAnyOrderElementsOf(names(f.code(), Locale.ENGLISH));
        assertThat(plan.get("sessions"))
                .extracting(s -> s.get("start").asString().substring(0, 5) + " " + s.get("room").asString())
                .containsExactly("09:30 Big room", "14:30 Small room");
        assertThat(api("ar").get("/api/v1/meetings/" + f.code() + "/time-plan").json().get("sessions"))
                .extracting(s -> s.get("name").asString())
                .containsExactlyInAnyOrderElementsOf(names(f.code(), Locale.forLanguageTag("ar")));
        assertThat(api("en").get("/api/v1/meetings/" + f.code() + "/letter/time-plan").json())
                .as("the letter's own cells stay readable under the letter's name").singleElement()
                .extracting(c -> c.get("text").get("en").asString()).isEqualTo("Letter cell: Questions in parallel");

        String arabic = get(path, null, "ar").body();
        assertThat(HtmlUtils.htmlUnescape(arabic)).contains(names(f.code(), Locale.forLanguageTag("ar")));
        assertNoEnumNames(arabic);
    }

    /** The demo meeting has a published plan: its time plan is that plan, in every language without enum names. */
    @Test
    void theDemoMeetingsTimePlanIsItsPublishedPlan() throws Exception {
        for (String lang : List.of("en", "ar")) {
            HttpResponse<String> r = get("/meetings/" + SchedulingDemoData.CODE + "/time-plan", null, lang);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("id=\"published-plan\"").contains("class=\"session\"");
            assertNoEnumNames(r.body());
        }
    }

    private TestHttp api(String language) {
        return new TestHttp(port).language(language);
    }

    private List<String> names(String code, Locale locale) {
        int sg = meetings.get(code).studyGroup();
        return publishing.published(code).stream().map(s -> labels.label(s, sg, locale)).toList();
    }

    private static void assertNoEnumNames(String body) {
        Stream.concat(Stream.of(SessionKind.values()).map(Enum::name), Stream.of(HalfDay.values()).map(Enum::name))
                .forEach(name -> assertThat(body).as("raw enum name " + name).doesNotContainPattern("\\b" + name + "\\b"));
    }

    private HttpResponse<String> get(String path, String ifNoneMatch, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language);
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
