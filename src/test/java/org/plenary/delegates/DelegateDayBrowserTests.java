package org.plenary.delegates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.plenary.directory.Account;
import org.plenary.directory.Directory;
import org.plenary.directory.MembershipCategory;
import org.plenary.directory.Organisation;
import org.plenary.directory.Role;
import org.plenary.scheduling.Session;
import org.plenary.scheduling.SessionKind;
import org.plenary.scheduling.SchedulingFixture;
import org.plenary.shared.BaseUrl;
import org.plenary.support.Browsers;
import org.plenary.support.ICalendars;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MutableClock;
import org.plenary.support.TestClockConfig;
import org.plenary.support.TestHttp;
import org.plenary.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A first-time delegate's day in a real Chromium, and the pages that must not offer what is closed. */
@IntegrationTest
class DelegateDayBrowserTests {

    static final LocalDate MON = LocalDate.of(2027, 3, 1);

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Directory directory;
    @Autowired
    SchedulingFixture fixture;
    @Autowired
    BaseUrl baseUrl;
    @Autowired
    MutableClock clock;

    private String base() {
        return "http://localhost:" + port;
    }

    private Page login(BrowserContext context, Account who) {
        return Browsers.loggedIn(context, base(), who.email());
    }

    private static BrowserContext context() {
        return Browsers.english();
    }

    /** The meeting with a published plan: Q4 and Q5 on Monday, Q6 on Tuesday; returns the sessions. */
    private List<Session> plannedMeeting(SchedulingFixture.Setup f) {
        return fixture.published(f,
                SchedulingFixture.placed(SessionKind.QUESTION, List.of(4), null, MON, "09:30", "12:30", f.big(), false),
                SchedulingFixture.placed(SessionKind.QUESTION, List.of(5), null, MON, "14:30", "17:30", f.small(), false),
                SchedulingFixture.placed(SessionKind.QUESTION, List.of(6), null, MON.plusDays(1), "09:30", "12:30",
                        f.small(), false));
    }

    private Organisation organisation(Account secretariat) {
        return users.as(secretariat, () -> directory.create("Delegates Org " + UUID.randomUUID().toString().substring(0, 8),
                "CH", MembershipCategory.SECTOR_MEMBER, null, false));
    }

