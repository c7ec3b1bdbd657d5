package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Role;
import org.plenary.meetings.Meeting;
import org.plenary.meetings.ProgrammeEditing;
import org.plenary.shared.ClusterSignals;
import org.plenary.shared.LocalizedText;
import org.plenary.support.IntegrationTest;
import org.plenary.support.PgSignals;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Public pages and JSON for anonymous readers: no session cookie, an ETag that answers a repeat read
 * with 304, and every change visible on the very next read (the old ETag then no longer matches);
 * a logged-in person's page stays {@code no-store}.
 */
@IntegrationTest
class PublicReadsTests extends SchedulingTestBase {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    ClusterSignals signals;
    @Autowired
    ProgrammeEditing programme;
    @Autowired
    DataSource dataSource;

    @Test
    void anAnonymousReaderGetsNoCookieAndARepeatReadIsA304() throws Exception {
        var f = fixture.meeting();
        String screen = screen(f);
        for (String path : List.of("/meetings/" + f.code(), "/meetings/" + f.code() + "/agenda",
                "/meetings/" + f.code() + "/time-plan", "/meetings/" + f.code() + "/sessions",
                "/api/v1/meetings/" + f.code() + "/sessions", "/display/" + screen, "/display/" + screen + "/board")) {
            for (int read = 0; read < 2; read++) { // the first read renders, the second comes kept
                HttpResponse<String> r = get(path, null);
                assertThat(r.statusCode()).as(path).isEqualTo(200);
                assertThat(r.headers().allValues("Set-Cookie")).as("cookies set by " + path).isEmpty();
                assertThat(r.headers().firstValue("Cache-Control")).as(path).hasValue("public, no-cache");
                String etag = r.headers().firstValue("ETag").orElse(null);
                assertThat(etag).as("ETag of " + path).isNotBlank();
                HttpResponse<String> again = get(path, etag);
                assertThat(again.statusCode()).as("repeat read of " + path).isEqualTo(304);
                assertThat(again.body()).isEmpty();
                assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
            }
        }
    }

