package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;

/** The secretariat starts the solver and follows it on the page, without reloading, in words. */
@IntegrationTest
class SolverBrowserTests extends SchedulingTestBase {

    @Test
    void theProgressIsShownLiveInWordsNotConstraintNames() {
        var f = fixture.meeting();
        users.as(f.secretariat(), () -> {
            editing.create(f.code(), Session.Input.request(SessionKind.QUESTION, List.of(4), 30));
            // 500 expected delegates: no room holds them, so a rule stays broken and is reported
            editing.create(f.code(), Session.Input.request(SessionKind.QUESTION, List.of(7), 500));
            return null;
        });
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browsers.chromium().newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/login");
            page.fill("#username", f.secretariat().email());
            page.fill("#password", TestUsers.PASSWORD);
            page.locator("main button[type=submit]").click();
            page.waitForLoadState();
            page.navigate(base + "/meetings/" + f.code() + "/scheduling");
            page.locator("#solver[data-state='NONE']").waitFor();
            page.locator("#solve").click();
            page.waitForURL("**/scheduling**");
            page.locator("#solver[data-state='QUEUED'], #solver[data-state='RUNNING']")
                    .waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            page.evaluate("() => { window.notReloaded = true; }");

            Locator finished = page.locator("#solver[data-state='FINISHED']");
            finished.waitFor(new Locator.WaitForOptions().setTimeout(90_000));
            assertThat(page.evaluate("() => window.notReloaded === true")).as("followed without reloading")
                    .isEqualTo(true);
            String text = finished.innerText();
            assertThat(text).contains("Q7/12 expects more delegates than its room holds")
                    .contains("No plan was saved").contains("Rules broken: ");
            assertThat(text).doesNotContain("roomCapacity").doesNotContain("hard/").doesNotContain("QUESTION");
            assertThat(page.locator("#score-value").innerText()).doesNotContain("hard/");
            assertThat(page.locator("#solve").isVisible()).isTrue();
        }
    }
}