    @Test
    void aDelegateRegistersSeesTheirMeetingFollowsTwoQuestionsGetsTheirCalendarAndWithdrawsAfterConfirming()
            throws Exception {
        SchedulingFixture.Setup f = fixture.meeting();
        List<Session> sessions = plannedMeeting(f);
        Organisation org = organisation(f.secretariat());
        Account delegate = users.create("Delegate " + UUID.randomUUID().toString().substring(0, 8), Role.DELEGATE);
        String meetingPage = base() + "/meetings/" + f.code();

        try (BrowserContext context = context()) {
            Page page = login(context, delegate);
            page.navigate(base() + "/");
            assertThat(page.locator("#upcoming article[data-code='" + f.code() + "']").count()).isEqualTo(1);
            assertThat(page.locator("#past article[data-code='" + f.code() + "']").count()).isZero();

            // not registered: the contribution form says so before anything is typed, and TDs are not offered
            page.navigate(meetingPage + "/documents/submit");
            assertThat(page.locator("#not-eligible").innerText())
                    .contains("Only people whose registration for meeting " + f.code() + " is approved");
            assertThat(page.locator("#contribution-form").count()).isZero();
            assertThat(page.navigate(meetingPage + "/documents/new-td").status()).isEqualTo(403);

            page.navigate(meetingPage);
            assertThat(page.locator("#my-registration").getAttribute("data-state")).isEqualTo("NONE");
            page.locator("#my-registration a").click();
            page.waitForURL(u -> u.endsWith("/register"));
            assertThat(page.locator("#back a").first().getAttribute("href")).isEqualTo("/meetings/" + f.code());
            page.selectOption("#organisation-choice", org.id().toString());
            page.click("#choose-organisation button");
            page.locator("#registration-form").waitFor();
            page.check("input[name=captioningRequest]");
            page.click("#submit-registration");
            page.locator("#registration-status").waitFor();
            assertThat(page.locator("#registration-status").getAttribute("data-status")).isEqualTo("SUBMITTED");

            // the meeting page shows one's own status; follow Q4 and Q5 there (htmx swaps the button)
            page.navigate(meetingPage);
            assertThat(page.locator("#my-registration").getAttribute("data-state")).isEqualTo("SUBMITTED");
            assertThat(page.locator("#my-registration").innerText()).contains("waiting for approval");
            for (int q : new int[] {4, 5}) {
                page.locator("#q-" + q + " form.follow button").click();
                page.locator("#q-" + q + " form.follow[data-following=true]").waitFor();
            }
            assertThat(page.url()).as("htmx saved a reload").isEqualTo(meetingPage);

            page.click("#nav-my-meetings");
            page.waitForURL(u -> u.endsWith("/my-meetings"));
            Locator mine = page.locator("#my-" + f.code());
            assertThat(mine.locator(".registration-status").getAttribute("data-status")).isEqualTo("SUBMITTED");
            assertThat(mine.locator(".requests li").allInnerTexts())
                    .containsExactly("Attendance in person", "Real-time captioning");
            assertThat(mine.locator(".remote").innerText()).contains("Sessions: 0 granted, 0 waiting, 0 refused");
            assertThat(page.locator("#followed li").allInnerTexts()).containsExactly("Q4/12", "Q5/12");
            String url = page.locator("#calendar-url-" + f.code()).inputValue();
            String path = "/api/v1/meetings/" + f.code() + "/calendar/mine.ics";
            assertThat(url).as("absolute, from the configured base URL").isEqualTo(baseUrl.of(path))
                    .startsWith("https://");
            assertThat(page.locator(".webcal").first().getAttribute("href"))
                    .isEqualTo("webcal" + url.substring(url.indexOf(':')));
            assertThat(page.content()).doesNotContain("&lt;meeting&gt;");

            var ics = new TestHttp(port).as(delegate.email(), TestUsers.PASSWORD).get(path);
            assertThat(ics.status()).isEqualTo(200);
            Calendar calendar = ICalendars.validated(ics.body());
            assertThat(ICalendars.uids(calendar)).containsExactlyInAnyOrder(sessions.get(0).id() + "@plenary",
                    sessions.get(1).id() + "@plenary");

            // a one-click post (an old form, or another site's) does not withdraw: it asks
            String regId = mine.locator("a.withdraw").getAttribute("href").split("/")[2];
            Object status = page.evaluate("id => fetch('/registrations/' + id + '/withdraw', {method: 'POST', headers: {"
                    + "[document.querySelector('meta[name=_csrf_header]').content]: "
                    + "document.querySelector('meta[name=_csrf]').content}}).then(r => r.url)", regId);
            assertThat((String) status).endsWith("/registrations/" + regId + "/withdraw");
            page.reload();
            assertThat(page.locator("#my-" + f.code() + " .registration-status").getAttribute("data-status"))
                    .isEqualTo("SUBMITTED");

            // withdrawing asks first; "keep" keeps it
            page.locator("#my-" + f.code() + " a.withdraw").click();
            page.locator("#withdraw-consequences").waitFor();
            page.click("#keep-registration");
            page.locator("#registration-status").waitFor();
            assertThat(page.locator("#registration-status").getAttribute("data-status")).isEqualTo("SUBMITTED");
            page.click("#withdraw-link");
            page.locator("#confirm-withdraw").waitFor();
            page.click("#confirm-withdraw");
            page.locator("#withdrawn-notice").waitFor();
            assertThat(page.locator("#registration-status").getAttribute("data-status")).isEqualTo("WITHDRAWN");

            // without htmx (a plain form post, as a browser without JavaScript sends it) the follow
            // buttons post and come back to the meeting page at the Question
            page.navigate(meetingPage);
            page.evaluate("document.querySelector('#q-6 form.follow').submit()");
            page.waitForURL(u -> u.endsWith("#q-6"));
            page.locator("#q-6 form.follow[data-following=true]").waitFor();
            page.evaluate("document.querySelector('#q-4 form.follow').submit()");
            page.waitForURL(u -> u.endsWith("#q-4"));
            page.locator("#q-4 form.follow[data-following=false]").waitFor();
            page.navigate(base() + "/my-meetings");
            assertThat(page.locator("#followed li").allInnerTexts()).containsExactly("Q5/12", "Q6/12");
        }
    }

