package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.MeetingForms;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The secretariat sets a meeting up from the pages alone (issue 12, item 2), in English and in
 * Arabic: a study group with two working parties and four Questions, a meeting with its letter
 * particulars and a co-located event, rooms and a screen; the letter page lists what is still
 * missing, each with a link to where it is set, and is ready once nothing is. No call to the API.
 */
@IntegrationTest
class MeetingSetupBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MeetingManagement meetings;
    @Autowired
    org.springframework.context.MessageSource messages;

    Page page;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theWholeSetUpFromThePagesWithoutTheApi(String lang) {
        int sg = freeStudyGroupNumber();
        String code = "SU-" + lang + "-" + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = Browsers.chromium().newContext(new Browser.NewContextOptions().setLocale(lang))) {
            page = context.newPage();
            List<String> apiCalls = new CopyOnWriteArrayList<>();
            page.onRequest(r -> {
                if (r.url().contains("/api/")) {
                    apiCalls.add(r.method() + " " + r.url());
                }
            });
            open("/login");
            page.fill("#username", MeetingApiTests.ADMIN);
            page.fill("#password", MeetingApiTests.ADMIN_PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));

            // the study group, from the secretariat's page
            open("/secretariat?lang=" + lang); // the login set the account's language; this page switches it
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
            page.click("#setup-links a[href$='/secretariat/study-groups']");
            page.waitForURL("**/secretariat/study-groups");
            page.fill("#number", String.valueOf(sg));
            page.fill("#titleEn", "Set-up test group " + sg);
            page.fill("#studyPeriod", "2025-2028");
            page.click("#create-sg");
            page.waitForURL("**/secretariat/study-groups/" + sg);

            // the same number again is refused next to the field, in the reader's language
            open("/secretariat/study-groups");
            page.fill("#number", String.valueOf(sg));
            page.fill("#titleEn", "Twice");
            page.fill("#studyPeriod", "2025-2028");
            page.click("#create-sg");
            page.locator("#number-error").waitFor();
            assertThat(page.locator("#number-error").innerText()).isEqualTo(message(lang, "studyGroup.exists", sg));
            assertThat(page.locator("#number").getAttribute("aria-describedby")).isEqualTo("number-error");
            assertThat(meetings.studyGroup(sg).title().get("en")).isEqualTo("Set-up test group " + sg);

            open("/secretariat/study-groups/" + sg);
            page.evaluate("() => window.notReloaded = true");
            MeetingForms.addTwoWorkingPartiesAndFourQuestions(page, "Chair ");
            assertThat(page.evaluate("() => window.notReloaded")).as("saved in place by htmx").isEqualTo(true);
            StudyGroup saved = meetings.studyGroup(sg);
            assertThat(saved.workingParties()).hasSize(2);
            assertThat(saved.questionsOf(1)).hasSize(2);
            assertThat(saved.questionsOf(2)).hasSize(1);
            assertThat(saved.questionsOf(null)).extracting(StudyGroup.Question::number).containsExactly(4);

            // the meeting: a bad last day is refused next to the field and nothing is saved
            open("/secretariat");
            MeetingForms.fillNewMeeting(page, code, sg, "Meeting of set-up group " + sg, "2027-03-15", "2027-03-12");
            page.click("#create-meeting");
            page.locator("#lastDay-error").waitFor();
            assertThat(page.locator("#lastDay-error").innerText()).isEqualTo(message(lang, "meeting.endBeforeStart"));
            assertThat(meetings.find(code)).as("nothing half-saved").isEmpty();
            assertThat(page.inputValue("#titleEn")).as("the form keeps what was typed")
                    .isEqualTo("Meeting of set-up group " + sg);
            page.fill("#lastDay", "2027-03-19");
            page.click("#create-meeting");
            page.waitForURL("**/secretariat/meetings/" + code);

            // a new meeting's letter says what it still needs, never "null", and offers drafts only
            open("/meetings/" + code + "/letter");
            assertThat(missing()).containsExactlyInAnyOrder("reference", "addressees", "signatory", "signatoryTitle",
                    "contact", "date");
            assertThat(page.locator("main").innerText()).doesNotContain("null");
            assertThat(page.locator("#letter-ready").count()).isZero();
            page.click("#letter-missing li[data-missing=reference] a");
            page.waitForURL("**/secretariat/meetings/" + code + "/letter#reference");
            page.fill("#reference", "TSB Collective Letter 9/" + sg);
            page.fill("#addressees", "Administrations of ITU Member States\nITU-T Sector Members");
            page.fill("#signatory", "Seizo Onoe");
            page.fill("#email", "tsbsg@example.org");
            page.click("#save-letter");
            page.locator("p.notice[role=status]").waitFor();
            open("/meetings/" + code + "/letter");
            assertThat(missing()).containsExactlyInAnyOrder("signatoryTitle", "date");

            // a co-located event, added in place; one too far from the meeting is refused by the field
            open("/secretariat/meetings/" + code);
            page.click("nav.tabs a[href$='/events']");
            page.waitForURL("**/secretariat/meetings/" + code + "/events");
            page.fill("#new-title", "Workshop on set-up");
            page.fill("#new-day", "2027-01-14");
            page.fill("#new-start", "14:00");
            page.fill("#new-end", "18:00");
            page.click("#save-event");
            page.locator("#add-event .field-error").waitFor();
            assertThat(meetings.get(code).coLocatedEvents()).isEmpty();
            page.fill("#new-day", "2027-03-14");
            page.click("#save-event");
            page.locator("#event-0").waitFor();
            assertThat(meetings.get(code).coLocatedEvents()).hasSize(1);

            // rooms and a screen of the venue
            page.click("nav.tabs a[href$='/rooms']");
            page.waitForURL("**/secretariat/meetings/" + code + "/rooms");
            for (String room : new String[] {"Room A", "Room B"}) {
                page.fill("#room-name", room);
                page.fill("#room-capacity", "80");
                page.click("#add-room");
                page.locator("#room-list th[scope=row]:text-is('" + room + "')").waitFor();
            }
            page.fill("#screen-key", "su-" + code.toLowerCase());
            page.fill("#screen-name", "Lobby");
            page.click("#define-screen");
            page.locator("#screens li").waitFor();

            // completing the particulars makes the letter ready
            page.click("nav.tabs a[href$='/letter']");
            page.waitForURL("**/secretariat/meetings/" + code + "/letter");
            page.fill("#signatoryTitle", "Director");
            page.fill("#date", "2027-01-10");
            page.click("#save-letter");
            page.locator("p.notice[role=status]").waitFor();
            page.click("#letter-page");
            page.waitForURL("**/meetings/" + code + "/letter");
            page.locator("#letter-ready").waitFor();
            assertThat(page.locator("#letter-missing").count()).isZero();
            assertThat(page.locator("#letter-downloads a[href$='/letter/" + lang + ".pdf']").innerText())
                    .isEqualTo(message(lang, "letters.page.pdf"));

            assertThat(apiCalls).as("the set-up used the pages only").isEmpty();
        }
    }

    private List<String> missing() {
        return page.locator("#letter-missing li").all().stream().map(l -> l.getAttribute("data-missing")).toList();
    }

    private void open(String path) {
        page.navigate("http://localhost:" + port + path);
    }

    private int freeStudyGroupNumber() {
        Set<Integer> taken = meetings.studyGroups().stream().map(StudyGroup::number).collect(Collectors.toSet());
        List<Integer> free = IntStream.rangeClosed(30, 99).boxed().filter(n -> !taken.contains(n)).toList();
        assertThat(free).as("a free study-group number for this test").isNotEmpty();
        return free.get((int) (Math.random() * free.size()));
    }

    private String message(String lang, String key, Object... args) {
        return messages.getMessage(key, args, java.util.Locale.forLanguageTag(lang));
    }
}
