package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestHttp;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The secretariat edits a meeting in the browser; bad input gets a translated message and saves nothing. */
@IntegrationTest
class SecretariatPagesBrowserTests {

    @LocalServerPort
    int port;

    String code;
    TestHttp api;

    @BeforeEach
    void aMeetingToEdit() {
        code = "B-" + UUID.randomUUID().toString().substring(0, 8);
        api = new TestHttp(port);
        assertThat(api.as(MeetingApiTests.ADMIN, MeetingApiTests.ADMIN_PASSWORD)
                .post("/api/v1/meetings", MeetingApiTests.createBody(code, "2026-11-02", "2026-11-06")).status())
                .isEqualTo(201);
    }

    BrowserContext context;
    Page page;

    @BeforeEach
    void loggedInAsTheSecretariat() {
        context = Browsers.chromium().newContext();
        page = Browsers.loggedIn(context, "http://localhost:" + port, MeetingApiTests.ADMIN,
                MeetingApiTests.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeTheBrowser() {
        context.close();
    }

    private void open(String path) {
        page.navigate("http://localhost:" + port + path);
    }

    @Test
    void badDatesGetATranslatedMessageAndNothingIsSaved() {
        open("/secretariat/meetings/" + code + "?lang=zh");
        page.fill("#lastDay", "2026-11-01");
        page.fill("#titleEn", "Changed title");
        page.click("#save-details");
        assertThat(page.locator("#form-error").innerText()).isEqualTo("会议的最后一天早于第一天。");
        assertThat(page.inputValue("#titleEn")).as("the form keeps what was typed").isEqualTo("Changed title");
        var meeting = api.get("/api/v1/meetings/" + code).json();
        assertThat(meeting.get("lastDay").asString()).isEqualTo("2026-11-06");
        assertThat(meeting.get("title").get("en").asString()).isEqualTo("Test meeting");
    }

    @Test
    void agendaItemsAreAddedInPlaceAndANumberTwiceIsRefused() {
        open("/secretariat/meetings/" + code + "/agenda?lang=en");
        page.evaluate("() => window.notReloaded = true");
        page.fill("#new-number", "1");
        page.fill("#new-en", "Opening of the meeting");
        page.click("#add-item");
        page.locator("#item-1").waitFor();
        page.fill("#new-number", "1");
        page.fill("#new-en", "Opening again");
        page.click("#add-item");
        page.locator("#form-error").waitFor();
        assertThat(page.locator("#form-error").innerText()).isEqualTo("Agenda item 1 exists already.");
        assertThat(page.evaluate("() => window.notReloaded")).as("updated without a reload").isEqualTo(true);
        var agenda = api.get("/api/v1/meetings/" + code + "/agenda").json();
        assertThat(agenda.size()).isEqualTo(1);
        assertThat(agenda.get(0).get("title").get("en").asString()).isEqualTo("Opening of the meeting");
    }

    /** The desk's card of one text, found by its key; the English forms edit no other language. */
    private void translateAtTheDesk(String language, String key, String text) {
        open("/secretariat/meetings/" + code + "/translations/" + language + "?lang=en");
        Locator card = page.locator(".translation").filter(new Locator.FilterOptions()
                .setHas(page.locator("input[name=key][value='" + key + "']")));
        card.locator("[name=text]").fill(text);
        card.locator("button[type=submit]").click();
        page.locator(".translation").filter(new Locator.FilterOptions()
                .setHas(page.locator("input[name=key][value='" + key + "']"))).locator("p.notice").waitFor();
    }

    @Test
    void theTimePlanEditedByTheSecretariatIsWhatDelegatesSee() {
        open("/secretariat/meetings/" + code + "/time-plan?lang=en");
        assertThat(page.locator("textarea[lang=zh]").count()).as("English only: the desk translates").isZero();
        page.fill("textarea[name='2026-11-02.MORNING.en']", "Opening plenary");
        page.click("#save-time-plan");
        assertThat(page.locator(".notice").innerText()).isEqualTo("Saved.");
        translateAtTheDesk("zh", "timePlan.2026-11-02.MORNING", "开幕全体会议");

        open("/secretariat/meetings/" + code + "/time-plan?lang=en");
        page.fill("textarea[name='2026-11-02.MORNING.en']", "Opening plenary, Room A");
        page.click("#save-time-plan");
        page.locator(".notice").waitFor();
        open("/meetings/" + code + "/time-plan?lang=zh");
        assertThat(page.locator("#time-plan tbody tr").first().innerText()).as("the translation outlives an English edit")
                .contains("开幕全体会议");

        open("/secretariat/meetings/" + code + "/time-plan?lang=en");
        page.fill("textarea[name='2026-11-02.MORNING.en']", "");
        page.click("#save-time-plan");
        page.locator(".notice").waitFor();
        var plan = api.get("/api/v1/meetings/" + code + "/letter/time-plan").json();
        assertThat(plan.size()).as("emptying the English removes the cell, its translations with it").isZero();
    }

    @Test
    void annexASectionsAreAddedAndShownOnTheMeetingPage() {
        open("/secretariat/meetings/" + code + "/practical-information?lang=en");
        assertThat(page.locator("#translation-summary a").innerText())
                .isEqualTo("Other languages: 5 of 5 need translating on the translation desk.");
        page.fill("[name='key.0']", "wlan");
        page.fill("[name='title.0.en']", "Wireless LAN");
        page.fill("[name='body.0.en']", "In all meeting rooms.");
        page.click("#save-practical");
        assertThat(page.locator(".notice").innerText()).isEqualTo("Saved.");
        translateAtTheDesk("zh", "annex.wlan.title", "无线局域网");
        translateAtTheDesk("zh", "annex.wlan.body", "所有会议厅均提供。");
        open("/meetings/" + code + "?lang=zh");
        assertThat(page.locator("#info-wlan").innerText()).contains("无线局域网", "所有会议厅均提供。");
    }
}
