package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
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
        page.fill("#new-zh", "会议开幕");
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
        assertThat(agenda.get(0).get("title").get("zh").asString()).isEqualTo("会议开幕");
    }

    @Test
    void theTimePlanEditedByTheSecretariatIsWhatDelegatesSee() {
        open("/secretariat/meetings/" + code + "/time-plan?lang=en");
        page.fill("textarea[name='2026-11-02.MORNING.en']", "Opening plenary");
        page.fill("textarea[name='2026-11-02.MORNING.zh']", "开幕全体会议");
        page.click("#save-time-plan");
        assertThat(page.locator(".notice").innerText()).isEqualTo("Saved.");
        open("/meetings/" + code + "/time-plan?lang=zh");
        assertThat(page.locator("#time-plan tbody tr").first().innerText()).contains("开幕全体会议");
    }

    @Test
    void annexASectionsAreAddedAndShownOnTheMeetingPage() {
        open("/secretariat/meetings/" + code + "/practical-information?lang=en");
        page.fill("[name='key.0']", "wlan");
        page.fill("[name='title.0.en']", "Wireless LAN");
        page.fill("[name='title.0.zh']", "无线局域网");
        page.fill("[name='body.0.en']", "In all meeting rooms.");
        page.fill("[name='body.0.zh']", "所有会议厅均提供。");
        page.click("#save-practical");
        assertThat(page.locator(".notice").innerText()).isEqualTo("Saved.");
        open("/meetings/" + code + "?lang=zh");
        assertThat(page.locator("#info-wlan").innerText()).contains("无线局域网", "所有会议厅均提供。");
    }
}
