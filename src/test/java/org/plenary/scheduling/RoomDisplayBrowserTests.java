package org.plenary.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.plenary.support.Browsers;
import org.plenary.support.IntegrationTest;
import org.plenary.support.TestUsers;

@IntegrationTest
class RoomDisplayBrowserTests extends SchedulingTestBase {

    @Test
    void theDisplayShowsAChangeMadeInTheSecretariatPageWithoutReloading() {
        var f = fixture.meeting();
        String screen = "lobby-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate monday = LocalDate.of(2027, 3, 1);
        Session s = users.as(f.secretariat(), () -> {
            display.defineScreen(screen, "Test lobby", f.venue(), null);
            Session x = editing.create(f.code(), new Session.Input(SessionKind.AD_HOC, null, List.of(),
                    "Browser-test ad hoc group", monday, LocalTime.of(10, 0), LocalTime.of(12, 0),
                    f.small().id(), null, List.of(), false, 10, false, 0, null, Set.of(), null));
            publishing.publish(f.code(), null);
            return x;
        });
        clock.set(Instant.parse("2027-03-01T08:30:00Z")); // 09:30 in Geneva
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browsers.chromium().newContext()) {
            Page screenPage = context.newPage();
            screenPage.navigate(base + "/display/" + screen + "?every=2");
            Locator inSmall = screenPage.locator("[data-room='Small room'] [data-session='" + s.id() + "']");
            assertThat(inSmall.getAttribute("class")).isEqualTo("next");
            assertThat(inSmall.innerText()).contains("Browser-test ad hoc group").contains("10:00");
            screenPage.evaluate("() => { window.notReloaded = true; }");

            Page secretariat = context.newPage();
            secretariat.navigate(base + "/login");
            secretariat.fill("#username", f.secretariat().email());
            secretariat.fill("#password", TestUsers.PASSWORD);
            secretariat.locator("main button[type=submit]").click();
            secretariat.waitForLoadState();
            secretariat.navigate(base + "/meetings/" + f.code() + "/scheduling");
            Locator row = secretariat.locator("#s-" + s.id());
            // the row turns into its form in place (htmx), and back into a row once saved
            row.locator("a.edit").click();
            row.locator("form.move select[name=roomId]").selectOption(f.big().id().toString());
            row.locator("form.move button.save").click();
            row.locator(".place:has-text('Big room')").waitFor();
            assertThat(row.locator("form.move").count()).isZero();
            secretariat.locator("#publish").click();
            secretariat.waitForURL("**/scheduling**");
            assertThat(secretariat.locator("main").innerText()).contains("Version 2 published.");

            Locator inBig = screenPage.locator("[data-room='Big room'] [data-session='" + s.id() + "']");
            inBig.waitFor(new Locator.WaitForOptions().setTimeout(30_000));
            assertThat(screenPage.locator("[data-room='Small room']").count()).isZero();
            assertThat(screenPage.evaluate("() => window.notReloaded === true")).isEqualTo(true);
            // the board is replaced, not appended to: one board, whatever the number of refreshes
            assertThat(screenPage.locator("#board").count()).isEqualTo(1);
        }
    }
}
