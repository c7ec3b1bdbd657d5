package org.plenary.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.plenary.scheduling.SchedulePublishing;
import org.plenary.support.Axe;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core finds no WCAG 2.1 A/AA violation on the pages the secretariat and the chair work in
 * (issue 12): the secretariat home, the meeting set-up pages, the registration form, the documents
 * list and the chair's console, in English and in Arabic (right to left).
 */
@IntegrationTest
class AccessibilityBrowserTests {

    static final String DEMO = "SG12-2026-06";
    static final String SECRETARIAT = "secretariat@plenary.local";
    static final String PASSWORD = "test-admin-password-1";

    @LocalServerPort
    int port;
    @Autowired
    SchedulePublishing publishing;

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theSecretariatsAndChairsPagesHaveNoWcagViolations(String lang) {
        String session = publishing.published(DEMO).get(0).id().toString();
        List<String> pages = List.of("/secretariat", "/secretariat/study-groups", "/secretariat/study-groups/12",
                "/secretariat/meetings/new", "/secretariat/meetings/" + DEMO, "/secretariat/meetings/" + DEMO + "/letter",
                "/secretariat/meetings/" + DEMO + "/events", "/secretariat/meetings/" + DEMO + "/rooms",
                "/secretariat/meetings/" + DEMO + "/time-plan", "/meetings/" + DEMO + "/time-plan",
                "/meetings/" + DEMO + "/letter", "/meetings/" + DEMO + "/register", "/meetings/" + DEMO + "/documents",
                "/remote/meetings/" + DEMO + "/sessions/" + session, "/secretariat/meetings/" + DEMO + "/people",
                "/meetings/" + DEMO + "/scheduling", "/secretariat/meetings/" + DEMO + "/translations/fr");
        try (BrowserContext context = Browsers.chromium().newContext(
                new Browser.NewContextOptions().setBypassCSP(true).setLocale(lang))) {
            Page page = context.newPage();
            page.navigate("http://localhost:" + port + "/login");
            page.fill("#username", SECRETARIAT);
            page.fill("#password", PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(u -> !u.contains("/login"));
            List<String> found = new ArrayList<>();
            for (String path : pages) {
                page.navigate("http://localhost:" + port + path + "?lang=" + lang);
                assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo(lang);
                assertThat(page.title()).as(path + " is a page, not an error").isNotBlank();
                Axe.violations(page).forEach(v -> found.add(path + "?lang=" + lang + ": " + v));
            }
            assertThat(found).as("WCAG 2.1 AA violations axe-core found:\n" + String.join("\n", found)).isEmpty();

            // the set-up pages carry the meeting's whole tab bar: on a 390 px phone it wraps, nothing scrolls sideways
            page.setViewportSize(390, 844);
            for (String path : List.of("/secretariat/meetings/" + DEMO + "/people", "/meetings/" + DEMO + "/scheduling",
                    "/secretariat/meetings/" + DEMO + "/translations/fr")) {
                page.navigate("http://localhost:" + port + path + "?lang=" + lang);
                page.locator("nav.tabs").first().waitFor();
                assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                        .as("no sideways scrolling at 390 px on " + path).isLessThanOrEqualTo(390);
            }
            page.setViewportSize(1280, 720);

            // the check itself: a field without a label and grey-on-grey text on the last page are reported
            page.evaluate("() => { const f = document.createElement('input'); f.type = 'text'; f.id = 'axe-probe';"
                    + " document.querySelector('main').appendChild(f); const p = document.createElement('p');"
                    + " p.textContent = 'faint'; p.id = 'axe-faint'; p.style.color = '#bbb'; p.style.background = '#fff';"
                    + " document.querySelector('main').appendChild(p); }");
            assertThat(String.join("\n", Axe.violations(page))).contains("label (", "#axe-probe", "color-contrast (",
                    "#axe-faint");
        }
    }
}