    @Test
    void closedFormsAreNotOfferedAndSayWhyAndSinceWhen() {
        SchedulingFixture.Setup f = fixture.meeting();
        Organisation org = organisation(f.secretariat());
        Account delegate = users.create("Late delegate " + UUID.randomUUID().toString().substring(0, 8), Role.DELEGATE);
        String meetingPage = base() + "/meetings/" + f.code();
        try (BrowserContext context = context()) {
            Page page = login(context, delegate);
            page.navigate(meetingPage + "/fellowship");
            assertThat(page.locator("#fellowship-not-approved").innerText())
                    .contains("only once the focal point of your organisation has approved");
            assertThat(page.locator("#fellowship-form").count()).isZero();
            assertThat(page.locator("main").innerText())
                    .contains("Fellowship requests close on 18 January 2027 at 23:59:59 (Europe/Zurich time).");
            try {
                clock.set(Instant.parse("2027-02-10T10:00:00Z"));
                page.navigate(meetingPage + "/fellowship");
                assertThat(page.locator("#fellowship-closed").innerText()).isEqualTo(
                        "Fellowship requests closed on 18 January 2027 at 23:59:59 (Europe/Zurich time): "
                                + "no new application can be made for this meeting.");
                assertThat(page.locator("main").innerText()).doesNotContain("close on");
                page.navigate(meetingPage + "/register?organisation=" + org.id());
                assertThat(page.locator("#late-notice").innerText()).contains("passed on 1 February 2027")
                        .contains("until the meeting ends on 3 March 2027");

                clock.set(Instant.parse("2027-03-05T10:00:00Z"));
                page.navigate(meetingPage + "/register?organisation=" + org.id());
                assertThat(page.locator("#registration-closed").innerText())
                        .isEqualTo("This meeting ended on 3 March 2027: registration is closed.");
                assertThat(page.locator("#registration-form").count()).isZero();
                assertThat(page.locator("#choose-organisation").count()).isZero();
                page.navigate(meetingPage);
                assertThat(page.locator("#meeting-over").innerText()).startsWith("This meeting ended on 3 March 2027");
                assertThat(page.locator("#my-registration").count()).as("no invitation to register").isZero();
                page.navigate(base() + "/");
                assertThat(page.locator("#past article[data-code='" + f.code() + "']").count()).isEqualTo(1);
                assertThat(page.locator("#upcoming article[data-code='" + f.code() + "']").count()).isZero();
            } finally {
                clock.set(TestClockConfig.START);
            }
        }
    }

    @Test
    void theMeetingRegistrationAndMyMeetingsPagesFitA390PixelPhone() {
        SchedulingFixture.Setup f = fixture.meeting();
        plannedMeeting(f);
        Organisation org = organisation(f.secretariat());
        Account delegate = users.create("Phone delegate " + UUID.randomUUID().toString().substring(0, 8), Role.DELEGATE);
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions()
                .setLocale("en-GB").setViewportSize(390, 844))) {
            Page page = login(context, delegate);
            page.navigate(base() + "/meetings/" + f.code() + "/register?organisation=" + org.id());
            page.click("#submit-registration");
            page.locator("#registration-status").waitFor();
            for (String lang : new String[] {"en", "ar", "ru"}) {
                for (String path : new String[] {"/meetings/" + f.code(), "/meetings/" + f.code() + "/register",
                        "/meetings/" + f.code() + "/register?organisation=" + org.id(), "/my-meetings",
                        "/meetings/" + f.code() + "/sessions"}) {
                    var response = page.navigate(base() + path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
                    assertThat(response.status()).as(path).isEqualTo(200);
                    page.locator("main h1").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
                    Object width = page.evaluate("document.documentElement.scrollWidth");
                    assertThat(((Number) width).intValue()).as("%s in %s scrolls sideways", path, lang)
                            .isLessThanOrEqualTo(390);
                }
            }
        }
    }
}
