package org.plenary.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.remote.RemoteFixtures.Participant;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two browsers: a remote participant joins through their link and raises a hand; the chair sees it
 * without a reload (Server-Sent Events), with the E-model's rating next to it, gives the floor, then
 * cuts the speaker off, who cannot queue again.
 */
@IntegrationTest
class RemoteConsoleBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    RemoteFixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    LiveUpdates live;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page loggedIn(BrowserContext context, Account who) {
        return Browsers.loggedIn(context, url(""), who.email());
    }

    @Test
    void theChairSeesARemoteHandWithoutAReloadGivesTheFloorThenCutsTheSpeakerOff() {
        RemoteFixtures.World w = fixtures.world();
        Participant amina = w.participant("Amina Diallo", "SN", "female", false);
        clock.set(w.start(w.opening).plus(Duration.ofMinutes(5)));
        String session = "/remote/meetings/" + w.code() + "/sessions/" + w.opening.id();

        try (BrowserContext remoteContext = Browsers.chromium().newContext();
                BrowserContext chairContext = Browsers.chromium().newContext()) {
            Page participant = loggedIn(remoteContext, amina.account());
            participant.navigate(url("/remote/meetings/" + w.code()));
            participant.locator("#session-" + w.opening.id() + " .get-link").click();
            String join = participant.locator("#join-link").getAttribute("href");
            // the browser's own session opens the link; the provider's room itself is not reachable from the test
            var opened = participant.request().get(url(join),
                    RequestOptions.create().setMaxRedirects(0));
            assertThat(opened.status()).isEqualTo(302);
            assertThat(opened.headers().get("location"))
                    .startsWith("https://meet.jit.si/plenary-" + w.opening.id() + "?jwt=");

            var api = new TestHttp(port).as(amina.account().email(), TestUsers.PASSWORD);
            assertThat(api.post("/api/v1/remote/meetings/" + w.code() + "/sessions/" + w.opening.id() + "/quality",
                    "{\"delayMs\":420,\"jitterMs\":30,\"lossPercent\":6,\"codec\":\"G.729A\"}").status()).isEqualTo(200);

            Page chair = loggedIn(chairContext, w.officer);
            chair.navigate(url(session + "?lang=en"));
            chair.evaluate("() => window.notReloaded = true");
            participant.navigate(url(session + "?lang=en"));
            participant.evaluate("() => window.notReloaded = true");
            // each page opens its EventSource after loading: the test starts once both follow the session
            await().atMost(Duration.ofSeconds(20)).until(() -> live.listeners(w.opening.id()) >= 2);

            participant.click("#raise-hand");
            Locator hand = chair.locator("#queue li[data-account='" + amina.id() + "']");
            hand.waitFor();
            assertThat(live.listeners(w.opening.id())).as("both pages follow the session over SSE").isGreaterThanOrEqualTo(2);
            assertThat(hand.locator(".name").innerText()).isEqualTo("Amina Diallo");
            assertThat(hand.locator(".quality").getAttribute("class")).contains("poor");
            assertThat(hand.locator(".flag").innerText()).isEqualTo("very poor connection");

            hand.locator(".give-floor").click();
            participant.locator("#you-have-floor").waitFor();
            assertThat(chair.locator("#floor .speaker .name").innerText()).isEqualTo("Amina Diallo");

            chair.locator("#floor .cut-off").click();
            participant.locator("#you-cut-off").waitFor();
            assertThat(participant.locator("#floor").innerText()).contains("Nobody has the floor.");
            // the chair's page learns of the cut-off over SSE, possibly after the participant's: wait for it
            chair.locator("#cut-off li[data-account='" + amina.id() + "']").waitFor();

            participant.click("#raise-hand");
            participant.locator("#action-error").waitFor();
            assertThat(participant.locator("#action-error").innerText())
                    .isEqualTo("Cut off for the quality of the connection: the chair must restore you first.");
            assertThat(chair.locator("#queue li").count()).isZero();
            assertThat(chair.evaluate("() => window.notReloaded")).as("chair page not reloaded").isEqualTo(true);
            assertThat(participant.evaluate("() => window.notReloaded")).as("participant page not reloaded")
                    .isEqualTo(true);
        }
    }

    @Test
    void requestGrantDoorCheckInAndAttendanceThroughThePages() {
        RemoteFixtures.World w = fixtures.world();
        Participant amina = w.participant("Amina Diallo", "SN", "female", false);
        Participant jean = w.participant("Jean Dupont", "FR", "male", true);
        String meetingPage = url("/remote/meetings/" + w.code() + "?lang=en");
        try (BrowserContext delegateContext = Browsers.chromium().newContext();
                BrowserContext officerContext = Browsers.chromium().newContext();
                BrowserContext secretariatContext = Browsers.chromium().newContext()) {
            Page delegate = loggedIn(delegateContext, amina.account());
            delegate.navigate(meetingPage);
            Locator workshop = delegate.locator("#session-" + w.workshop.id());
            assertThat(workshop.locator("td").nth(1).innerText()).isEqualTo("Available on request");
            workshop.locator(".request").click();
            assertThat(delegate.locator("#notice").innerText()).isEqualTo("Your request was sent.");
            assertThat(delegate.locator("#session-" + w.workshop.id() + " td").nth(1).innerText())
                    .isEqualTo("Requested, waiting for a decision");

            Page officer = loggedIn(officerContext, w.officer);
            officer.navigate(meetingPage);
            Locator request = officer.locator("tr[id^=request-]");
            assertThat(request.locator("td").first().innerText()).isEqualTo("Amina Diallo");
            request.locator("button").first().click();
            assertThat(officer.locator("#notice").innerText()).isEqualTo("The request was granted.");
            delegate.navigate(meetingPage);
            assertThat(delegate.locator("#session-" + w.workshop.id() + " td").nth(1).innerText()).isEqualTo("Granted");
            assertThat(delegate.locator("#session-" + w.workshop.id() + " .get-link").isVisible()).isTrue();

            Page secretariat = loggedIn(secretariatContext, w.secretariat);
            secretariat.navigate(url("/remote/meetings/" + w.code() + "/sessions/" + w.opening.id() + "?lang=en"));
            secretariat.fill("#badge", "WRONG");
            secretariat.click("#scan");
            secretariat.locator("#action-error").waitFor();
            assertThat(secretariat.locator("#action-error").innerText())
                    .isEqualTo("No approved in-person badge with code WRONG for this meeting.");
            secretariat.fill("#badge", jean.badge());
            secretariat.click("#scan");
            secretariat.locator("#action-notice").waitFor();
            assertThat(secretariat.locator("#action-notice").innerText()).isEqualTo("Jean Dupont is in the room.");
            assertThat(secretariat.locator("#decision-list li").allInnerTexts()).singleElement().asString()
                    .startsWith("Jean Dupont (Org Jean Dupont");

            secretariat.navigate(url("/remote/meetings/" + w.code() + "/attendance?lang=en"));
            assertThat(secretariat.locator("#totals").innerText()).isEqualTo("1 person: 1 in the room, 0 remotely.");
            assertThat(secretariat.locator("#attendance tbody tr td").nth(1).innerText()).isEqualTo("Jean Dupont");
            var csv = secretariat.request().get(url("/remote/meetings/" + w.code() + "/attendance.csv"));
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.headers().get("content-type")).startsWith("text/csv");
            assertThat(csv.text()).contains("Opening plenary,Jean Dupont,").contains(",FR,EUROPE,male,room,");
            secretariat.navigate(url("/remote/meetings/" + w.code() + "/attendance?lang=zh"));
            assertThat(secretariat.locator("#totals").innerText()).isEqualTo("共1人：在会场1人，远程0人。");
            secretariat.navigate(url("/remote/meetings/" + w.code() + "?lang=zh"));
            assertThat(secretariat.locator("h1").innerText()).startsWith("远程参会");

            var forbidden = delegate.request().get(url("/remote/meetings/" + w.code() + "/attendance.csv"));
            assertThat(forbidden.status()).as("attendance is for the chair's side").isEqualTo(403);
        }
    }
}
