package org.plenary.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The secretariat translates the agenda and Annex A into French at the translation desk, working
 * in Arabic; readers then see French where it exists, and an Arabic reader sees the English
 * fallback marked, running left to right.
 */
@IntegrationTest
class TranslationPagesBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    MessageSource messages;

    String code;
    TestHttp api;
    BrowserContext context;
    Page page;

    @BeforeEach
    void aMeetingWithAnAgendaAndAnnexA() {
        code = "T-" + UUID.randomUUID().toString().substring(0, 8);
        api = new TestHttp(port).as(MeetingApiTests.ADMIN, MeetingApiTests.ADMIN_PASSWORD);
        assertThat(api.post("/api/v1/meetings", MeetingApiTests.createBody(code, "2026-11-02", "2026-11-06")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/meetings/" + code + "/agenda",
                "{\"number\":\"1\",\"title\":{\"en\":\"Opening of the meeting\"}}").status()).isEqualTo(201);
        assertThat(api.put("/api/v1/meetings/" + code + "/practical-information",
                "[{\"key\":\"wlan\",\"title\":{\"en\":\"Wireless network\"},\"body\":{\"en\":\"Network: ITU-Guest\\nNo password\"}}]")
                .status()).isEqualTo(200);
        context = Browsers.chromium().newContext();
        page = Browsers.loggedIn(context, "http://localhost:" + port, MeetingApiTests.ADMIN,
                MeetingApiTests.ADMIN_PASSWORD);
    }

    @AfterEach
    void closeTheBrowser() {
        if (context != null) {
            context.close();
        }
    }

    private void open(String path) {
        page.navigate("http://localhost:" + port + path);
    }

    /** The desk's card of one text, found by its key. */
    private Locator card(String key) {
        return page.locator(".translation").filter(new Locator.FilterOptions()
                .setHas(page.locator("input[name=key][value='" + key + "']")));
    }

    private void translate(String key, String text) {
        Locator card = card(key);
        card.locator("[name=text]").fill(text);
        card.locator("button[type=submit]").click();
        // htmx swaps the card: wait for the new one, saved, before reading it.
        card(key).locator("p.notice").waitFor();
    }

    /** The desk's progress line as the Arabic reader reads it. */
    private String progress(long done, long needsUpdate, long missing) {
        return messages.getMessage("translations.summary", new Object[] {done, needsUpdate, missing},
                Locale.forLanguageTag("ar"));
    }

    /** Waits until the progress line, updated with the saved card, reads these counts (the whole line). */
    private void progressReads(long done, long needsUpdate, long missing) {
        page.locator("#progress").filter(new Locator.FilterOptions()
                .setHasText(progress(done, needsUpdate, missing))).waitFor();
        assertThat(page.locator("#progress").innerText()).isEqualTo(progress(done, needsUpdate, missing));
    }

    @Test
    void theAgendaAndAnnexAAreTranslatedIntoFrenchAndTheArabicPagesMarkTheEnglishFallback() {
        open("/secretariat/meetings/" + code + "/translations?lang=ar");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.locator("#progress-fr").innerText()).contains("الفرنسية");
        page.locator("#progress-fr a").click();
        page.waitForURL(u -> u.contains("/translations/fr"));
        page.evaluate("() => window.notReloaded = true");

        Locator english = card("agenda.1").locator(".source");
        assertThat(english.getAttribute("lang")).isEqualTo("en");
        assertThat(english.getAttribute("dir")).isEqualTo("ltr");
        assertThat(english.innerText()).isEqualTo("Opening of the meeting");
        assertThat(card("agenda.1").locator("[name=text]").getAttribute("lang")).isEqualTo("fr");
        assertThat(card("agenda.1").locator(".tag").innerText()).isEqualTo("ناقص");

        int texts = page.locator(".translation").count(); // every text of the meeting, none translated yet
        assertThat(page.locator("#progress").innerText()).isEqualTo(progress(0, 0, texts));
        translate("agenda.1", "Ouverture de la réunion");
        progressReads(1, 0, texts - 1);
        translate("annex.wlan.body", "Réseau : ITU-Guest\nSans mot de passe");
        progressReads(2, 0, texts - 2);
        assertThat(card("agenda.1").locator(".tag").innerText()).isEqualTo("منجز");
        assertThat(page.evaluate("() => window.notReloaded")).as("saved in place, without a reload").isEqualTo(true);

        open("/meetings/" + code + "/agenda?lang=fr");
        Locator item = page.locator("#agenda li[data-number='1']");
        assertThat(item.innerText()).contains("Ouverture de la réunion");
        assertThat(item.locator(".fallback-note").count()).isZero();
        open("/meetings/" + code + "?lang=fr");
        assertThat(page.locator("#info-wlan").innerText()).contains("Réseau : ITU-Guest").contains("Sans mot de passe");
        assertThat(page.locator("#info-wlan h3 .fallback-note").innerText()).isEqualTo("(en anglais)");

        open("/meetings/" + code + "/agenda?lang=ar");
        Locator fallback = page.locator("#agenda li[data-number='1'] .fallback");
        assertThat(fallback.innerText()).isEqualTo("Opening of the meeting");
        assertThat(fallback.getAttribute("lang")).isEqualTo("en");
        assertThat(fallback.getAttribute("dir")).isEqualTo("ltr");
        assertThat(page.locator("#agenda li[data-number='1'] .fallback-note").innerText()).isEqualTo("(بالإنكليزية)");
    }

    @Test
    void whenTheEnglishChangesTheFrenchShowsAsNeedingAnUpdate() {
        open("/secretariat/meetings/" + code + "/translations/fr?lang=en");
        translate("agenda.1", "Ouverture de la réunion");
        assertThat(card("agenda.1").locator(".tag").innerText()).isEqualTo("Done");

        assertThat(api.put("/api/v1/meetings/" + code + "/agenda/1",
                "{\"number\":\"1\",\"title\":{\"en\":\"Opening and welcome\",\"fr\":\"Ouverture de la réunion\"}}")
                .status()).isEqualTo(200);
        open("/secretariat/meetings/" + code + "/translations/fr?lang=en&status=needs_update");
        assertThat(card("agenda.1").locator(".tag").innerText()).isEqualTo("Needs update");
        assertThat(card("agenda.1").locator(".source").innerText()).isEqualTo("Opening and welcome");
        assertThat(page.locator("#progress").innerText()).contains("1 needs an update");
    }
}