    @Test
    void anEditedAgendaShowsOnTheVeryNextReadAndTheOldEtagNoLongerMatches() throws Exception {
        var f = fixture.meeting();
        String path = "/meetings/" + f.code() + "/agenda";
        users.as(f.secretariat(), () -> programme.addAgendaItem(f.code(),
                new Meeting.AgendaItem("1", LocalizedText.en("Opening of the meeting"))));
        HttpResponse<String> before = get(path, null);
        assertThat(get(path, null).body()).contains("Opening of the meeting"); // kept now
        String etag = before.headers().firstValue("ETag").orElseThrow();

        users.as(f.secretariat(), () -> programme.updateAgendaItem(f.code(), "1",
                LocalizedText.en("Opening and welcome")));

        HttpResponse<String> after = get(path, etag);
        assertThat(after.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
        assertThat(after.body()).contains("Opening and welcome").doesNotContain("Opening of the meeting");
        assertThat(get("/api/v1/meetings/" + f.code() + "/agenda", null).body()).contains("Opening and welcome");
    }

    /**
     * Another node's edit: it writes the rows and signals {@code public} at its commit (here: a raw
     * connection does both, as that node would); this node's kept page must not outlive the signal.
     */
    @Test
    void anEditThroughAnotherNodeDropsThisNodesKeptPagesAtItsCommit() throws Exception {
        var f = fixture.meeting();
        String path = "/meetings/" + f.code() + "/agenda";
        users.as(f.secretariat(), () -> programme.addAgendaItem(f.code(),
                new Meeting.AgendaItem("1", LocalizedText.en("Opening of the meeting"))));
        String etag = get(path, null).headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, etag).statusCode()).as("kept").isEqualTo(304);

        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.executeUpdate("update meetings_agenda_item set title = '{\"en\":\"Welcome by the other node\"}'::jsonb "
                        + "where meeting_id = (select id from meetings_meeting where code = '" + f.code() + "')");
                st.execute("select pg_notify('" + PgSignals.CHANNEL + "', 'public')");
            }
            other.commit();
        }
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            HttpResponse<String> next = get(path, etag);
            assertThat(next.statusCode()).isEqualTo(200);
            assertThat(next.body()).contains("Welcome by the other node");
        });
    }

    /**
     * Each meeting's pages are kept under its own version: an edit of meeting A renders A afresh and
     * leaves B's kept pages alone. To see whether B was rendered again, B's rows are changed behind
     * the application's back (no signal): a fresh rendering would show that, a kept page does not.
     */
    @Test
    void anEditOfOneMeetingKeepsAnotherMeetingsPages() throws Exception {
        // This node hears its own commits' signals too, a moment later; it moved its versions at the
        // commit, so the echo must not move them again (waited for below before each read).
        List<String> heard = new CopyOnWriteArrayList<>();
        signals.on("public", key -> heard.add(String.valueOf(key)));
        var a = fixture.meeting();
        var b = fixture.meeting();
        users.as(a.secretariat(), () -> programme.addAgendaItem(a.code(),
                new Meeting.AgendaItem("1", LocalizedText.en("Opening of meeting A"))));
        users.as(b.secretariat(), () -> programme.addAgendaItem(b.code(),
                new Meeting.AgendaItem("1", LocalizedText.en("Opening of meeting B"))));
        List<String> paths = List.of("/meetings/" + b.code(), "/meetings/" + b.code() + "/agenda",
                "/api/v1/meetings/" + b.code() + "/agenda");
        List<String> etags = new ArrayList<>();
        for (String path : paths) {
            etags.add(get(path, null).headers().firstValue("ETag").orElseThrow());
        }
        String aAgenda = "/meetings/" + a.code() + "/agenda";
        String aEtag = get(aAgenda, null).headers().firstValue("ETag").orElseThrow();
        unsignalled("update meetings_agenda_item set title = '{\"en\":\"Changed unseen\"}'::jsonb", b.code());

        long echoesOfA = heard.stream().filter(a.code()::equals).count();
        CountDownLatch release = holdListener(); // A's echo comes only after A's page is read below
        users.as(a.secretariat(), () -> programme.updateAgendaItem(a.code(), "1", LocalizedText.en("Welcome to A")));
        HttpResponse<String> aNext = get(aAgenda, aEtag);
        assertThat(aNext.statusCode()).as("A's old ETag no longer matches").isEqualTo(200);
        assertThat(aNext.body()).contains("Welcome to A");
        String aEditedEtag = aNext.headers().firstValue("ETag").orElseThrow();
        // a change behind the application's back: a page rendered afresh after the echo would show it
        unsignalled("update meetings_agenda_item set title = '{\"en\":\"Seen only if rendered again\"}'::jsonb",
                a.code());
        release.countDown();
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> heard.stream().filter(a.code()::equals).count() > echoesOfA);
        assertThat(get(aAgenda, aEditedEtag).statusCode())
                .as("the echo of this node's own commit moves nothing: the page read after the commit is kept")
                .isEqualTo(304);
        for (int i = 0; i < paths.size(); i++) {
            assertThat(get(paths.get(i), etags.get(i)).statusCode()).as("B's kept " + paths.get(i)).isEqualTo(304);
        }
        // An edit of B itself (here through another node: its commit's signal names B) drops B's pages, not A's.
        String aNextEtag = aNext.headers().firstValue("ETag").orElseThrow();
        unsignalled("update meetings_agenda_item set title = '{\"en\":\"A changed unseen\"}'::jsonb", a.code());
        signal("public:" + b.code());
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            HttpResponse<String> bNext = get(paths.get(1), etags.get(1));
            assertThat(bNext.statusCode()).isEqualTo(200);
            assertThat(bNext.body()).contains("Changed unseen");
        });
        assertThat(get(aAgenda, aNextEtag).statusCode()).as("A's kept page, left by B's signal").isEqualTo(304);
    }

    /** Holds this node's signal listener (in a handler of a topic of its own) until the latch is released. */
    private CountDownLatch holdListener() throws InterruptedException {
        String topic = "hold-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        signals.on(topic, key -> {
            held.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        signals.send(topic, null);
        assertThat(held.await(10, TimeUnit.SECONDS)).as("the listener is held").isTrue();
        return release;
    }

    private void unsignalled(String update, String code) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate(update + " where meeting_id = (select id from meetings_meeting where code = '" + code + "')");
        }
    }

    private void signal(String payload) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("select pg_notify('" + PgSignals.CHANNEL + "', '" + payload + "')");
        }
    }

    @Test
    void aPublishedPlanShowsOnTheVeryNextRead() throws Exception {
        var f = fixture.meeting();
        String json = "/api/v1/meetings/" + f.code() + "/sessions";
        String page = "/meetings/" + f.code() + "/sessions";
        users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null,
                    RoomBoardCacheTests.MON, "09:30", "12:30", f.big(), false));
            publishing.publish(f.code(), null);
        });
        HttpResponse<String> first = get(json, null);
        get(json, null);
        get(page, null);
        String pageEtag = get(page, null).headers().firstValue("ETag").orElseThrow();
        assertThat(first.body()).doesNotContain("\"14:30");

        users.as(f.secretariat(), () -> {
            editing.create(f.code(), SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null,
                    RoomBoardCacheTests.MON, "14:30", "17:30", f.small(), false));
            publishing.publish(f.code(), null);
        });

        HttpResponse<String> next = get(json, first.headers().firstValue("ETag").orElseThrow());
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).contains("14:30");
        HttpResponse<String> nextPage = get(page, pageEtag);
        assertThat(nextPage.statusCode()).isEqualTo(200);
        assertThat(nextPage.body()).contains("Small room");
    }

    @Test
    void aLoggedInPersonsPageIsNotStoredAndHasNoEtag() throws Exception {
        var f = fixture.meeting();
        Account delegate = users.create("Public reads delegate", Role.DELEGATE);
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        logIn(browser, delegate);
        HttpResponse<String> r = browser.send(request("/meetings/" + f.code(), null).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("nav-my-meetings");
        assertThat(r.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(r.headers().firstValue("ETag")).isEmpty();
        assertThat(get("/meetings/" + f.code(), null).body()).as("an anonymous reader gets no personal page")
                .doesNotContain("nav-my-meetings");
    }

    private String screen(SchedulingFixture.Setup f) {
        String key = "reads-" + UUID.randomUUID().toString().substring(0, 8);
        users.as(f.secretariat(), () -> display.defineScreen(key, "Reads lobby", f.venue(), null));
        return key;
    }

    private void logIn(HttpClient browser, Account a) throws Exception {
        HttpResponse<String> form = browser.send(request("/login", null).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(m.find()).as("the login form carries a CSRF token").isTrue();
        HttpResponse<String> r = browser.send(request("/login", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(m.group(1)) + "&username=" + enc(a.email())
                        + "&password=" + enc(TestUsers.PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.headers().firstValue("Location").orElse("")).as("logged in").doesNotContain("/login");
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
        return CLIENT.send(request(path, ifNoneMatch).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String ifNoneMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", "en");
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return b;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
